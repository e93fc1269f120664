#pragma once
// Helpers shared by the replay tests and the GUI tests: where the lessons are, a headless
// reference run, the first record of a kind. Nothing here needs a widget.
#include "replay/scenario_session.h"
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"
#include "trace/trace_sink.h"

#include "support/lesson_files.h"

#include <QString>
#include <QStringList>
#include <gtest/gtest.h>

#include <optional>

namespace postie::gui::testing {

inline QString sourcePath(const QString& relative) { return QStringLiteral(POSTIE_SOURCE_DIR "/") + relative; }
inline QString lessonPath(const QString& file) { return sourcePath(QStringLiteral("scenarios/") + file); }
inline QString brokenPath(const QString& file) { return QStringLiteral(POSTIE_TEST_DATA_DIR "/broken/") + file; }
inline QString dataPath(const char* file) { return QStringLiteral(POSTIE_TEST_DATA_DIR "/") + QLatin1String(file); }

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

// The first record of a type in the session's run (of one letter, when `message` is given).
inline std::optional<TraceRecord> firstOf(const ScenarioSession& session, EventType type, const std::string& message = {})
{
    for (const auto& r : session.records())
        if (r.type == type && (message.empty() || r.message == message)) return r;
    return std::nullopt;
}

} // namespace postie::gui::testing
