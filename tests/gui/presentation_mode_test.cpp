// F11 for the classroom: full screen, larger type in the window and on the map, the dark
// high-contrast theme, a bigger toolbar; F11 (or Esc) again and everything is as it was.
#include "gui_test_support.h"
#include "map/scene_fonts.h"
#include "map/town_view.h"
#include "playback/playback_toolbar.h"
#include "shell/classroom_style.h"
#include "shell/presentation_mode.h"
#include "shell/screenshot_job.h"

#include <QAction>
#include <QLabel>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

// What presentation mode changes, measured as a student would notice it.
struct Look {
    double appPoints = 0;
    double captionPoints = 0;  // the sentence under the map
    int stationNamePixels = 0;
    double stationCardHeight = 0;
    int windowLightness = 0;
    int captionLightness = 0;  // the caption bar's background
    int groundLightness = 0;   // the map's
    QSize toolbarIcons;
    bool fullScreen = false;
    qsizetype onTheirWay = 0;  // trucks and bubbles on the map
    int playIconLightness = -1;  // the ink of the toolbar's play symbol
};

int inkLightness(const QIcon& icon)
{
    const QImage image = icon.pixmap(QSize(32, 32)).toImage();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y).alpha() > 220) return image.pixelColor(x, y).lightness();
    return -1;
}

Look lookOf(MainWindow& window)
{
    QApplication::processEvents();  // the palette reaches the widgets through the event loop
    Look l;
    l.appPoints = QApplication::font().pointSizeF();
    for (QLabel* label : captionBarOf(window).findChildren<QLabel*>())
        if (label->text() == captionBarOf(window).caption()) l.captionPoints = label->font().pointSizeF();
    l.stationNamePixels = SceneFonts::stationName().pixelSize();
    l.stationCardHeight = sceneOf(window).station(QStringLiteral("smtp.sender.test"))->boundingRect().height();
    l.windowLightness = window.palette().color(QPalette::Window).lightness();
    l.captionLightness = captionBarOf(window).palette().color(captionBarOf(window).backgroundRole()).lightness();
    l.groundLightness = ClassroomStyle::ground(viewOf(window).palette()).lightness();
    l.toolbarIcons = toolbarOf(window).iconSize();
    l.fullScreen = window.isFullScreen();
    l.onTheirWay = sceneOf(window).trucks().size() + sceneOf(window).wires().size();
    l.playIconLightness = inkLightness(toolbarOf(window).playAction()->icon());
    return l;
}

class Presentation : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1280, 800)));
        ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("02-backup-mx.yaml")));
        window.player().clock().seekTime(45'000);
    }
    void TearDown() override
    {
        // Whatever happened, the next test starts in the usual look.
        presentationOf(window).presentAction()->setChecked(false);
        presentationOf(window).darkAction()->setChecked(false);
    }

    MainWindow window;
};

TEST_F(Presentation, F11GoesFullScreenWithLargerTypeADarkThemeAndABiggerToolbar)
{
    const Look before = lookOf(window);
    ASSERT_GT(before.captionPoints, 0) << "the caption label was found";
    ASSERT_GT(before.onTheirWay, 0);
    EXPECT_FALSE(before.fullScreen);

    QTest::keyClick(&viewOf(window), Qt::Key_F11);
    const Look on = lookOf(window);
    EXPECT_TRUE(presentationOf(window).presenting());
    EXPECT_TRUE(on.fullScreen);
    EXPECT_GT(on.appPoints, before.appPoints * 1.3);
    EXPECT_GT(on.captionPoints, before.captionPoints * 1.3);
    EXPECT_GT(on.stationNamePixels, before.stationNamePixels);
    EXPECT_GT(on.stationCardHeight, before.stationCardHeight) << "the station's card is laid out anew";
    EXPECT_LT(on.windowLightness, 60);
    EXPECT_GT(before.windowLightness, 200);
    EXPECT_LT(on.captionLightness, 60);
    EXPECT_LT(on.groundLightness, 60);
    EXPECT_GT(on.toolbarIcons.width(), before.toolbarIcons.width());
    EXPECT_GT(on.playIconLightness, 200) << "light symbols on the dark toolbar";
    EXPECT_LT(before.playIconLightness, 80);
    EXPECT_EQ(on.onTheirWay, before.onTheirWay) << "what is on its way is drawn again at once";

    window.resize(1600, 900);  // the real screen size is up to the platform; a picture to look at
    QApplication::processEvents();
    EXPECT_TRUE(ScreenshotJob::save(window, shotPath(QStringLiteral("presentation-02-backup-mx.png"))));

    QTest::keyClick(&viewOf(window), Qt::Key_F11);
    const Look off = lookOf(window);
    EXPECT_FALSE(presentationOf(window).presenting());
    EXPECT_FALSE(off.fullScreen);
    EXPECT_EQ(off.appPoints, before.appPoints);
    EXPECT_EQ(off.captionPoints, before.captionPoints);
    EXPECT_EQ(off.stationNamePixels, before.stationNamePixels);
    EXPECT_EQ(off.stationCardHeight, before.stationCardHeight);
    EXPECT_EQ(off.windowLightness, before.windowLightness);
    EXPECT_EQ(off.captionLightness, before.captionLightness);
    EXPECT_EQ(off.groundLightness, before.groundLightness);
    EXPECT_EQ(off.toolbarIcons, before.toolbarIcons);
    EXPECT_EQ(off.playIconLightness, before.playIconLightness);
}

TEST_F(Presentation, EscLeavesItToo)
{
    const Look before = lookOf(window);
    QTest::keyClick(&viewOf(window), Qt::Key_F11);
    ASSERT_TRUE(window.isFullScreen());
    QTest::keyClick(&viewOf(window), Qt::Key_Escape);
    EXPECT_FALSE(presentationOf(window).presenting());
    EXPECT_FALSE(window.isFullScreen());
    EXPECT_EQ(lookOf(window).appPoints, before.appPoints);
}

TEST_F(Presentation, TheDarkThemeAloneKeepsTheTypeAndTheWindowSize)
{
    const Look before = lookOf(window);
    QTest::keyClick(&viewOf(window), Qt::Key_D);
    const Look dark = lookOf(window);
    EXPECT_LT(dark.windowLightness, 60);
    EXPECT_LT(dark.groundLightness, 60);
    EXPECT_LT(dark.captionLightness, 60);
    EXPECT_EQ(dark.appPoints, before.appPoints);
    EXPECT_FALSE(dark.fullScreen);
    EXPECT_TRUE(ScreenshotJob::save(window, shotPath(QStringLiteral("dark-02-backup-mx.png"))));
    QTest::keyClick(&viewOf(window), Qt::Key_D);
    EXPECT_FALSE(presentationOf(window).darkAction()->isChecked());
    EXPECT_EQ(lookOf(window).windowLightness, before.windowLightness);
}

} // namespace
} // namespace postie::gui
