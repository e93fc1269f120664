#pragma once
// Helpers shared by the GUI tests: waiting for the app's own run and the visible state of the
// window as comparable text (where the lessons are and a headless run: replay_test_support.h).
#include "charts/charts_dock.h"
#include "eventlog/event_log_dock.h"
#include "inspector/inspector_dock.h"
#include "interventions/intervention_controller.h"
#include "map/follow_camera.h"
#include "map/station_item.h"
#include "map/town_scene.h"
#include "map/town_view.h"
#include "map/truck_item.h"
#include "map/wire_item.h"
#include "shell/app_language.h"
#include "playback/caption_bar.h"
#include "playback/playback_toolbar.h"
#include "replay/replay_test_support.h"
#include "replay/scenario_player.h"
#include "replay/scenario_session.h"
#include "shell/main_window.h"
#include "shell/presentation_mode.h"
#include "shell/recent_files.h"
#include "shell/welcome_page.h"

#include <QDockWidget>
#include <QAction>
#include <QDir>
#include <QProcess>
#include <QStackedWidget>
#include <QStringList>
#include <QTest>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <optional>

namespace postie::gui::testing {

// Where a test writes a screenshot for a person to look at.
inline QString shotPath(const QString& name) { return QStringLiteral(POSTIE_SCREENSHOT_DIR "/") + name; }

// The window's parts, found by the object names the app gives them: the window keeps no
// accessors for tests. A part that is not there fails the test and stops it.
template <class T>
T& partOf(const QObject& window, const char* name)
{
    T* part = window.findChild<T*>(QString::fromLatin1(name));
    if (!part) {
        ADD_FAILURE() << "the window has no " << name;
        std::abort();
    }
    return *part;
}

inline TownScene& sceneOf(const MainWindow& window) { return partOf<TownScene>(window, "townScene"); }
inline TownView& viewOf(const MainWindow& window) { return partOf<TownView>(window, "townView"); }
inline CaptionBar& captionBarOf(const MainWindow& window) { return partOf<CaptionBar>(window, "captionBar"); }
inline PlaybackToolbar& toolbarOf(const MainWindow& window) { return partOf<PlaybackToolbar>(window, "playbackToolbar"); }
inline WelcomePage& welcomePageOf(const MainWindow& window) { return partOf<WelcomePage>(window, "welcomePage"); }
inline InspectorDock& inspectorOf(const MainWindow& window) { return partOf<InspectorDock>(window, "inspectorDock"); }
inline EventLogDock& eventLogOf(const MainWindow& window) { return partOf<EventLogDock>(window, "eventLogDock"); }
inline InterventionController& interventionsOf(const MainWindow& window)
{
    return partOf<InterventionController>(window, "interventions");
}
inline FollowCamera& followCameraOf(const MainWindow& window) { return partOf<FollowCamera>(window, "followCamera"); }
inline PresentationMode& presentationOf(const MainWindow& window) { return partOf<PresentationMode>(window, "presentationMode"); }
inline RecentFiles& recentFilesOf(const MainWindow& window) { return partOf<RecentFiles>(window, "recentFiles"); }
inline QAction* showWordsActionOf(const MainWindow& window) { return &partOf<QAction>(window, "showWordsAction"); }
inline QAction* emailWordsActionOf(const MainWindow& window) { return &partOf<QAction>(window, "emailWordsAction"); }
// Null until View > Charts first shows it.
inline ChartsDock* chartsOf(const MainWindow& window) { return window.findChild<ChartsDock*>(QStringLiteral("chartsDock")); }
// The map page is on top of the window's stack, not the welcome page.
inline bool showingTown(const MainWindow& window)
{
    return partOf<QStackedWidget>(window, "pages").currentWidget() == &partOf<QWidget>(window, "townPage");
}

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

// Opens a bundled lesson and waits for its run. Its Lesson panel is closed unless asked for,
// so playback runs straight through the lesson's stops (as a teacher gets by closing it).
inline void openLesson(MainWindow& window, const QString& file, bool withLessonStops = false)
{
    ASSERT_TRUE(window.openScenario(lessonPath(file)));
    ASSERT_TRUE(waitForRun(window.player()));
    if (!withLessonStops)
        if (auto* lesson = window.findChild<QDockWidget*>(QStringLiteral("lessonDock"))) {
            lesson->close();
            QCoreApplication::processEvents();  // the map takes the room back
        }
}

// Speaks a language for one test, and English again after it, whatever the test's end.
struct Speaking {
    explicit Speaking(const QString& code) { AppLanguage::apply(code); }
    ~Speaking() { AppLanguage::apply(QStringLiteral("en")); }
};

// A printed PDF's words, read back with pdftotext: one page (from 1) or, with 0, all of them.
// Qt sets "office" with the ffi ligature: read as the letters it stands for.
inline QString pdfText(const QString& pdf, int page = 0)
{
    QStringList arguments;
    if (page > 0) arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    QProcess p;
    p.start(QStringLiteral(POSTIE_PDFTOTEXT), arguments << pdf << QStringLiteral("-"));
    p.waitForFinished(30000);
    QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    for (const auto& [ligature, letters] : {std::pair{u"\uFB03", u"ffi"}, {u"\uFB01", u"fi"}, {u"\uFB02", u"fl"}, {u"\uFB00", u"ff"}})
        text.replace(QString::fromUtf16(ligature), QString::fromUtf16(letters));
    return text;
}

inline QString point(QPointF p) { return QStringLiteral("(%1, %2)").arg(p.x(), 0, 'f', 2).arg(p.y(), 0, 'f', 2); }

// Everything a student can see, one line per thing, in a stable order.
inline QStringList visibleState(MainWindow& window)
{
    QStringList lines;
    for (TruckItem* t : sceneOf(window).trucks())
        lines << QStringLiteral("truck %1 at %2%3 notice %4")
                     .arg(t->message(), point(t->pos()), t->headingLeft() ? QStringLiteral(" leftwards") : QString())
                     .arg(int(t->notice()));
    for (WireItem* w : sceneOf(window).wires())
        lines << QStringLiteral("wire %1 %2 at %3").arg(w->message(), w->label(), point(w->pos()));
    for (StationItem* s : sceneOf(window).stations())
        lines << QStringLiteral("station %1 queue %2%3").arg(s->id()).arg(s->queue()).arg(s->closed() ? QStringLiteral(" closed") : QString());
    std::sort(lines.begin(), lines.end());
    lines << QStringLiteral("clock ") + captionBarOf(window).clock();
    lines << QStringLiteral("tally ") + captionBarOf(window).tally();
    lines << QStringLiteral("caption ") + captionBarOf(window).caption();
    return lines;
}

inline std::string text(const QStringList& lines) { return lines.join(QLatin1Char('\n')).toStdString(); }

} // namespace postie::gui::testing
