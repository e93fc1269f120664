// `postie --screenshot` in the dark theme (--dark) and in presentation mode (--presentation),
// so the README can show the looks a classroom uses: the flags are read, and the pictures
// come out darker, and in larger type, at the size asked for.
#include "gui_test_support.h"
#include "shell/classroom_style.h"
#include "shell/launch_options.h"
#include "shell/screenshot_job.h"

#include <QImage>
#include <QLabel>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

double meanLightness(const QImage& image)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4, ++n) sum += image.pixelColor(x, y).lightness();
    return n ? sum / n : 0;
}

LaunchOptions optionsFor(const QStringList& flags, const QString& shot)
{
    return LaunchOptions::parse(QStringList{QStringLiteral("postie"), QStringLiteral("--screenshot"), shotPath(shot),
                                            QStringLiteral("--at"), QStringLiteral("750ms"), QStringLiteral("--size"),
                                            QStringLiteral("1024x700")} +
                                flags + QStringList{lessonPath(QStringLiteral("01-first-email.yaml"))});
}

TEST(ScreenshotLook, DarkAndPresentationAreReadWithTheScreenshot)
{
    const LaunchOptions plain = optionsFor({}, QStringLiteral("x.png"));
    EXPECT_TRUE(plain.error.isEmpty());
    EXPECT_FALSE(plain.dark);
    EXPECT_FALSE(plain.presentation);
    const LaunchOptions both = optionsFor({QStringLiteral("--dark"), QStringLiteral("--presentation")}, QStringLiteral("x.png"));
    EXPECT_TRUE(both.error.isEmpty()) << both.error.toStdString();
    EXPECT_TRUE(both.dark);
    EXPECT_TRUE(both.presentation);
    // Also for the window itself.
    const LaunchOptions window = LaunchOptions::parse({QStringLiteral("postie"), QStringLiteral("--dark"), QStringLiteral("f.yaml")});
    EXPECT_TRUE(window.error.isEmpty());
    EXPECT_TRUE(window.dark);
}

TEST(ScreenshotLook, DarkIsDarkerAndPresentationLargerAtTheSizeAskedFor)
{
    const QString names[] = {QStringLiteral("look-light.png"), QStringLiteral("look-dark.png"),
                             QStringLiteral("look-presentation.png")};
    ASSERT_EQ(ScreenshotJob::run(optionsFor({}, names[0])), 0);
    ASSERT_EQ(ScreenshotJob::run(optionsFor({QStringLiteral("--dark")}, names[1])), 0);
    ASSERT_EQ(ScreenshotJob::run(optionsFor({QStringLiteral("--presentation")}, names[2])), 0);
    const QImage light(shotPath(names[0])), dark(shotPath(names[1])), presentation(shotPath(names[2]));
    for (const QImage* image : {&light, &dark, &presentation}) EXPECT_EQ(image->size(), QSize(1024, 700));
    EXPECT_LT(meanLightness(dark), meanLightness(light) - 60) << meanLightness(dark) << " vs " << meanLightness(light);
    EXPECT_LT(meanLightness(presentation), meanLightness(light) - 60);
    EXPECT_NE(presentation, dark);  // the same theme, in other sizes
    // The job leaves the usual look behind it.
    EXPECT_DOUBLE_EQ(QApplication::font().pointSizeF(), ClassroomStyle::pointSize({}));
}

TEST(ScreenshotLook, PresentationTakesTheLargeTypeButKeepsTheWindowsSize)
{
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const double usual = captionBarOf(window).findChild<QLabel*>(QStringLiteral("captionClock"))->font().pointSizeF();
    ScreenshotJob::setLook(window, optionsFor({QStringLiteral("--presentation")}, QStringLiteral("x.png")));
    QApplication::processEvents();
    EXPECT_EQ(window.size(), QSize(1024, 700));
    EXPECT_FALSE(window.isFullScreen());
    EXPECT_GT(QApplication::font().pointSizeF(), ClassroomStyle::pointSize({}));
    EXPECT_GT(captionBarOf(window).findChild<QLabel*>(QStringLiteral("captionClock"))->font().pointSizeF(), usual);
    EXPECT_EQ(toolbarOf(window).iconSize(), QSize(ClassroomStyle::toolbarIconSize({false, true}), ClassroomStyle::toolbarIconSize({false, true})));
    window.setLook(false, false);
}

} // namespace
} // namespace postie::gui
