// The speed and the pace in the window: `[` and `]` go from preset to preset, the slider snaps
// to the presets, Help > Keys lists the keys, a lesson opens at its own pace and speed, and
// the speed shown is the speed there is while the clock jumps over quiet time.
#include "gui_test_support.h"
#include "map/station_item.h"
#include "map/town_view.h"
#include "playback/playback_toolbar.h"
#include "shell/keys_dialog.h"

#include <QLabel>
#include <QMenu>
#include <QSlider>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

QSlider& speedSliderOf(const MainWindow& window)
{
    QSlider* slider = nullptr;
    for (QSlider* s : toolbarOf(window).findChildren<QSlider*>())
        if (s != toolbarOf(window).scrubber()) slider = s;
    EXPECT_NE(slider, nullptr);
    return *slider;
}

QString speedLabelOf(const MainWindow& window) { return partOf<QLabel>(window, "speedLabel").text(); }

TEST(SpeedKeys, BracketsGoToTheNextSlowerAndFasterPreset)
{
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1280, 800)));
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("01-first-email.yaml")));
    PlaybackClock& clock = window.player().clock();
    ASSERT_DOUBLE_EQ(clock.speed(), 0.1);
    QTest::keyClick(&window, Qt::Key_BracketRight);
    EXPECT_DOUBLE_EQ(clock.speed(), 0.25);
    QTest::keyClick(&window, Qt::Key_BracketRight);
    EXPECT_DOUBLE_EQ(clock.speed(), 0.5);
    EXPECT_EQ(speedLabelOf(window), QStringLiteral("0.5×"));
    EXPECT_DOUBLE_EQ(PlaybackToolbar::speedFromSlider(speedSliderOf(window).value()), 0.5) << "the slider follows";
    QTest::keyClick(&window, Qt::Key_BracketLeft);
    QTest::keyClick(&window, Qt::Key_BracketLeft);
    QTest::keyClick(&window, Qt::Key_BracketLeft);
    EXPECT_DOUBLE_EQ(clock.speed(), 0.05);
    for (int i = 0; i < 20; ++i) QTest::keyClick(&window, Qt::Key_BracketRight);
    EXPECT_DOUBLE_EQ(clock.speed(), PlaybackClock::kMaxSpeed) << "stays at the fastest";
}

TEST(SpeedKeys, TheSliderSnapsToThePresets)
{
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("01-first-email.yaml")));
    QSlider& slider = speedSliderOf(window);
    EXPECT_EQ(slider.maximum() - slider.minimum() + 1, int(speedPresets().size())) << "one notch a preset";
    PlaybackClock& clock = window.player().clock();
    for (int notch = slider.minimum(); notch <= slider.maximum(); ++notch) {
        slider.setValue(notch);
        EXPECT_DOUBLE_EQ(clock.speed(), speedPresets()[std::size_t(notch)]);
    }
    slider.setValue(3);
    EXPECT_DOUBLE_EQ(clock.speed(), 0.1) << "0.1x is one notch, found again";
    EXPECT_EQ(speedLabelOf(window), QStringLiteral("0.1×"));
}

TEST(SpeedKeys, HelpKeysListsTheSpeedAndPaceKeys)
{
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1280, 800)));
    QTest::keyClick(&window, Qt::Key_F1);
    auto* dialog = window.findChild<KeysDialog*>(QStringLiteral("keysDialog"));
    ASSERT_NE(dialog, nullptr);
    QMap<QString, QString> shown;
    for (const auto& [key, what] : dialog->shown()) shown[key] = what;
    EXPECT_TRUE(shown.value(QStringLiteral("[")).contains(QStringLiteral("Slower"), Qt::CaseInsensitive));
    EXPECT_TRUE(shown.value(QStringLiteral("]")).contains(QStringLiteral("Faster"), Qt::CaseInsensitive));
    EXPECT_TRUE(shown.value(QStringLiteral("P")).contains(QStringLiteral("Story"), Qt::CaseInsensitive));
    dialog->close();
}

TEST(SpeedKeys, ALessonOpensAtItsOwnPaceAndSpeed)
{
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("09-rush-hour-at-school.yaml")));
    const PlaybackClock& clock = window.player().clock();
    const auto spec = loadScenarioFile(lessonPath(QStringLiteral("09-rush-hour-at-school.yaml")).toStdString()).spec;
    ASSERT_TRUE(spec.has_value());
    EXPECT_EQ(spec->pace, "continuous");
    EXPECT_EQ(clock.pace(), Pace::Continuous);
    EXPECT_DOUBLE_EQ(clock.speed(), spec->speed);
    EXPECT_FALSE(toolbarOf(window).storyAction()->isChecked());
    EXPECT_EQ(speedLabelOf(window), speedText(spec->speed));

    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("01-first-email.yaml")));
    EXPECT_EQ(clock.pace(), Pace::Story);
    EXPECT_DOUBLE_EQ(clock.speed(), 0.1);
    EXPECT_TRUE(toolbarOf(window).storyAction()->isChecked());
    toolbarOf(window).storyAction()->trigger();
    EXPECT_EQ(clock.pace(), Pace::Continuous) << "P (the Story button) switches the pace";
}

TEST(SpeedKeys, WhileTheClockJumpsTheLabelSaysSoAndTheMapShowsIt)
{
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1024, 700)));
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("03-server-down-retries.yaml")));
    PlaybackClock& clock = window.player().clock();
    clock.setHoldWallUs(0);  // no reading time: straight to the first quiet stretch
    clock.play();
    for (int tick = 0; tick < 100'000 && !clock.jump().active && !clock.atEnd(); ++tick) clock.advanceBy(16'667);
    ASSERT_TRUE(clock.jump().active);
    clock.advanceBy(16'667);
    const QString label = speedLabelOf(window);
    // "skipping 5 min" where the toolbar has room, else "» 5 min" (the map's banner says it in full).
    EXPECT_TRUE(label.startsWith(QStringLiteral("skipping ")) || label.startsWith(QStringLiteral("» "))) << label.toStdString();
    EXPECT_TRUE(partOf<QLabel>(window, "speedLabel").toolTip().startsWith(QStringLiteral("Nothing happens for")));
    EXPECT_FALSE(label.contains(QStringLiteral("×"))) << "no speed is claimed while jumping";
    const auto& banner = partOf<QLabel>(window, "jumpBanner");
    EXPECT_FALSE(banner.isHidden());
    EXPECT_TRUE(banner.text().contains(QStringLiteral("later"))) << banner.text().toStdString();
    EXPECT_TRUE(captionBarOf(window).caption().contains(QStringLiteral("later")));
    // The card covers no station's building or name: the class reads the town while it waits.
    const TownView& view = viewOf(window);
    for (const StationItem* station : sceneOf(window).stations()) {
        const QRect onView = view.mapFromScene(station->footprint().boundingRect()).boundingRect().translated(view.viewport()->pos());
        EXPECT_FALSE(banner.geometry().intersects(onView)) << station->id().toStdString() << " " << point(onView.topLeft()).toStdString() << " " << onView.width() << "x" << onView.height() << " banner " << point(banner.geometry().topLeft()).toStdString() << " " << banner.width() << "x" << banner.height() << " view " << view.width() << "x" << view.height();
    }
    while (clock.jump().active) clock.advanceBy(16'667);
    EXPECT_TRUE(banner.isHidden());
    EXPECT_TRUE(speedLabelOf(window).endsWith(QStringLiteral("×")));
}

TEST(SpeedKeys, TheCaptionTimeIsAChoiceThatTheClockTakes)
{
    MainWindow window;
    QMenu* menu = toolbarOf(window).captionTimeMenu();
    ASSERT_NE(menu, nullptr);
    QAction* four = nullptr;
    for (QAction* a : menu->actions())
        if (a->data().toDouble() == 4.0) four = a;
    ASSERT_NE(four, nullptr);
    four->trigger();
    EXPECT_EQ(window.player().clock().holdWallUs(), 4'000'000);
    EXPECT_TRUE(four->isChecked());
    {
        MainWindow again;  // kept in the settings
        EXPECT_EQ(again.player().clock().holdWallUs(), 4'000'000);
    }
    for (QAction* a : menu->actions())
        if (a->data().toDouble() == 2.5) a->trigger();  // back to the default for the other tests
    EXPECT_EQ(window.player().clock().holdWallUs(), PlaybackClock::kDefaultHoldWallUs);
}

} // namespace
} // namespace postie::gui
