// The command line of postie.
#include "shell/first_show.h"
#include "shell/launch_options.h"

#include <QMainWindow>
#include <QTest>

#include <gtest/gtest.h>

namespace postie::gui {
namespace {

LaunchOptions parse(QStringList args)
{
    args.prepend(QStringLiteral("postie"));
    return LaunchOptions::parse(args);
}

TEST(LaunchOptions, AFileAloneOpensIt)
{
    const LaunchOptions o = parse({QStringLiteral("lesson.yaml")});
    EXPECT_TRUE(o.error.isEmpty());
    EXPECT_EQ(o.file, QStringLiteral("lesson.yaml"));
    EXPECT_TRUE(o.screenshot.isEmpty());
}

TEST(LaunchOptions, AScreenshotTakesATimeWithAUnitAndASize)
{
    const LaunchOptions o = parse({QStringLiteral("--screenshot"), QStringLiteral("out.png"), QStringLiteral("--at"),
                                   QStringLiteral("2m"), QStringLiteral("--size"), QStringLiteral("800x600"),
                                   QStringLiteral("lesson.yaml")});
    EXPECT_TRUE(o.error.isEmpty()) << o.error.toStdString();
    EXPECT_EQ(o.screenshot, QStringLiteral("out.png"));
    ASSERT_TRUE(o.atUs.has_value());
    EXPECT_EQ(*o.atUs, 120'000'000);
    EXPECT_EQ(o.size, QSize(800, 600));
}

TEST(LaunchOptions, EmailWordsAreAskedForByName)
{
    EXPECT_FALSE(parse({QStringLiteral("lesson.yaml")}).emailWords);
    const LaunchOptions o = parse({QStringLiteral("--email-words"), QStringLiteral("--screenshot"), QStringLiteral("out.png"),
                                   QStringLiteral("lesson.yaml")});
    EXPECT_TRUE(o.error.isEmpty()) << o.error.toStdString();
    EXPECT_TRUE(o.emailWords);
}

TEST(LaunchOptions, WithoutATimeTheScreenshotIsOfTheEnd)
{
    const LaunchOptions o = parse({QStringLiteral("--screenshot"), QStringLiteral("out.png"), QStringLiteral("lesson.yaml")});
    EXPECT_TRUE(o.error.isEmpty());
    EXPECT_FALSE(o.atUs.has_value());
    EXPECT_EQ(o.size, QSize(1280, 800));
}

TEST(LaunchOptions, TheLessonListStandsAlone)
{
    const LaunchOptions o = parse({QStringLiteral("--list-lessons")});
    EXPECT_TRUE(o.error.isEmpty()) << o.error.toStdString();
    EXPECT_TRUE(o.listLessons);
    EXPECT_FALSE(parse({QStringLiteral("lesson.yaml")}).listLessons);
    EXPECT_FALSE(parse({QStringLiteral("--list-lessons"), QStringLiteral("lesson.yaml")}).error.isEmpty());
    EXPECT_FALSE(parse({QStringLiteral("--list-lessons"), QStringLiteral("--screenshot"), QStringLiteral("o.png")}).error.isEmpty());
}

TEST(LaunchOptions, MistakesAreUsageErrors)
{
    EXPECT_FALSE(parse({QStringLiteral("--screenshot"), QStringLiteral("out.png")}).error.isEmpty()) << "no file";
    EXPECT_FALSE(parse({QStringLiteral("--screenshot"), QStringLiteral("o.png"), QStringLiteral("--at"), QStringLiteral("750"),
                        QStringLiteral("f.yaml")}).error.isEmpty()) << "a time needs its unit";
    EXPECT_FALSE(parse({QStringLiteral("--screenshot"), QStringLiteral("o.png"), QStringLiteral("--size"), QStringLiteral("big"),
                        QStringLiteral("f.yaml")}).error.isEmpty());
    EXPECT_FALSE(parse({QStringLiteral("--at"), QStringLiteral("1s"), QStringLiteral("f.yaml")}).error.isEmpty()) << "--at alone";
    EXPECT_FALSE(parse({QStringLiteral("a.yaml"), QStringLiteral("b.yaml")}).error.isEmpty());
    EXPECT_FALSE(parse({QStringLiteral("--frobnicate")}).error.isEmpty());
}

// The window comes up maximised whatever the screen, a 1920x1080 one as much as a small one.
TEST(FirstShow, TheWindowOpensMaximised)
{
    QMainWindow window;
    window.resize(1280, 800);
    showForClass(window);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_TRUE(window.windowState() & Qt::WindowMaximized);
}

} // namespace
} // namespace postie::gui
