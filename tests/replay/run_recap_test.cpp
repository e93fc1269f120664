// The summary at the end of a run counts what the engine's run summary counts (the numbers
// `postie-cli run --summary` writes), from the records the app holds.
#include "replay/replay_test_support.h"
#include "replay/run_recap.h"

#include <QTest>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

RunRecap recapOf(const QString& lesson, RunSummary* reference)
{
    ScenarioSession session;
    EXPECT_TRUE(session.open(lessonPath(lesson)).isEmpty());
    EXPECT_TRUE(QTest::qWaitFor([&] { return session.complete(); }, 60000));
    *reference = runHeadlessInto(lessonPath(lesson), nullptr);
    return RunRecap::of(session.records());
}

TEST(RunRecap, CountsWhatTheRunSummaryCountsInLessonsOneThreeFourAndEight)
{
    for (const char* lesson : {"01-first-email.yaml", "03-server-down-retries.yaml", "04-unknown-user-bounce.yaml",
                               "08-expired-after-five-days.yaml"}) {
        SCOPED_TRACE(lesson);
        RunSummary summary;
        const RunRecap recap = recapOf(QString::fromLatin1(lesson), &summary);
        EXPECT_EQ(recap.created, summary.created);
        EXPECT_EQ(recap.delivered, summary.delivered);
        EXPECT_EQ(recap.bounced, summary.bounced);
        EXPECT_EQ(recap.discarded, summary.discarded);
        EXPECT_EQ(recap.expired, summary.expired);
        EXPECT_EQ(recap.inFlight, summary.inFlight);
        EXPECT_EQ(recap.deferrals, summary.deferred);
        EXPECT_EQ(recap.lastUs, summary.simTimeUs);
        EXPECT_LE(recap.tookUs(), summary.simTimeUs);
        EXPECT_LE(recap.deferredLetters, recap.deferrals);
        EXPECT_LE(recap.notices, recap.created);
    }
}

TEST(RunRecap, TellsTheLessonsOwnStory)
{
    RunSummary summary;
    const RunRecap first = recapOf(QStringLiteral("01-first-email.yaml"), &summary);
    EXPECT_EQ(first.sent(), 1u);
    EXPECT_EQ(first.delivered, 1u);
    EXPECT_TRUE(first.incidents.empty());

    const RunRecap down = recapOf(QStringLiteral("03-server-down-retries.yaml"), &summary);
    ASSERT_FALSE(down.incidents.empty()) << "the sorting station that is down";
    EXPECT_EQ(down.incidents.front().type, EventType::StationDown);
    EXPECT_GT(down.deferredLetters, 0u);

    const RunRecap unknown = recapOf(QStringLiteral("04-unknown-user-bounce.yaml"), &summary);
    EXPECT_GT(unknown.bounced, 0u);
    EXPECT_GT(unknown.notices, 0u) << "the 'return to sender' notice is a letter too";
    EXPECT_EQ(unknown.sent() + unknown.notices, unknown.created);
    // Bob never gets the letter: the one delivery is the notice coming home to Alice.
    EXPECT_EQ(unknown.noticesDelivered, 1u);
    EXPECT_EQ(unknown.lettersDelivered(), 0u);
    EXPECT_EQ(first.lettersDelivered(), 1u);

    const RunRecap expired = recapOf(QStringLiteral("08-expired-after-five-days.yaml"), &summary);
    EXPECT_GT(expired.expired, 0u);
    EXPECT_GE(expired.tookUs(), 5LL * 86400 * 1'000'000) << "five days of tries";
}

TEST(RunRecap, SaysASpanOfTimeAsAPersonWould)
{
    EXPECT_EQ(RunRecap::duration(800'000), "0.8 s");
    EXPECT_EQ(RunRecap::duration(1'520'000), "1.5 s");
    EXPECT_EQ(RunRecap::duration(12'400'000), "12 s");
    EXPECT_EQ(RunRecap::duration(303'000'000), "5 min 3 s");
    EXPECT_EQ(RunRecap::duration(300'000'000), "5 min");
    EXPECT_EQ(RunRecap::duration(4'800'000'000), "1 h 20 min");
    EXPECT_EQ(RunRecap::duration(5LL * 86400 * 1'000'000 + 3 * 3600LL * 1'000'000), "5 d 3 h");
}

} // namespace
} // namespace postie::gui
