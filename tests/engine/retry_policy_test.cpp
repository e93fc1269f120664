// Retry schedules for a destination that never answers, with zero transaction time: the
// idealised schedules of the MTAs' documentation (Postfix qmgr_active.c, Exim's default
// retry rule, RFC 5321 §4.5.4.1).
#include "mail/retry_policy.h"

#include <gtest/gtest.h>

#include <vector>

namespace postie {
namespace {

RetryConfig profile(RetryConfig::Profile p, SimTime min, SimTime max, SimTime giveUp)
{
    RetryConfig s;
    s.profile = p;
    s.minBackoff = min;
    s.maxBackoff = max;
    s.giveUp = giveUp;
    return s;
}

// Attempt times (seconds) until the policy gives up; the last one is the failing attempt
// that returns the letter.
std::vector<std::int64_t> attempts(const RetryPolicy& policy)
{
    std::vector<std::int64_t> out;
    RetryState state;
    SimTime now = SimTime::zero();
    for (;;) {
        out.push_back(now.micros() / 1000000);
        if (policy.giveUp(now, SimTime::zero(), state)) return out;
        now = now + policy.nextDelay(now, SimTime::zero(), state);
        if (out.size() > 1000) return out;
    }
}

const auto s = [](std::int64_t n) { return SimTime::fromSeconds(n); };

TEST(RetryPolicy, PostfixWaitsAsLongAsTheLetterHasWaitedClampedTo300To4000Seconds)
{
    const auto times = attempts(RetryPolicy(profile(RetryConfig::Profile::Postfix, s(300), s(4000), s(5 * 86400))));
    const std::vector<std::int64_t> first = {0, 300, 600, 1200, 2400, 4800, 8800, 12800, 16800};
    ASSERT_GE(times.size(), first.size());
    EXPECT_EQ(std::vector<std::int64_t>(times.begin(), times.begin() + long(first.size())), first);
    // The first attempt at or after 5 days fails and returns the letter: 113 attempts in all.
    EXPECT_EQ(times.size(), 113u);
    EXPECT_EQ(times.back(), 432800);
}

TEST(RetryPolicy, EximTriesEveryQuarterHourThenGrowsByOneAndAHalfThenEverySixHours)
{
    const auto times = attempts(RetryPolicy(profile(RetryConfig::Profile::Exim, s(900), s(21600), s(4 * 86400))));
    // F,2h,15m: every 15 minutes while the failures have lasted at most 2 hours.
    for (int i = 0; i <= 9; ++i) EXPECT_EQ(times[std::size_t(i)], i * 900) << i;
    // G,16h,1h,1.5: 1 h, then each gap 1.5 times the one before.
    EXPECT_EQ(times[10] - times[9], 3600);
    EXPECT_EQ(times[11] - times[10], 5400);
    EXPECT_EQ(times[12] - times[11], 8100);
    // F,4d,6h once the failures have lasted more than 16 hours; give up after 4 days.
    const std::int64_t last = times.back();
    EXPECT_EQ(times[times.size() - 1] - times[times.size() - 2], 21600);
    EXPECT_GT(last, 4 * 86400);
    EXPECT_LE(times[times.size() - 2], 4 * 86400);
}

TEST(RetryPolicy, EximWithItsOwnNumbersRewritesTheFirstAndTheLastRule)
{
    // min 5m, max 2h, give_up 2d: F,2h,5m; G,16h,1h,1.5; F,2d,2h.
    const auto times = attempts(RetryPolicy(profile(RetryConfig::Profile::Exim, s(300), s(7200), s(2 * 86400))));
    // Every 5 minutes while the failures have lasted at most 2 hours (the attempt at 2 h included).
    for (int i = 0; i <= 25; ++i) EXPECT_EQ(times[std::size_t(i)], i * 300) << i;
    EXPECT_EQ(times[26] - times[25], 3600);  // the G rule keeps Exim's own 1 h start
    EXPECT_EQ(times[27] - times[26], 5400);
    EXPECT_EQ(times[times.size() - 1] - times[times.size() - 2], 7200);  // the last rule: every max
    EXPECT_GT(times.back(), 2 * 86400);
    EXPECT_LE(times[times.size() - 2], 2 * 86400);
}

TEST(RetryPolicy, TheRfcProfileTriesEveryHalfHourAndGivesUpAfterFourDays)
{
    const auto times = attempts(RetryPolicy(profile(RetryConfig::Profile::Rfc, s(1800), s(1800), s(4 * 86400))));
    for (std::size_t i = 1; i < times.size(); ++i) EXPECT_EQ(times[i] - times[i - 1], 1800) << i;
    EXPECT_EQ(times.back(), 4 * 86400);
}

TEST(RetryPolicy, CustomNumbersFollowThePostfixRule)
{
    const auto times = attempts(RetryPolicy(profile(RetryConfig::Profile::Custom, s(60), s(600), s(3600))));
    EXPECT_EQ(std::vector<std::int64_t>(times.begin(), times.begin() + 6), (std::vector<std::int64_t>{0, 60, 120, 240, 480, 960}));
    EXPECT_EQ(times.back(), 3960);  // the first attempt at or after an hour
}

RetryConfig scanning(SimTime min, SimTime max, SimTime scan)
{
    RetryConfig spec = profile(RetryConfig::Profile::Postfix, min, max, SimTime::fromSeconds(5 * 86400));
    spec.queueScan = scan;
    return spec;
}

const auto ms = [](std::int64_t n) { return SimTime::fromMillis(n); };

// The attempts of a letter queued at `queuedAt` whose every attempt fails `takes` after it
// began: each next one where the policy puts it.
std::vector<SimTime> scannedAttempts(const RetryPolicy& policy, SimTime queuedAt, SimTime takes, std::size_t count)
{
    std::vector<SimTime> out{queuedAt};
    RetryState state;
    while (out.size() < count) out.push_back(policy.nextAttemptAt(out.back(), out.back() + takes, queuedAt, state));
    return out;
}

TEST(RetryPolicy, ScansOnTheServersClockRetryAsPostfix37DidWithFiveSecondScans)
{
    // Postfix 3.7 with minimal_backoff_time 5 s, maximal_backoff_time 40 s, queue_run_delay
    // 5 s and a destination refusing connections retried at 0, 8, 18, 38, 78, 118, 158 s after
    // the first attempt. Its qmgr scans from its own start (t = 0 here); the letter came 2 s in,
    // and each refusal takes 40 ms. Due at 7, 18, 38, 78, 120, 160 s; taken at the next scan.
    const RetryPolicy policy(scanning(s(5), s(40), s(5)));
    const auto times = scannedAttempts(policy, s(2), ms(40), 7);
    std::vector<std::int64_t> after;
    for (const SimTime t : times) after.push_back((t - times.front()).micros() / 1000000);
    EXPECT_EQ(after, (std::vector<std::int64_t>{0, 8, 18, 38, 78, 118, 158}));
    for (std::size_t i = 1; i < times.size(); ++i) EXPECT_EQ(times[i].micros() % s(5).micros(), 0) << i;
}

TEST(RetryPolicy, ADueLetterWaitsForTheNextScanOfTheServerNotOneCountedFromItsArrival)
{
    // Postfix's defaults: min 300 s, scans every 300 s. Deferred at 0.3 s, due at 300.3 s, just
    // after the scan at 300 s: it goes at the scan at 600 s.
    const RetryPolicy policy(scanning(s(300), s(4000), s(300)));
    RetryState state;
    EXPECT_EQ(policy.nextAttemptAt(ms(250), ms(300), ms(250), state), s(600));
}

TEST(RetryPolicy, LettersPutOffAtDifferentMomentsGoOutTogetherAtTheSameScan)
{
    const RetryPolicy policy(scanning(s(5), s(40), s(5)));
    RetryState first, second;
    const SimTime a = policy.nextAttemptAt(s(1), s(1) + ms(40), s(1), first);   // due at 6 s
    const SimTime b = policy.nextAttemptAt(s(4), s(4) + ms(40), s(4), second);  // due at 9 s
    EXPECT_EQ(a, s(10));
    EXPECT_EQ(b, s(10));
}

TEST(RetryPolicy, AnAttemptCountsTheWholeSecondsItTookAsPostfixsClockDoes)
{
    // A connect timeout: begun at 2 s, failed at 32.5 s; stamped at 32 s, 30 s in the queue,
    // so due at 62 s and taken at the scan at 65 s.
    const RetryPolicy policy(scanning(s(5), s(40), s(5)));
    RetryState state;
    EXPECT_EQ(policy.nextAttemptAt(s(2), s(32) + ms(500), s(2), state), s(65));
}

TEST(RetryPolicy, WithoutScansTheNextAttemptIsDueTheMomentTheWaitIsOver)
{
    // queue_scan: 0s, the idealised schedule: the wait counts from the failure itself.
    const RetryPolicy policy(scanning(s(300), s(4000), SimTime::zero()));
    RetryState state;
    EXPECT_EQ(policy.nextAttemptAt(ms(250), ms(300), ms(250), state), s(300) + ms(300));
}

TEST(RetryPolicy, EachProfileHasItsMtasNumbers)
{
    const RetryConfig postfix = retryProfile(RetryConfig::Profile::Postfix);  // main.cf defaults
    EXPECT_EQ(postfix.profile, RetryConfig::Profile::Postfix);
    EXPECT_EQ(postfix.minBackoff, s(300));
    EXPECT_EQ(postfix.maxBackoff, s(4000));
    EXPECT_EQ(postfix.giveUp, s(5 * 86400));
    EXPECT_EQ(postfix.connectTimeout, s(30));
    EXPECT_EQ(postfix.queueScan, s(300));
    const RetryConfig exim = retryProfile(RetryConfig::Profile::Exim);  // F,2h,15m; G,16h,1h,1.5; F,4d,6h
    EXPECT_EQ(exim.profile, RetryConfig::Profile::Exim);
    EXPECT_EQ(exim.minBackoff, s(15 * 60));
    EXPECT_EQ(exim.maxBackoff, s(6 * 3600));
    EXPECT_EQ(exim.giveUp, s(4 * 86400));
    EXPECT_EQ(exim.connectTimeout, s(300));
    EXPECT_EQ(exim.queueScan, SimTime::zero());
    const RetryConfig rfc = retryProfile(RetryConfig::Profile::Rfc);  // RFC 5321 §4.5.4.1
    EXPECT_EQ(rfc.profile, RetryConfig::Profile::Rfc);
    EXPECT_EQ(rfc.minBackoff, s(1800));
    EXPECT_EQ(rfc.maxBackoff, s(1800));
    EXPECT_EQ(rfc.giveUp, s(4 * 86400));
    EXPECT_EQ(rfc.connectTimeout, s(300));
    EXPECT_EQ(rfc.queueScan, SimTime::zero());
    for (auto p : {RetryConfig::Profile::Postfix, RetryConfig::Profile::Exim, RetryConfig::Profile::Rfc})
        EXPECT_EQ(retryProfile(p).delayWarning, SimTime::zero());
}

TEST(RetryPolicy, ASpecLeftAsItIsHasPostfixsNumbers)
{
    // RetryConfig's own initial values are the postfix profile's; a custom map starts from them.
    const RetryConfig plain;
    for (auto p : {RetryConfig::Profile::Postfix, RetryConfig::Profile::Custom}) {
        const RetryConfig profile = retryProfile(p);
        EXPECT_EQ(profile.profile, p);
        EXPECT_EQ(plain.minBackoff, profile.minBackoff);
        EXPECT_EQ(plain.maxBackoff, profile.maxBackoff);
        EXPECT_EQ(plain.giveUp, profile.giveUp);
        EXPECT_EQ(plain.connectTimeout, profile.connectTimeout);
        EXPECT_EQ(plain.queueScan, profile.queueScan);
        EXPECT_EQ(plain.delayWarning, profile.delayWarning);
    }
    EXPECT_EQ(plain.profile, RetryConfig::Profile::Postfix);
}

} // namespace
} // namespace postie
