#pragma once
// Helpers shared by the GUI tests: where the lessons are, a headless reference run, waiting
// for the app's own run, and the visible state of the window as comparable text.
#include "caption_bar.h"
#include "main_window.h"
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"
#include "scenario_player.h"
#include "scenario_session.h"
#include "station_item.h"
#include "town_scene.h"
#include "trace/trace_sink.h"
#include "truck_item.h"
#include "wire_item.h"

#include "support/lesson_files.h"

#include <QDir>
#include <QStringList>
#include <QTest>
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

namespace postie::gui::testing {

inline QString sourcePath(const QString& relative) { return QStringLiteral(POSTIE_SOURCE_DIR "/") + relative; }
inline QString lessonPath(const QString& file) { return sourcePath(QStringLiteral("scenarios/") + file); }
inline QString brokenPath(const QString& file) { return QStringLiteral(POSTIE_TEST_DATA_DIR "/broken/") + file; }
// Where a test writes a screenshot for a person to look at.
inline QString shotPath(const QString& name) { return QStringLiteral(POSTIE_SCREENSHOT_DIR "/") + name; }

// The teaching lessons, as the engine's and the scenario tests count them
// (tests/support/lesson_files.h), not the load scenarios.
inline QStringList lessons()
{
    QStringList out;
    for (const std::string& name : postie::testing::lessonFiles()) out << QString::fromStdString(name);
    return out;
}

struct HeadlessRun {
    std::vector<TraceRecord> records;
    RunSummary summary;
};

// A headless run of the file, its records handed to `sink` one by one as they happen (none:
// the summary only), so that a test of a large lesson holds no second copy of its records.
inline RunSummary runHeadlessInto(const QString& path, TraceSink* sink)
{
    const LoadResult loaded = loadScenarioFile(path.toStdString());
    EXPECT_TRUE(loaded.ok()) << path.toStdString();
    if (!loaded.ok()) return {};
    ScenarioRun run(*loaded.spec);
    if (sink) run.world().addSink(sink);
    run.start();
    run.runToEnd();
    return run.world().summary();
}

inline HeadlessRun runHeadless(const QString& path)
{
    MemoryRecorder recorder;
    RunSummary summary = runHeadlessInto(path, &recorder);
    return {recorder.records(), std::move(summary)};
}

inline bool waitForRun(ScenarioPlayer& player, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&] { return player.complete(); }, timeoutMs);
}

// The first record of a type in the session's run (of one letter, when `message` is given).
inline std::optional<TraceRecord> firstOf(const ScenarioSession& session, EventType type, const std::string& message = {})
{
    for (const auto& r : session.records())
        if (r.type == type && (message.empty() || r.message == message)) return r;
    return std::nullopt;
}

// The window shown at `size` and active, so that keys typed at it reach it; then a lesson
// opened in it and its run worked out. Call under ASSERT_NO_FATAL_FAILURE.
inline void showActive(MainWindow& window, QSize size)
{
    window.resize(size);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
}

inline void openLesson(MainWindow& window, const QString& file)
{
    ASSERT_TRUE(window.openScenario(lessonPath(file)));
    ASSERT_TRUE(waitForRun(window.player()));
}

inline QString point(QPointF p) { return QStringLiteral("(%1, %2)").arg(p.x(), 0, 'f', 2).arg(p.y(), 0, 'f', 2); }

// Everything a student can see, one line per thing, in a stable order.
inline QStringList visibleState(MainWindow& window)
{
    QStringList lines;
    for (TruckItem* t : window.scene().trucks())
        lines << QStringLiteral("truck %1 at %2%3 notice %4")
                     .arg(t->message(), point(t->pos()), t->headingLeft() ? QStringLiteral(" leftwards") : QString())
                     .arg(int(t->notice()));
    for (WireItem* w : window.scene().wires())
        lines << QStringLiteral("wire %1 %2 at %3").arg(w->message(), w->label(), point(w->pos()));
    for (StationItem* s : window.scene().stations())
        lines << QStringLiteral("station %1 queue %2%3").arg(s->id()).arg(s->queue()).arg(s->closed() ? QStringLiteral(" closed") : QString());
    std::sort(lines.begin(), lines.end());
    lines << QStringLiteral("clock ") + window.captionBar().clock();
    lines << QStringLiteral("tally ") + window.captionBar().tally();
    lines << QStringLiteral("caption ") + window.captionBar().caption();
    return lines;
}

inline std::string text(const QStringList& lines) { return lines.join(QLatin1Char('\n')).toStdString(); }

} // namespace postie::gui::testing
