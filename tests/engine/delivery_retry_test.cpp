// Journeys that have to wait: retries on the Postfix schedule, queue scans, delay warnings,
// expiry after five days, and broken DNS (SERVFAIL), as real MTAs did them.
#include "mail/world.h"
#include "scenario/scenario_run.h"
#include "support/recorded_run.h"
#include "support/spec_builder.h"
#include "support/trace_query.h"
#include "trace/trace_sink.h"

#include <gtest/gtest.h>

namespace postie {
namespace {

using namespace postie::testing;

using Outcome = testing::RecordedRun;

const auto s = [](std::int64_t n) { return SimTime::fromSeconds(n); };

TEST(Delivery, AServerDownForFortyMinutesIsRetriedOnThePostfixScheduleThenDelivers)
{
    ScenarioSpec spec = twoMxTown();
    spec.dns = {mxRecord("example.org", 10, "mx1.example.org"), aRecord("mx1.example.org", "203.0.113.25")};
    spec.incidents = {stationDown("mx1.example.org", s(0), s(40 * 60))};
    spec.letters = {letter(s(0), {"bob@example.org"})};
    const Outcome o = testing::runRecorded(spec);
    EXPECT_EQ(o.summary.delivered, 1u);
    EXPECT_NEAR(ofType(o.records, EventType::MailboxStored).front()->time.seconds(), 2400.0, 5.0);
    const auto deferrals = ofType(o.records, EventType::DeliveryDeferred);
    // Each wait is the time in queue, clamped to [300 s, 4000 s] (Postfix qmgr_active.c), and a
    // due letter goes at the next scan of the queue, every 300 s: due at 300 s and a little, it
    // goes at 600 s, then at 1200 s, and at 2400 s it finds the station open again.
    ASSERT_EQ(deferrals.size(), 3u);
    const std::int64_t expectedRetry[] = {600, 1200, 2400};
    for (std::size_t i = 0; i < deferrals.size(); ++i)
        EXPECT_EQ(deferrals[i]->retryUs, s(expectedRetry[i]).micros()) << "deferral " << i;
}

TEST(Delivery, ADestinationThatStaysDownExpiresAfterFiveDaysAndBounces)
{
    ScenarioSpec spec = twoMxTown();
    spec.dns = {mxRecord("example.org", 10, "mx1.example.org"), aRecord("mx1.example.org", "203.0.113.25"),
                mxRecord("sender.test", 10, "mx.sender.test"), aRecord("mx.sender.test", "198.51.100.25")};
    // The idealised schedule of the standards digest: every trip and lookup instantaneous, no
    // queue scans (queue_scan: 0s).
    for (auto& r : spec.roads) r.latency = SimTime::zero();
    spec.stations[2].lookup = Distribution::constant(SimTime::zero());
    spec.stations[1].retry.queueScan = SimTime::zero();
    spec.incidents = {stationDown("mx1.example.org", s(0))};
    spec.letters = {letter(s(0), {"bob@example.org"})};
    const Outcome o = testing::runRecorded(spec);
    EXPECT_EQ(o.summary.expired, 1u);
    const auto attempts = select(o.records, [](const TraceRecord& r) {
        return r.type == EventType::SmtpConnect && r.station == "smtp.sender.test" && r.peer == "mx1.example.org";
    });
    // Postfix: 0, 300, 600, 1200, 2400, 4800, 8800, then every 4000 s; the first attempt at
    // or after 5 days fails and returns the letter: 113 attempts.
    ASSERT_GE(attempts.size(), 8u);
    const double expected[] = {0, 300, 600, 1200, 2400, 4800, 8800, 12800};
    for (int i = 0; i < 8; ++i) EXPECT_EQ(attempts[std::size_t(i)]->time.seconds(), expected[i]) << i;
    EXPECT_EQ(attempts.size(), 113u);
    EXPECT_EQ(attempts.back()->time.seconds(), 432800.0);  // 5 d 0 h 13 m 20 s
    const auto finals = select(o.records, [](const TraceRecord& r) {
        return r.type == EventType::MessageFinal && r.message == "m1";
    });
    ASSERT_EQ(finals.size(), 1u);
    EXPECT_EQ(finals[0]->outcome, postie::Outcome::Expired);
    EXPECT_EQ(finals[0]->time.seconds(), 432800.0);
    EXPECT_EQ(finals[0]->status, "4.4.1");  // the last temporary status, Action: failed
    EXPECT_EQ(ofType(o.records, EventType::BounceCreated).size(), 1u);
}

TEST(Delivery, WithQueueScansEveryFiveMinutesTheStowedLetterWaitsForTheNextScan)
{
    ScenarioSpec spec = twoMxTown();
    spec.dns = {mxRecord("example.org", 10, "mx1.example.org"), aRecord("mx1.example.org", "203.0.113.25"),
                mxRecord("sender.test", 10, "mx.sender.test"), aRecord("mx.sender.test", "198.51.100.25")};
    for (auto& r : spec.roads) r.latency = SimTime::zero();
    spec.stations[2].lookup = Distribution::constant(SimTime::zero());
    spec.stations[1].retry.queueScan = s(300);  // Postfix queue_run_delay
    spec.incidents = {stationDown("mx1.example.org", s(0))};
    spec.letters = {letter(s(0), {"bob@example.org"})};
    const Outcome o = testing::runRecorded(spec);
    std::vector<double> attempts;
    for (const auto* c : ofType(o.records, EventType::SmtpConnect))
        if (c->station == "smtp.sender.test" && c->peer == "mx1.example.org") attempts.push_back(c->time.seconds());
    ASSERT_GE(attempts.size(), 9u);
    // Due at 4800 + 4000 = 8800 s, picked up at the scan at 9000 s; then every 4200 s.
    EXPECT_EQ(attempts[5], 4800.0);
    EXPECT_EQ(attempts[6], 9000.0);
    EXPECT_EQ(attempts[7] - attempts[6], 4200.0);
    const auto finals = ofType(o.records, EventType::MessageFinal);
    bool expiredOnTime = false;
    for (const auto* f : finals) expiredOnTime |= f->outcome == postie::Outcome::Expired && f->time.seconds() == 433200.0;
    EXPECT_TRUE(expiredOnTime);  // the standards digest's figure for a 300 s scan
}

// example.org with mx1 as its only MX, closed for good: every attempt is refused.
ScenarioSpec townWhoseOnlyMxRefuses()
{
    ScenarioSpec spec = twoMxTown();
    spec.dns = {mxRecord("example.org", 10, "mx1.example.org"), aRecord("mx1.example.org", "203.0.113.25")};
    spec.incidents = {stationDown("mx1.example.org", s(0))};
    return spec;
}

std::vector<const TraceRecord*> attemptsAtMx1(const std::vector<TraceRecord>& records)
{
    return select(records, [](const TraceRecord& r) {
        return r.type == EventType::SmtpConnect && r.station == "smtp.sender.test" && r.peer == "mx1.example.org";
    });
}

TEST(Delivery, QueueScansOnThePostOfficesClockRetryAsARealPostfixDid)
{
    // Postfix 3.7, minimal_backoff_time 5 s, maximal_backoff_time 40 s, queue_run_delay 5 s, the
    // destination refusing connections: retries at 0, 8, 18, 38, 78, 118, 158 s after the first
    // attempt. Its queue manager scans every 5 s from its own start; the letter came 2 s in.
    ScenarioSpec spec = townWhoseOnlyMxRefuses();
    RetrySpec& retry = spec.stations[1].retry;
    retry.minBackoff = s(5);
    retry.maxBackoff = s(40);
    retry.queueScan = s(5);
    spec.letters = {letter(s(2), {"bob@example.org"})};
    const Outcome o = testing::runRecorded(spec, s(170));
    const auto attempts = attemptsAtMx1(o.records);
    ASSERT_EQ(attempts.size(), 7u);
    // In whole seconds, as the server's log shows them.
    std::vector<std::int64_t> after;
    const std::int64_t first = attempts[0]->time.micros() / 1000000;
    for (const auto* a : attempts) after.push_back(a->time.micros() / 1000000 - first);
    EXPECT_EQ(after, (std::vector<std::int64_t>{0, 8, 18, 38, 78, 118, 158}));
    // Each retry leaves at a scan: a whole multiple of 5 s on the run's clock.
    for (const auto* d : ofType(o.records, EventType::DeliveryDeferred)) EXPECT_EQ(d->retryUs % s(5).micros(), 0);
}

TEST(Delivery, ThePostfixProfileScansEveryFiveMinutesSoALetterDueJustAfterAScanWaitsForTheNext)
{
    ScenarioSpec spec = townWhoseOnlyMxRefuses();  // Postfix's defaults: queue_run_delay 300 s
    spec.letters = {letter(s(0), {"bob@example.org"})};
    const Outcome o = testing::runRecorded(spec, s(700));
    const auto deferrals = ofType(o.records, EventType::DeliveryDeferred);
    ASSERT_GE(deferrals.size(), 2u);
    EXPECT_GT(deferrals[0]->time, SimTime::zero());
    EXPECT_LT(deferrals[0]->time, s(1));
    EXPECT_EQ(deferrals[0]->retryUs, s(600).micros());  // due at 300 s and a little: the scan at 600 s
    EXPECT_EQ(attemptsAtMx1(o.records)[1]->time.micros() / 1000000, 600);
}

TEST(Delivery, LettersPutOffAtDifferentMomentsRetryTogetherAtTheSameScan)
{
    ScenarioSpec spec = townWhoseOnlyMxRefuses();
    spec.letters = {letter(s(0), {"bob@example.org"}), letter(s(100), {"bob@example.org"}),
                    letter(s(250), {"bob@example.org"})};
    const Outcome o = testing::runRecorded(spec, s(700));
    std::vector<std::int64_t> retries;
    for (const auto* d : ofType(o.records, EventType::DeliveryDeferred)) retries.push_back(d->retryUs / 1000000);
    ASSERT_EQ(retries.size(), 6u);  // three first attempts, then all three again at the scan at 600 s
    for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(retries[i], 600) << i;
    std::vector<std::int64_t> tries;
    for (const auto* a : attemptsAtMx1(o.records)) tries.push_back(a->time.micros() / 1000000);
    EXPECT_EQ(tries, (std::vector<std::int64_t>{0, 100, 250, 600, 600, 600}));
}

TEST(Delivery, QueueScansAreNoEventsSoARunEndsWithItsLastLetter)
{
    // The servers scan every 300 s, but a scan is a time on their clock, not an event: with
    // nothing deferred the run ends when the letter is stored, and after the station reopens
    // it ends with the retried letter, not at some later scan.
    ScenarioSpec spec = twoMxTown();
    spec.stations[9].check.protocol = CheckSpec::Protocol::None;  // bob does not poll
    spec.letters = {letter(s(0), {"bob@example.org"})};
    const Outcome quiet = testing::runRecorded(spec);
    EXPECT_EQ(quiet.summary.delivered, 1u);
    EXPECT_LT(quiet.summary.simTimeUs, s(1).micros());
    ScenarioSpec closed = townWhoseOnlyMxRefuses();
    closed.stations[9].check.protocol = CheckSpec::Protocol::None;
    closed.incidents = {stationDown("mx1.example.org", s(0), s(60))};
    closed.letters = {letter(s(0), {"bob@example.org"})};
    const Outcome o = testing::runRecorded(closed);
    EXPECT_EQ(o.summary.delivered, 1u);
    EXPECT_EQ(o.summary.inFlight, 0u);
    EXPECT_EQ(o.records.back().time.micros() / 1000000, 600);  // the retry at the scan at 600 s
    EXPECT_EQ(o.summary.simTimeUs, o.records.back().time.micros());
}

TEST(Delivery, ADelayWarningTellsTheWriterOnceThatThePostOfficeIsStillTrying)
{
    ScenarioSpec spec = twoMxTown();
    spec.dns = {mxRecord("example.org", 10, "mx1.example.org"), aRecord("mx1.example.org", "203.0.113.25"),
                mxRecord("sender.test", 10, "mx.sender.test"), aRecord("mx.sender.test", "198.51.100.25")};
    spec.stations[1].retry.delayWarning = s(4 * 3600);
    spec.incidents = {stationDown("mx1.example.org", s(0), s(10 * 3600))};
    spec.letters = {letter(s(0), {"bob@example.org"})};
    const Outcome o = testing::runRecorded(spec);
    const auto notices = ofType(o.records, EventType::BounceCreated);
    ASSERT_EQ(notices.size(), 1u);
    EXPECT_EQ(notices[0]->noticeAction, NoticeAction::Delayed);
    EXPECT_GE(notices[0]->time.seconds(), 4 * 3600.0);
    EXPECT_LT(notices[0]->time.seconds(), 4 * 3600.0 + 4001);
    EXPECT_EQ(o.summary.delivered, 2u);  // the letter after the closure, and the warning to alice
    EXPECT_EQ(o.summary.expired + o.summary.bounced, 0u);
}

DnsRecordSpec servFail(std::string name)
{
    DnsRecordSpec r;
    r.name = std::move(name);
    r.type = DnsRecordSpec::Type::ServFail;
    return r;
}

// twoMxTown plus broken.test, whose servers answer SERVFAIL, with every trip and lookup
// instantaneous and no queue scans, so the times are the profile's own.
ScenarioSpec townWithABrokenDomain()
{
    ScenarioSpec spec = twoMxTown();
    spec.dns.push_back(servFail("broken.test"));
    for (auto& r : spec.roads) r.latency = SimTime::zero();
    spec.stations[2].lookup = Distribution::constant(SimTime::zero());
    spec.stations[1].retry.queueScan = SimTime::zero();
    return spec;
}

TEST(Delivery, ALetterToADomainWhoseServersFailIsDeferredWith443AndRetriedAfter300Seconds)
{
    ScenarioSpec spec = townWithABrokenDomain();
    spec.letters = {letter(s(0), {"bob@broken.test"})};
    const Outcome o = testing::runRecorded(spec, s(400));
    // The directory's answer says SERVFAIL, not NXDOMAIN (RFC 2308 §7.1: no cache hit yet).
    const auto answers = select(o.records, [](const TraceRecord& r) {
        return r.type == EventType::DnsAnswer && r.name == "broken.test";
    });
    ASSERT_EQ(answers.size(), 2u);  // the attempts at 0 s and at 300 s
    EXPECT_EQ(answers[0]->rcode, DnsRcode::ServFail);
    EXPECT_FALSE(answers[0]->cached);
    EXPECT_TRUE(answers[0]->records.empty());
    EXPECT_EQ(answers[1]->rcode, DnsRcode::ServFail);
    EXPECT_FALSE(answers[1]->cached);  // kept only 1 s, so the retry asks again
    // A temporary DNS failure queues the letter (RFC 5321 §5.1; Postfix DNS_RETRY, 4.4.3).
    const auto deferrals = ofType(o.records, EventType::DeliveryDeferred);
    ASSERT_EQ(deferrals.size(), 2u);
    EXPECT_EQ(deferrals[0]->time, s(0));
    EXPECT_EQ(deferrals[0]->enhanced, "4.4.3");
    EXPECT_EQ(deferrals[0]->reason, "451 4.4.3 Host or domain name lookup failed for broken.test: temporary failure");
    EXPECT_EQ(deferrals[0]->retryUs, s(300).micros());  // Postfix minimal_backoff_time
    EXPECT_EQ(deferrals[1]->time, s(300));
    EXPECT_EQ(deferrals[1]->retryUs, s(600).micros());
    EXPECT_TRUE(ofType(o.records, EventType::SmtpConnect).size() == 1u);  // only alice's submission
    EXPECT_TRUE(ofType(o.records, EventType::BounceCreated).empty());
    EXPECT_EQ(o.summary.inFlight, 1u);
}

TEST(Delivery, ADomainWhoseServersStayBrokenExpiresAfterFiveDaysAndTheNoticeGetsHome)
{
    ScenarioSpec spec = townWithABrokenDomain();
    spec.letters = {letter(s(0), {"bob@broken.test"})};
    const Outcome o = testing::runRecorded(spec);
    const auto asked = select(o.records, [](const TraceRecord& r) {
        return r.type == EventType::DnsQuery && r.name == "broken.test";
    });
    // Postfix: 0, 300, 600, 1200, 2400, 4800, 8800, then every 4000 s; the first attempt at
    // or after 5 days (maximal_queue_lifetime) fails and returns the letter: 113 attempts.
    ASSERT_EQ(asked.size(), 113u);
    const double expected[] = {0, 300, 600, 1200, 2400, 4800, 8800, 12800};
    for (int i = 0; i < 8; ++i) EXPECT_EQ(asked[std::size_t(i)]->time.seconds(), expected[i]) << i;
    EXPECT_EQ(asked.back()->time.seconds(), 432800.0);
    const auto finals = select(o.records, [](const TraceRecord& r) {
        return r.type == EventType::MessageFinal && r.message == "m1";
    });
    ASSERT_EQ(finals.size(), 1u);
    EXPECT_EQ(finals[0]->outcome, postie::Outcome::Expired);
    EXPECT_EQ(finals[0]->time.seconds(), 432800.0);
    EXPECT_EQ(finals[0]->status, "4.4.3");  // the last temporary status, Action: failed
    const auto bounces = ofType(o.records, EventType::BounceCreated);
    ASSERT_EQ(bounces.size(), 1u);
    EXPECT_EQ(bounces[0]->status, "4.4.3");
    EXPECT_EQ(bounces[0]->recipient, "alice@sender.test");
    const auto stored = select(o.records, [&](const TraceRecord& r) {
        return r.type == EventType::MailboxStored && r.message == bounces[0]->message;
    });
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0]->mailbox, "alice@sender.test");
    EXPECT_EQ(o.summary.expired, 1u);
    EXPECT_EQ(o.summary.delivered, 1u);  // the notice
}

TEST(Delivery, TheResolverKeepsAServFailForOneSecondOnly)
{
    ScenarioSpec spec = townWithABrokenDomain();
    spec.letters = {letter(s(0), {"a@broken.test"}), letter(SimTime::fromMillis(500), {"b@broken.test"}),
                    letter(s(2), {"c@broken.test"})};
    const Outcome o = testing::runRecorded(spec, s(10));
    std::vector<bool> cached;
    for (const auto* a : ofType(o.records, EventType::DnsAnswer))
        if (a->name == "broken.test") cached.push_back(a->cached);
    // RFC 2308 §7.1 allows at most 5 minutes; BIND's servfail-ttl default is 1 s.
    EXPECT_EQ(cached, (std::vector<bool>{false, true, false}));
}

} // namespace
} // namespace postie
