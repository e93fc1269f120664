// The playback clock alone, over a fake run: records at known times, nothing else.
#include "replay/playback_clock.h"
#include "replay/playback_source.h"

#include <gtest/gtest.h>

#include <vector>

namespace postie::gui {
namespace {

class FakeRun : public PlaybackSource {
public:
    std::vector<std::int64_t> times;
    bool done = true;
    std::int64_t end = 0;
    std::int64_t movingUntil = -1;  // something is on its way until then

    std::size_t recordCount() const override { return times.size(); }
    std::int64_t recordTimeUs(std::size_t i) const override { return times[i]; }
    bool complete() const override { return done; }
    std::int64_t endUs() const override { return end; }
    bool movingAt(std::size_t, std::int64_t t) override { return t < movingUntil; }
};

TEST(PlaybackClock, StepsOneRecordAtATimeEvenWhenRecordsShareAMoment)
{
    FakeRun run;
    run.times = {0, 100, 100, 500};
    run.end = 500;
    PlaybackClock clock;
    clock.setSource(&run);
    clock.step();
    EXPECT_EQ(clock.cursor(), 1u);
    EXPECT_EQ(clock.timeUs(), 0);
    clock.step();
    clock.step();
    EXPECT_EQ(clock.cursor(), 3u);
    EXPECT_EQ(clock.timeUs(), 100);
    clock.stepBack();
    EXPECT_EQ(clock.cursor(), 2u);
    EXPECT_EQ(clock.timeUs(), 100);
    clock.stepBack();
    clock.stepBack();
    EXPECT_EQ(clock.cursor(), 0u);
    EXPECT_EQ(clock.timeUs(), 0);
    clock.stepBack();
    EXPECT_EQ(clock.cursor(), 0u);
}

TEST(PlaybackClock, PlayingMovesSimulatedTimeBySpeedTimesWallTime)
{
    FakeRun run;
    run.times = {0, 1000, 2000};
    run.end = 2000;
    run.movingUntil = 2000;
    PlaybackClock clock;
    clock.setSource(&run);
    clock.setSpeed(0.1);
    clock.play();
    clock.advanceBy(10'000);  // 10 ms of wall time at 0.1x
    EXPECT_EQ(clock.timeUs(), 1000);
    EXPECT_EQ(clock.cursor(), 2u);
    clock.advanceBy(5'000);
    EXPECT_EQ(clock.timeUs(), 1500);
    EXPECT_EQ(clock.cursor(), 2u);
}

// Ten quiet minutes at 1x are crossed in one short jump the class sees (see story_pace_test).
TEST(PlaybackClock, SkipsIdleTimeToTheNextRecordInOneShortJump)
{
    FakeRun run;
    run.times = {0, 10, 600'000'000};
    run.end = 600'000'000;
    run.movingUntil = 10;
    PlaybackClock clock;
    clock.setSource(&run);
    clock.setSpeed(1);
    clock.play();
    clock.advanceBy(20);
    EXPECT_TRUE(clock.jump().active);
    clock.advanceBy(PlaybackClock::kFastJumpWallUs);
    EXPECT_EQ(clock.timeUs(), 600'000'000);
    EXPECT_EQ(clock.cursor(), 3u);
    EXPECT_TRUE(clock.atEnd());
    EXPECT_FALSE(clock.playing()) << "the end of the run pauses";
}

TEST(PlaybackClock, WithoutSkippingIdleTimeTheQuietMinutesTakeTheirTime)
{
    FakeRun run;
    run.times = {0, 600'000'000};
    run.end = 600'000'000;
    PlaybackClock clock;
    clock.setSource(&run);
    clock.setSkipIdle(false);
    clock.setSpeed(1);
    clock.play();
    clock.advanceBy(16'000);
    EXPECT_EQ(clock.timeUs(), 16'000);
    EXPECT_EQ(clock.cursor(), 1u);
}

TEST(PlaybackClock, WaitsAtTheLastKnownRecordWhileTheRunIsStillWorkedOut)
{
    FakeRun run;
    run.times = {0, 1000};
    run.done = false;
    run.movingUntil = 1'000'000;
    PlaybackClock clock;
    clock.setSource(&run);
    clock.setSpeed(1);
    clock.play();
    clock.advanceBy(50'000);
    EXPECT_EQ(clock.timeUs(), 1000);
    EXPECT_TRUE(clock.playing());
    run.times.push_back(40'000);
    clock.advanceBy(50'000);
    EXPECT_EQ(clock.timeUs(), 40'000);
    EXPECT_EQ(clock.cursor(), 3u);
}

TEST(PlaybackClock, SeekingATimePutsTheCursorAfterEveryRecordUpToIt)
{
    FakeRun run;
    run.times = {0, 100, 100, 500};
    run.end = 900;
    PlaybackClock clock;
    clock.setSource(&run);
    clock.seekTime(100);
    EXPECT_EQ(clock.cursor(), 3u);
    clock.seekTime(99);
    EXPECT_EQ(clock.cursor(), 1u);
    clock.seekTime(5000);
    EXPECT_EQ(clock.timeUs(), 900) << "not past the end of the run";
    EXPECT_EQ(clock.cursor(), 4u);
    clock.seekRecord(2);
    EXPECT_EQ(clock.timeUs(), 100);
}

TEST(PlaybackClock, SpeedStaysBetweenSlowMotionAndTenThousandTimes)
{
    PlaybackClock clock;
    clock.setSpeed(0);
    EXPECT_EQ(clock.speed(), PlaybackClock::kMinSpeed);
    clock.setSpeed(1e9);
    EXPECT_EQ(clock.speed(), PlaybackClock::kMaxSpeed);
}

TEST(PlaybackClock, PlayingStopsRightAfterTheHaltRecordButSteppingAndSeekingPassIt)
{
    FakeRun run;
    run.times = {0, 100, 100, 500, 900};
    run.end = 900;
    run.movingUntil = 900;
    PlaybackClock clock;
    clock.setSource(&run);
    clock.setPace(Pace::Continuous);
    clock.setSpeed(1);
    clock.setHaltAt(2);  // right after the record at index 1
    std::vector<std::size_t> halts;
    QObject::connect(&clock, &PlaybackClock::halted, [&](std::size_t cursor) { halts.push_back(cursor); });
    clock.play();
    clock.advanceBy(10'000);  // far past the halt in one go
    EXPECT_FALSE(clock.playing());
    EXPECT_EQ(clock.cursor(), 2u);
    EXPECT_EQ(clock.timeUs(), 100) << "the halt record's own moment";
    EXPECT_EQ(halts, std::vector<std::size_t>{2});
    // Playing on from the halt passes it.
    clock.play();
    clock.advanceBy(10'000);
    EXPECT_EQ(clock.cursor(), 5u);
    EXPECT_EQ(halts.size(), 1u);
    // Stepping over it does not halt.
    clock.seekRecord(0);
    clock.step();
    clock.step();
    clock.step();
    EXPECT_EQ(clock.cursor(), 3u);
    EXPECT_EQ(halts.size(), 1u);
}

} // namespace
} // namespace postie::gui
