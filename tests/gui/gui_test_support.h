#pragma once
// Helpers shared by the GUI tests: waiting for the app's own run and the visible state of the
// window as comparable text (where the lessons are and a headless run: replay_test_support.h).
#include "map/station_item.h"
#include "map/town_scene.h"
#include "map/truck_item.h"
#include "map/wire_item.h"
#include "playback/caption_bar.h"
#include "replay/replay_test_support.h"
#include "replay/scenario_player.h"
#include "replay/scenario_session.h"
#include "shell/main_window.h"

#include <QDir>
#include <QStringList>
#include <QTest>
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

namespace postie::gui::testing {

// Where a test writes a screenshot for a person to look at.
inline QString shotPath(const QString& name) { return QStringLiteral(POSTIE_SCREENSHOT_DIR "/") + name; }

inline bool waitForRun(ScenarioPlayer& player, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&] { return player.complete(); }, timeoutMs);
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
