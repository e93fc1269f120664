// The scenario player through the real window: play every lesson to its end, step forward
// and back, and use the keyboard as a teacher would.
#include "gui_test_support.h"
#include "playback/playback_toolbar.h"
#include "replay/town_frame.h"

#include <QLocale>
#include <QSlider>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

void playToTheEnd(ScenarioPlayer& player)
{
    PlaybackClock& clock = player.clock();
    clock.setPace(Pace::Continuous);  // the lessons start at the story pace, which waits for the reader
    clock.setSpeed(PlaybackClock::kMaxSpeed);
    clock.play();
    for (int frame = 0; frame < 1'000'000 && !clock.atEnd(); ++frame) clock.advanceBy(100'000);
}

TEST(Playback, PlayingEveryLessonToTheEndShowsTheCountsOfAHeadlessRun)
{
    MainWindow window;
    for (const QString& lesson : lessons()) {
        SCOPED_TRACE(lesson.toStdString());
        const RunSummary reference = runHeadlessInto(lessonPath(lesson), nullptr);
        ASSERT_TRUE(window.openScenario(lessonPath(lesson)));
        ASSERT_TRUE(waitForRun(window.player(), 300000));  // lesson 10 takes a while on a busy machine
        playToTheEnd(window.player());
        ASSERT_TRUE(window.player().clock().atEnd());

        const TownFrame end = window.player().frame();
        EXPECT_EQ(end.tally.delivered, reference.delivered);
        EXPECT_EQ(end.tally.bounced, reference.bounced);
        EXPECT_EQ(end.tally.expired, reference.expired);
        EXPECT_EQ(end.tally.discarded, reference.discarded);
        EXPECT_EQ(end.timeUs, reference.simTimeUs);
        const QString shown = captionBarOf(window).tally();
        // The counts as the language writes them: "1,583".
        const auto count = [](std::uint64_t n) { return QLocale().toString(qulonglong(n)); };
        EXPECT_TRUE(shown.contains(QStringLiteral("Delivered: %1").arg(count(reference.delivered)))) << shown.toStdString();
        EXPECT_TRUE(shown.contains(QStringLiteral("Returned to sender: %1").arg(count(reference.bounced)))) << shown.toStdString();
        EXPECT_TRUE(shown.contains(QStringLiteral("Expired: %1").arg(count(reference.expired)))) << shown.toStdString();
        EXPECT_TRUE(sceneOf(window).trucks().isEmpty()) << "every truck has arrived";
    }
}

TEST(Playback, StepsForwardThenBackRestoreExactlyWhatWasOnScreen)
{
    for (const QString& lesson : {QStringLiteral("01-first-email.yaml"), QStringLiteral("04-unknown-user-bounce.yaml"),
                                 QStringLiteral("03-server-down-retries.yaml")}) {
        SCOPED_TRACE(lesson.toStdString());
        MainWindow window;
        ASSERT_TRUE(window.openScenario(lessonPath(lesson)));
        ASSERT_TRUE(waitForRun(window.player()));
        PlaybackClock& clock = window.player().clock();
        const std::size_t count = window.player().recordCount();
        for (std::size_t start : {std::size_t(0), std::size_t(13), count / 2}) {
            for (std::size_t n : {std::size_t(1), std::size_t(7), std::size_t(40)}) {
                clock.seekRecord(start);
                const QStringList before = visibleState(window);
                for (std::size_t i = 0; i < n; ++i) clock.step();
                if (n >= 7 && start + n <= count) {
                    EXPECT_NE(text(visibleState(window)), text(before)) << "steps change the picture";
                }
                for (std::size_t i = 0; i < std::min(n, count - start); ++i) clock.stepBack();
                EXPECT_EQ(text(visibleState(window)), text(before)) << "start " << start << ", " << n << " steps";
            }
        }
    }
}

TEST(Playback, SteppingBackFarLandsWhereSeekingFromTheStartLands)
{
    MainWindow window;
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("08-expired-after-five-days.yaml"))));
    ASSERT_TRUE(waitForRun(window.player()));
    PlaybackClock& clock = window.player().clock();
    const std::size_t count = window.player().recordCount();
    ASSERT_GT(count, 600u);
    clock.seekRecord(400);
    const QStringList direct = visibleState(window);
    clock.seekRecord(count);
    for (std::size_t i = count; i > 400; --i) clock.stepBack();
    EXPECT_EQ(text(visibleState(window)), text(direct));
}

TEST(Playback, ScrubbingToAnEventShowsWhatAFreshRunSteppedThereShows)
{
    // Scrubbing lands from the worker's keyframes; stepping folds every record on the way.
    const QString lesson = lessonPath(QStringLiteral("09-rush-hour-at-school.yaml"));
    MainWindow scrubbed;
    ASSERT_TRUE(scrubbed.openScenario(lesson));
    ASSERT_TRUE(waitForRun(scrubbed.player()));
    MainWindow stepped;
    ASSERT_TRUE(stepped.openScenario(lesson));
    ASSERT_TRUE(waitForRun(stepped.player()));
    ASSERT_GT(scrubbed.player().recordCount(), 3000u);
    for (std::size_t at : {std::size_t(1500), std::size_t(3000), std::size_t(1025), std::size_t(0)}) {
        scrubbed.player().clock().seekRecord(at);
        PlaybackClock& clock = stepped.player().clock();
        while (clock.cursor() < at) clock.step();
        while (clock.cursor() > at) clock.stepBack();
        ASSERT_EQ(clock.cursor(), at);
        EXPECT_EQ(scrubbed.player().frame(), stepped.player().frame()) << "at record " << at;
        EXPECT_EQ(text(visibleState(scrubbed)), text(visibleState(stepped))) << "at record " << at;
    }
}

TEST(Playback, TheCaptionBarShowsTheScenariosDateAndTheToolbarItsTime)
{
    MainWindow window;
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("08-expired-after-five-days.yaml"))));
    ASSERT_TRUE(waitForRun(window.player()));
    window.player().clock().seekTime(0);
    EXPECT_EQ(captionBarOf(window).clock(), QStringLiteral("Wed 14 Jul 2010, 09:00:00.000"));
    window.player().clock().seekTime(3LL * 86400 * 1'000'000);  // three days later
    EXPECT_EQ(captionBarOf(window).clock(), QStringLiteral("Sat 17 Jul 2010, 09:00:00.000"));
    EXPECT_EQ(window.player().frame().clock, "day 4 09:00:00.000");
}

TEST(Playback, SkippingIdleTimeJumpsOverTheTenQuietMinutesOfTheFirstLesson)
{
    MainWindow window;
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("01-first-email.yaml"))));
    ASSERT_TRUE(waitForRun(window.player()));
    PlaybackClock& clock = window.player().clock();
    clock.setPace(Pace::Continuous);
    clock.setSpeed(1);
    clock.play();
    int frames = 0;
    while (!clock.jump().active && frames < 1000) {
        clock.advanceBy(16'667);
        ++frames;
    }
    ASSERT_TRUE(clock.jump().active) << "the quiet minutes are jumped";
    const int quietFrom = frames;
    while (clock.timeUs() < 600'000'000 && frames < 2000) {
        clock.advanceBy(16'667);
        ++frames;
    }
    EXPECT_LE(frames - quietFrom, 62) << "ten quiet minutes in about a second of wall time at 1x";
    EXPECT_GE(clock.timeUs(), 600'000'000) << "on to Bob's phone checking for mail";
}

TEST(Playback, TheKeyboardDrivesPlaybackAsTheMenusSay)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("01-first-email.yaml"))));
    ASSERT_TRUE(waitForRun(window.player()));
    PlaybackClock& clock = window.player().clock();

    QTest::keyClick(&window, Qt::Key_Right);
    QTest::keyClick(&window, Qt::Key_Right);
    EXPECT_EQ(clock.cursor(), 2u);
    QTest::keyClick(&window, Qt::Key_Left);
    EXPECT_EQ(clock.cursor(), 1u);
    QTest::keyClick(&window, Qt::Key_Space);
    EXPECT_TRUE(clock.playing());
    QTest::keyClick(&window, Qt::Key_Space);
    EXPECT_FALSE(clock.playing());
    QTest::keyClick(&window, Qt::Key_Home);
    EXPECT_EQ(clock.cursor(), 0u);
    EXPECT_EQ(toolbarOf(window).scrubber()->value(), 0);
}

TEST(Playback, PlayingRunsOnOneTimerAndMovesTheTrucksAlong)
{
    MainWindow window;
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("01-first-email.yaml"))));
    ASSERT_TRUE(waitForRun(window.player()));
    PlaybackClock& clock = window.player().clock();
    clock.setPace(Pace::Continuous);
    clock.setSpeed(0.5);
    toolbarOf(window).playAction()->trigger();
    EXPECT_TRUE(clock.playing());
    EXPECT_EQ(toolbarOf(window).playAction()->text(), QStringLiteral("Pause"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !sceneOf(window).wires().isEmpty(); }, 5000)) << "words on the wire";
    ASSERT_TRUE(QTest::qWaitFor([&] { return clock.timeUs() > 250'000; }, 5000));
    toolbarOf(window).playAction()->trigger();
    EXPECT_FALSE(clock.playing());
    const std::int64_t paused = clock.timeUs();
    QTest::qWait(100);
    EXPECT_EQ(clock.timeUs(), paused) << "nothing moves while paused";
}

TEST(Playback, TheScrubberGoesToAnyRecord)
{
    MainWindow window;
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("01-first-email.yaml"))));
    ASSERT_TRUE(waitForRun(window.player()));
    QSlider* scrubber = toolbarOf(window).scrubber();
    EXPECT_EQ(scrubber->maximum(), int(window.player().recordCount()));
    scrubber->setValue(14);
    EXPECT_EQ(window.player().clock().cursor(), 14u);
    EXPECT_EQ(captionBarOf(window).caption().toStdString(),
              window.player().session()->narrator().tell(window.player().session()->records()[13]));
}

} // namespace
} // namespace postie::gui
