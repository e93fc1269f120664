// The story pace and the speed presets: a caption stays up long enough to read, events of one
// moment are told as one caption, quiet time is jumped and said, and the speed keys go from
// preset to preset. The clock is driven by hand over a fake run (no real time); the lessons'
// own captions come from a real run.
#include "replay/playback_clock.h"
#include "replay/playback_pace.h"
#include "replay/playback_source.h"
#include "replay/scenario_player.h"
#include "replay/scenario_session.h"
#include "replay_test_support.h"

#include <QTest>

#include <vector>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

class FakeRun : public PlaybackSource {
public:
    std::vector<std::int64_t> times;
    std::int64_t movingUntil = -1;  // something is on its way until then
    std::vector<bool> silent;       // records without a sentence
    std::vector<bool> alone;        // records told on their own, even at a busy moment

    std::size_t recordCount() const override { return times.size(); }
    std::int64_t recordTimeUs(std::size_t i) const override { return times[i]; }
    bool complete() const override { return true; }
    std::int64_t endUs() const override { return times.empty() ? 0 : times.back(); }
    bool movingAt(std::size_t, std::int64_t t) override { return t < movingUntil; }
    bool told(std::size_t i) override { return i >= silent.size() || !silent[i]; }
    bool toldAlone(std::size_t i) override { return i < alone.size() && alone[i]; }
};

constexpr std::int64_t kTick = 16'667;  // one frame at 60 a second

// Plays tick by tick; returns the wall time (µs) at which each record was reached.
std::vector<std::int64_t> reachedAt(PlaybackClock& clock, std::size_t records, std::int64_t maxWallUs)
{
    std::vector<std::int64_t> at(records, -1);
    std::int64_t wall = 0;
    clock.play();
    while (wall < maxWallUs && clock.cursor() < records) {
        clock.advanceBy(kTick);
        wall += kTick;
        for (std::size_t i = 0; i < clock.cursor(); ++i)
            if (at[i] < 0) at[i] = wall;
    }
    return at;
}

TEST(StoryPace, EachCaptionStaysUpForTheHoldTimeEvenWhenTheNextEventIsAMomentLater)
{
    FakeRun run;
    run.times = {0, 1'000, 2'000, 2'000, 3'000};  // five events in 3 ms, two at one moment
    run.movingUntil = 1'000'000'000;
    PlaybackClock clock;
    clock.setSource(&run);
    clock.setPace(Pace::Story);
    clock.setSpeed(1);
    const auto at = reachedAt(clock, run.times.size(), 60'000'000);
    ASSERT_EQ(clock.cursor(), run.times.size());
    const std::int64_t hold = PlaybackClock::kDefaultHoldWallUs;
    EXPECT_GE(at[1] - at[0], hold);
    EXPECT_LT(at[1] - at[0], hold + 3 * kTick);
    EXPECT_GE(at[2] - at[1], hold);
    EXPECT_EQ(at[3], at[2]) << "events of one moment come together";
    EXPECT_GE(at[4] - at[3], hold * 3 / 2) << "two sentences at once: half as long again to read";
    EXPECT_LT(at[4] - at[3], hold * 3 / 2 + 3 * kTick);
}

// A sorting station's checks and its 550 come at one moment; the checks are a long sentence
// that a class must read whole, so they get a caption of their own before the reply.
TEST(StoryPace, ARecordToldAloneGetsItsOwnCaptionAtABusyMoment)
{
    FakeRun run;
    run.times = {0, 1'000, 1'000, 1'000, 2'000};
    run.alone = {false, false, true, false, false};
    run.movingUntil = 1'000'000'000;
    PlaybackClock clock;
    clock.setSource(&run);
    clock.setPace(Pace::Story);
    clock.setSpeed(1);
    const auto at = reachedAt(clock, run.times.size(), 60'000'000);
    ASSERT_EQ(clock.cursor(), run.times.size());
    const std::int64_t hold = PlaybackClock::kDefaultHoldWallUs;
    EXPECT_GE(at[2] - at[1], hold) << "the record told alone waits for the caption before it";
    EXPECT_GE(at[3] - at[2], hold) << "and the next one of its moment waits for it";
    EXPECT_LT(at[3] - at[2], hold + 3 * kTick);
    EXPECT_GE(at[4] - at[3], hold);
    EXPECT_EQ(clock.timeUs(), 2'000);
}

TEST(StoryPace, TheChecksOfLessonFourteenAreToldAlone)
{
    ScenarioPlayer player;
    ASSERT_TRUE(player.open(lessonPath(QStringLiteral("14-the-from-line-lies.yaml"))).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.complete(); }, 30000));
    const auto& records = player.session()->records();
    int alone = 0;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const bool checks = records.type(i) == EventType::AuthChecked;
        EXPECT_EQ(player.toldAlone(i), checks) << i;
        alone += checks;
    }
    EXPECT_EQ(alone, 3);
}

TEST(StoryPace, TheHoldTimeCanBeChangedAndASilentRecordIsNotWaitedFor)
{
    FakeRun run;
    run.times = {0, 1'000, 2'000, 3'000};
    run.silent = {false, true, false, false};
    run.movingUntil = 1'000'000'000;
    PlaybackClock clock;
    clock.setSource(&run);
    clock.setPace(Pace::Story);
    clock.setSpeed(1);
    clock.setHoldWallUs(4'000'000);
    const auto at = reachedAt(clock, run.times.size(), 60'000'000);
    EXPECT_GE(at[2] - at[0], 4'000'000);
    EXPECT_LT(at[1] - at[0], 4'000'000) << "a record with no sentence does not reset the hold";
    EXPECT_GE(at[3] - at[2], 4'000'000);
}

TEST(StoryPace, ContinuousPaceDoesNotWaitForTheReader)
{
    FakeRun run;
    run.times = {0, 1'000, 2'000, 3'000};
    run.movingUntil = 1'000'000'000;
    PlaybackClock clock;
    clock.setSource(&run);
    clock.setPace(Pace::Continuous);
    clock.setSpeed(1);
    const auto at = reachedAt(clock, run.times.size(), 60'000'000);
    EXPECT_LE(at[3], 2 * kTick);
}

TEST(StoryPace, QuietTimeIsCrossedInOneVisibleJump)
{
    FakeRun run;
    run.times = {0, 3'600'000'000};  // an hour of nothing
    PlaybackClock clock;
    clock.setSource(&run);
    clock.setPace(Pace::Story);
    clock.setSpeed(0.1);
    clock.play();
    std::int64_t wall = 0;
    while (!clock.jump().active && wall < 10'000'000) {
        clock.advanceBy(kTick);
        wall += kTick;
    }
    ASSERT_TRUE(clock.jump().active);
    EXPECT_GE(wall, PlaybackClock::kDefaultHoldWallUs) << "the first caption was read first";
    EXPECT_LT(clock.jump().fromUs, 10'000) << "from about the first event";
    EXPECT_EQ(clock.jump().toUs, 3'600'000'000);
    // The clock runs through the hour: the time shown moves, the event waits at its end.
    std::vector<std::int64_t> seen;
    while (clock.jump().active && wall < 20'000'000) {
        clock.advanceBy(kTick);
        wall += kTick;
        seen.push_back(clock.timeUs());
    }
    EXPECT_EQ(clock.cursor(), 2u);
    EXPECT_EQ(clock.timeUs(), 3'600'000'000);
    EXPECT_GE(seen.size(), std::size_t(PlaybackClock::kJumpWallUs / kTick) - 1) << "about 1.6 s, not a blink";
    EXPECT_GT(seen[seen.size() / 2], 1'000'000'000) << "half-way through the jump the clock is well on";
    EXPECT_LT(seen[seen.size() / 2], 3'000'000'000);
}

TEST(StoryPace, AShortPauseIsPlayedNotJumped)
{
    FakeRun run;
    run.times = {0, 100'000};  // 100 ms at 0.1x: a second of wall time
    PlaybackClock clock;
    clock.setSource(&run);
    clock.setPace(Pace::Story);
    clock.setSpeed(0.1);
    clock.play();
    for (int i = 0; i < 400 && clock.cursor() < 2; ++i) {
        clock.advanceBy(kTick);
        EXPECT_FALSE(clock.jump().active);
    }
    EXPECT_EQ(clock.cursor(), 2u);
}

TEST(StoryPace, ContinuousSkipIdleCrossesLongQuietTimeInAShortVisibleJump)
{
    FakeRun run;
    run.times = {0, 1'000, 17'220'000'000};  // then 4 h 47 min of nothing
    PlaybackClock clock;
    clock.setSource(&run);
    clock.setPace(Pace::Continuous);
    clock.setSpeed(1000);
    clock.seekRecord(2);
    clock.play();
    clock.advanceBy(kTick);
    ASSERT_TRUE(clock.jump().active);
    EXPECT_EQ(clock.cursor(), 2u) << "the clock runs through the quiet time first";
    EXPECT_EQ(durationWords(clock.jump().toUs - clock.jump().fromUs), QStringLiteral("4 h 47 min"));
    int ticks = 1;
    while (clock.jump().active && ticks < 1000) {
        clock.advanceBy(kTick);
        ++ticks;
    }
    EXPECT_EQ(clock.cursor(), 3u);
    EXPECT_NEAR(ticks * kTick, PlaybackClock::kFastJumpWallUs, 2 * kTick);
    // A short idle moment is still skipped at once, unseen.
    run.times.push_back(17'300'000'000);  // 80 s later: 80 ms of wall time at 1000x
    run.times.push_back(17'300'000'000);
    clock.play();  // the end of the run had paused it
    clock.advanceBy(kTick);
    EXPECT_FALSE(clock.jump().active);
    EXPECT_EQ(clock.cursor(), 5u);
}

TEST(StoryPace, QuietTimeIsSaidInWordsAClassReads)
{
    EXPECT_EQ(durationWords(300'000), QStringLiteral("300 ms"));
    EXPECT_EQ(durationWords(5'000'000), QStringLiteral("5.0 s"));
    EXPECT_EQ(durationWords(45'000'000), QStringLiteral("45 s"));
    EXPECT_EQ(durationWords(60'000'000), QStringLiteral("1 minute"));
    EXPECT_EQ(durationWords(5 * 60'000'000LL), QStringLiteral("5 minutes"));
    EXPECT_EQ(durationWords(80 * 60'000'000LL), QStringLiteral("1 h 20 min"));
    EXPECT_EQ(durationWords(3 * 3'600'000'000LL), QStringLiteral("3 h"));
    EXPECT_EQ(durationWords(51 * 3'600'000'000LL), QStringLiteral("2 days 3 h"));
    EXPECT_EQ(durationWords(24 * 3'600'000'000LL), QStringLiteral("1 day"));
}

// A crowded toolbar says the same in fewer letters, in words of their own (translated as such).
TEST(StoryPace, QuietTimeIsSaidBrieflyWhereRoomIsShort)
{
    EXPECT_EQ(durationWords(60'000'000, DurationLength::Brief), QStringLiteral("1 min"));
    EXPECT_EQ(durationWords(9 * 60'000'000LL, DurationLength::Brief), QStringLiteral("9 min"));
    EXPECT_EQ(durationWords(80 * 60'000'000LL, DurationLength::Brief), QStringLiteral("1 h 20 min"));
    EXPECT_EQ(durationWords(48 * 3'600'000'000LL, DurationLength::Brief), QStringLiteral("2 d"));
    EXPECT_EQ(durationWords(51 * 3'600'000'000LL, DurationLength::Brief), QStringLiteral("2 d 3 h"));
    EXPECT_EQ(durationWords(45'000'000, DurationLength::Brief), QStringLiteral("45 s"));
}

TEST(SpeedPresets, TheKeysGoFromPresetToPreset)
{
    EXPECT_EQ(presetFrom(0.1, +1), 0.25);
    EXPECT_EQ(presetFrom(0.1, -1), 0.05);
    EXPECT_EQ(presetFrom(1, +1), 2);
    EXPECT_EQ(presetFrom(10, +1), 60);
    EXPECT_EQ(presetFrom(0.3, +1), 0.5) << "between presets: the next one up";
    EXPECT_EQ(presetFrom(0.3, -1), 0.25) << "between presets: the next one down";
    EXPECT_EQ(presetFrom(PlaybackClock::kMaxSpeed, +1), PlaybackClock::kMaxSpeed);
    EXPECT_EQ(presetFrom(PlaybackClock::kMinSpeed, -1), PlaybackClock::kMinSpeed);
    const auto presets = speedPresets();
    EXPECT_EQ(presets.front(), PlaybackClock::kMinSpeed);
    EXPECT_EQ(presets.back(), PlaybackClock::kMaxSpeed);
    EXPECT_EQ(nearestPresetIndex(0.1), 3);
    EXPECT_EQ(presets[std::size_t(nearestPresetIndex(0.11))], 0.1);
}

// Lesson 1: four events at 09:00:00.775, among them the letter's delivery.
TEST(StoryPace, EventsOfOneMomentAreToldAsOneCaption)
{
    ScenarioPlayer player;
    ASSERT_TRUE(player.open(lessonPath(QStringLiteral("01-first-email.yaml"))).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.complete(); }, 30000));
    const auto& records = player.session()->records();
    std::size_t first = 0;
    for (std::size_t i = 1; i < records.size(); ++i) {
        if (records.timeUs(i) == records.timeUs(i - 1)) {
            first = i - 1;
            break;
        }
    }
    std::size_t last = first;
    while (last + 1 < records.size() && records.timeUs(last + 1) == records.timeUs(first)) ++last;
    ASSERT_GT(last, first) << "the lesson has events at one moment";
    player.clock().seekRecord(last + 1);
    const std::string caption = player.frame().caption;
    for (std::size_t i = first; i <= last; ++i) {
        const std::string sentence = player.session()->narrator().tell(records[i]);
        if (!sentence.empty()) EXPECT_NE(caption.find(sentence), std::string::npos) << sentence << "\nin: " << caption;
    }
    // At the continuous pace the caption changes too fast for more than the last sentence.
    player.clock().setPace(Pace::Continuous);
    EXPECT_EQ(player.frame().caption, player.session()->narrator().tell(records[last]));
}

// Lesson 7: one letter to four people, and a moment with more sentences than a caption tells:
// the latest few are told, and the frame says how many more there were (the caption bar words it).
TEST(StoryPace, AMomentWithManySentencesTellsTheLatestAndCountsTheRest)
{
    ScenarioPlayer player;
    ASSERT_TRUE(player.open(lessonPath(QStringLiteral("07-several-recipients.yaml"))).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.complete(); }, 30000));
    const auto& records = player.session()->records();
    const Narrator& narrator = player.session()->narrator();
    std::vector<std::string> told;
    std::size_t end = 0;
    for (std::size_t i = 0; i < records.size() && end == 0; ++i) {
        if (i > 0 && records.timeUs(i) != records.timeUs(i - 1)) told.clear();
        if (std::string s = narrator.tell(records[i]); !s.empty()) told.push_back(std::move(s));
        if (told.size() > 4) end = i + 1;
    }
    ASSERT_GT(end, 0u) << "the lesson has a moment of more than four sentences";
    player.clock().seekRecord(end);
    const TownFrame frame = player.frame();
    EXPECT_EQ(frame.captionMore, told.size() - 4);
    EXPECT_EQ(frame.caption.rfind(told.back()), frame.caption.size() - told.back().size()) << frame.caption;
    EXPECT_EQ(frame.caption.find(told.front()), std::string::npos) << "the oldest is counted, not told";
}

TEST(StoryPace, AJumpToTheNextTryOfLessonThreeIsSaid)
{
    ScenarioPlayer player;
    ASSERT_TRUE(player.open(lessonPath(QStringLiteral("03-server-down-retries.yaml"))).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.complete(); }, 30000));
    PlaybackClock& clock = player.clock();
    ASSERT_EQ(clock.pace(), Pace::Story) << "the lesson's pace";
    clock.play();
    std::vector<std::string> said;
    for (int tick = 0; tick < 200'000 && !clock.atEnd(); ++tick) {
        clock.advanceBy(100'000);
        const TownFrame f = player.frame();
        if (!f.jump.empty() && (said.empty() || said.back() != f.jump)) said.push_back(f.jump);
    }
    ASSERT_FALSE(said.empty());
    bool nextTry = false;
    for (const std::string& s : said) {
        EXPECT_NE(s.find(" later"), std::string::npos) << s;
        if (s.find("later: the next try") != std::string::npos) nextTry = true;
    }
    EXPECT_TRUE(nextTry) << said.front();
}

// Lesson 8 at its own pace and speed: five days of tries a class can follow. Each try comes
// on its own after a visible jump over the quiet time before it (about a second), and the whole
// lesson plays in minutes, not in two seconds.
TEST(StoryPace, LessonEightShowsItsRetryWavesOneByOne)
{
    ScenarioPlayer player;
    ASSERT_TRUE(player.open(lessonPath(QStringLiteral("08-expired-after-five-days.yaml"))).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.complete(); }, 30000));
    const auto& records = player.session()->records();
    PlaybackClock& clock = player.clock();
    clock.play();
    std::vector<std::int64_t> deferredAt;  // wall time each deferral was reached
    std::int64_t wall = 0;
    std::size_t seen = 0;
    while (!clock.atEnd() && wall < 3'600'000'000LL) {
        clock.advanceBy(kTick);
        wall += kTick;
        for (; seen < clock.cursor(); ++seen)
            if (records.type(seen) == EventType::DeliveryDeferred) deferredAt.push_back(wall);
    }
    ASSERT_GE(deferredAt.size(), 5u);
    std::fprintf(stderr, "lesson 8: %zu deferrals, the whole run in %.0f s of wall time\n", deferredAt.size(), wall / 1e6);
    for (std::size_t i = 1; i < deferredAt.size(); ++i)
        EXPECT_GE(deferredAt[i] - deferredAt[i - 1], 900'000) << "try " << i << " follows the one before too fast";
    EXPECT_GE(wall, 60'000'000) << "five days of tries flash past";
    EXPECT_LE(wall, 600'000'000) << "longer than a class waits";
}

} // namespace
} // namespace postie::gui
