// The docks share the window, they never widen it: with the Inspector, the event log, the legend, the
// charts and the list of stations and roads all open, the window keeps its size and the map
// most of it; the toolbar's clock and event counter stay in sight at 1024 pixels, in the
// usual look and in presentation mode.
#include "gui_test_support.h"
#include "replay/town_frame.h"

#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

// With every dock open, the map keeps at least these shares: of the window's width, of the
// room the map and the dock column share, and of the whole window (menus, toolbar, caption
// bar and status bar included: at 1024x700 they alone take a third of its height).
constexpr double kMapWidthShare = 0.6;
constexpr double kMapShareBesideDocks = 0.6;
constexpr double kMapShareOfWindow = 0.4;

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QTest::qWait(10);
    }
}

double area(QSize s) { return double(s.width()) * s.height(); }

double mapShare(const MainWindow& window) { return area(viewOf(window).size()) / area(window.size()); }

double mapShareBesideDocks(const MainWindow& window)
{
    double docks = 0;
    for (QDockWidget* dock : window.findChildren<QDockWidget*>())
        // Tabs: one shows; a tab behind it keeps whatever size it last had.
        if (dock->isVisible() && !dock->isFloating() && !dock->visibleRegion().isEmpty())
            docks = std::max(docks, area(dock->size()));
    return area(viewOf(window).size()) / (area(viewOf(window).size()) + docks);
}

QAction& actionNamed(const MainWindow& window, const QString& text)
{
    for (QAction* a : window.actions())
        if (a->text().remove(QLatin1Char('&')) == text) return *a;
    ADD_FAILURE() << "no action " << text.toStdString();
    std::abort();
}

void openEveryDock(MainWindow& window)
{
    inspectorOf(window).inspectStation(sceneOf(window).stations().first()->id());
    settle();
    for (const char* name : {"Event log", "Charts", "Stations and roads", "Legend"}) {
        QAction& action = actionNamed(window, QString::fromLatin1(name));
        if (!action.isChecked()) action.trigger();  // as the menu item or its key does
        settle();
    }
}

class WindowFit : public ::testing::TestWithParam<std::tuple<QSize, const char*>> {};

TEST_P(WindowFit, EveryDockOpenLeavesTheWindowsWidthAndMostOfItToTheMap)
{
    const auto [size, lesson] = GetParam();
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showActive(window, size));
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QString::fromLatin1(lesson), true));
    settle();
    openEveryDock(window);
    for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
        SCOPED_TRACE(dock->objectName().toStdString());
        // The lesson panel is there only for a scenario with a lesson: its menu item is off.
        EXPECT_EQ(dock->isHidden(), !dock->toggleViewAction()->isEnabled());
    }
    EXPECT_EQ(window.width(), size.width());
    EXPECT_LE(window.height(), size.height());
    std::fprintf(stderr, "%dx%d %s: the map %dx%d, %.2f of the window's width, %.2f beside the docks, %.2f of the window\n",
                 size.width(), size.height(), lesson, viewOf(window).width(), viewOf(window).height(),
                 double(viewOf(window).width()) / window.width(), mapShareBesideDocks(window), mapShare(window));
    EXPECT_GE(double(viewOf(window).width()) / window.width(), kMapWidthShare);
    EXPECT_GE(mapShareBesideDocks(window), kMapShareBesideDocks);
    EXPECT_GE(mapShare(window), kMapShareOfWindow);
    // Closing them all gives the map the whole window again, at the same window size.
    for (QDockWidget* dock : window.findChildren<QDockWidget*>()) dock->close();
    settle();
    EXPECT_EQ(window.width(), size.width());
    EXPECT_GE(double(viewOf(window).width()) / window.width(), 0.99);
}

INSTANTIATE_TEST_SUITE_P(SizesAndLessons, WindowFit,
                         ::testing::Combine(::testing::Values(QSize(1024, 700), QSize(1280, 800)),
                                            ::testing::Values("01-first-email.yaml", "11-three-equal-mx-hosts.yaml")));

// A label the toolbar shows is on the toolbar itself, not folded into its overflow menu, and
// has the room its text needs.
void expectInSight(const QLabel& label)
{
    SCOPED_TRACE(label.objectName().toStdString());
    EXPECT_TRUE(label.isVisible());
    EXPECT_FALSE(label.text().isEmpty());
    const QWidget* bar = label.parentWidget();
    const QRect onBar(label.mapTo(bar, QPoint(0, 0)), label.size());
    EXPECT_TRUE(bar->rect().contains(onBar)) << "at " << onBar.x() << " width " << onBar.width() << " of " << bar->width();
    if (label.wordWrap()) EXPECT_GE(label.height(), label.heightForWidth(label.width()));
    else EXPECT_GE(label.width(), label.fontMetrics().horizontalAdvance(label.text()));
}

class ToolbarFit : public ::testing::TestWithParam<std::tuple<QSize, bool>> {};

TEST_P(ToolbarFit, TheClockAndTheEventCounterStayInSight)
{
    const auto [size, presenting] = GetParam();
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showActive(window, size));
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("11-three-equal-mx-hosts.yaml")));
    window.player().clock().seekTime(window.player().endUs());  // the widest numbers
    if (presenting) {
        presentationOf(window).presentAction()->setChecked(true);
        window.setWindowState(Qt::WindowNoState);  // offscreen "full screen" is the whole screen: keep the size asked for
        window.resize(size);
    }
    inspectorOf(window).inspectStation(sceneOf(window).stations().first()->id());
    settle();
    EXPECT_EQ(window.width(), size.width());
    expectInSight(partOf<QLabel>(window, "toolbarClock"));
    expectInSight(partOf<QLabel>(window, "eventCounter"));
    // The caption bar's clock and counts are not cut either.
    for (const char* name : {"captionClock", "captionTally"}) expectInSight(partOf<QLabel>(window, name));
    presentationOf(window).presentAction()->setChecked(false);
    presentationOf(window).darkAction()->setChecked(false);
}

// Playing (Play becomes Pause), faster with `]` and the Inspector opening change what the
// toolbar holds: the clock and the counter stay, and the speed says a number, not only "»".
TEST_P(ToolbarFit, TheClockStaysWhilePlayingFasterAndWithTheInspector)
{
    const auto [size, presenting] = GetParam();
    for (const char* lesson : {"01-first-email.yaml", "10-newsletter-meets-a-limit.yaml"}) {
        SCOPED_TRACE(lesson);
        MainWindow window;
        ASSERT_NO_FATAL_FAILURE(showActive(window, size));
        ASSERT_NO_FATAL_FAILURE(openLesson(window, QString::fromLatin1(lesson)));
        if (presenting) {
            presentationOf(window).presentAction()->setChecked(true);
            window.setWindowState(Qt::WindowNoState);
            window.resize(size);
        }
        settle();
        PlaybackClock& clock = window.player().clock();
        const QLabel& speed = partOf<QLabel>(window, "speedLabel");
        const auto check = [&](const char* moment) {
            SCOPED_TRACE(moment);
            settle();
            expectInSight(partOf<QLabel>(window, "toolbarClock"));
            expectInSight(partOf<QLabel>(window, "eventCounter"));
            EXPECT_TRUE(speed.isVisible());
            EXPECT_TRUE(speed.text().contains(QRegularExpression(QStringLiteral("\\d")))) << speed.text().toStdString();
        };
        QTest::keyClick(&window, Qt::Key_Space);
        ASSERT_TRUE(clock.playing());
        check("playing");
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(&window, Qt::Key_BracketRight);
            check("faster");
        }
        inspectorOf(window).inspectStation(sceneOf(window).stations().first()->id());
        check("with the Inspector");
        // Lesson 10 at its own speed jumps the quiet hour between its waves.
        QTest::qWait(1500);
        check("a while later");
        clock.pause();
        check("paused");
        presentationOf(window).presentAction()->setChecked(false);
    }
}

TEST(ToolbarNumbers, TheEventCounterGroupsItsDigitsAsTheLocaleDoes)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    PlaybackToolbar toolbar;
    TownFrame frame;
    frame.cursor = 1047608;
    frame.recordCount = 1047608;
    toolbar.showFrame(frame);
    QLocale::setDefault(before);
    EXPECT_EQ(partOf<QLabel>(toolbar, "eventCounter").text(), QStringLiteral("1,047,608 / 1,047,608"));
}

INSTANTIATE_TEST_SUITE_P(SizesAndLooks, ToolbarFit,
                         ::testing::Values(std::make_tuple(QSize(1024, 700), false), std::make_tuple(QSize(1024, 700), true),
                                           std::make_tuple(QSize(1280, 800), false), std::make_tuple(QSize(1280, 800), true)));

} // namespace
} // namespace postie::gui
