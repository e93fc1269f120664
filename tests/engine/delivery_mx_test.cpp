// Journeys through the town by MX (RFC 5321 §5.1): backup MX hosts, connect timeouts, names that
// do not exist, null and implicit MX, a sender that is itself an MX, and the resolver's cache.
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

TEST(Delivery, WhenThePrimaryMxIsDownTheBackupTakesOverInTheSameAttempt)
{
    ScenarioSpec spec = twoMxTown();
    spec.incidents = {stationDown("mx1.example.org", s(0))};
    spec.letters = {letter(s(1), {"bob@example.org"})};
    const Outcome o = testing::runRecorded(spec);
    EXPECT_EQ(o.summary.delivered, 1u);
    EXPECT_EQ(o.summary.deferred, 0u);
    const auto failed = ofType(o.records, EventType::ConnectFailed);
    ASSERT_EQ(failed.size(), 1u);
    EXPECT_EQ(failed[0]->peer, "mx1.example.org");
    EXPECT_EQ(failed[0]->reason, "connection refused");
    EXPECT_FALSE(commandsSentBy(o.records, "mx2.example.org").empty());
}

TEST(Delivery, ABlockedRoadCostsTheConnectTimeoutBeforeTheNextMx)
{
    ScenarioSpec spec = twoMxTown();
    IncidentSpec cut;  // mx1 is cut off from every road
    cut.at = s(0);
    cut.road = {"backbone", "mx1.example.org"};
    IncidentSpec cutBack = cut;
    cutBack.road = {"mx1.example.org", "box.example.org"};
    spec.incidents = {cut, cutBack};
    spec.letters = {letter(s(1), {"bob@example.org"})};
    const Outcome o = testing::runRecorded(spec);
    const auto failed = ofType(o.records, EventType::ConnectFailed);
    ASSERT_EQ(failed.size(), 1u);
    EXPECT_EQ(failed[0]->reason, "connection timed out");
    const auto connects = select(o.records, [](const TraceRecord& r) {
        return r.type == EventType::SmtpConnect && r.station == "smtp.sender.test";
    });
    ASSERT_EQ(connects.size(), 2u);
    EXPECT_EQ(failed[0]->time - connects[0]->time, s(30));  // Postfix smtp_connect_timeout
    EXPECT_EQ(connects[1]->peer, "mx2.example.org");
    EXPECT_EQ(o.summary.delivered, 1u);
}

TEST(Delivery, ADomainThatDoesNotExistBouncesAtOnceWithoutConnecting)
{
    ScenarioSpec spec = twoMxTown();
    spec.letters = {letter(s(0), {"bob@exmaple.org"})};
    const Outcome o = testing::runRecorded(spec);
    EXPECT_TRUE(commandsSentBy(o.records, "smtp.sender.test").empty() ||
                commandsSentBy(o.records, "smtp.sender.test").front() == "EHLO smtp.sender.test");
    const auto bounces = ofType(o.records, EventType::BounceCreated);
    ASSERT_EQ(bounces.size(), 1u);
    EXPECT_EQ(bounces[0]->status, "5.4.4");
    const auto answers = ofType(o.records, EventType::DnsAnswer);
    ASSERT_FALSE(answers.empty());
    EXPECT_EQ(answers[0]->rcode, DnsRcode::NxDomain);
}

TEST(Delivery, ANullMxBouncesWithoutAnyConnection)
{
    ScenarioSpec spec = twoMxTown();
    spec.dns.push_back(mxRecord("nomail.test", 0, ""));
    spec.letters = {letter(s(0), {"x@nomail.test"})};
    const Outcome o = testing::runRecorded(spec);
    for (const auto* c : ofType(o.records, EventType::SmtpConnect))
        if (c->message == "m1") {
            EXPECT_NE(c->station, "smtp.sender.test") << "connected to " << c->peer;
        }
    const auto bounces = ofType(o.records, EventType::BounceCreated);
    ASSERT_EQ(bounces.size(), 1u);
    EXPECT_EQ(bounces[0]->status, "5.1.10");  // RFC 7505
}

TEST(Delivery, ADomainWithOnlyAnARecordIsItsOwnImplicitMx)
{
    ScenarioSpec spec = twoMxTown();
    spec.dns = {aRecord("mx1.example.org", "203.0.113.25")};
    auto& mx1 = spec.stations[6];
    mx1.accepts = {"mx1.example.org"};
    auto& box = spec.stations[8];
    box.users = {"bob@mx1.example.org"};
    spec.letters = {letter(s(0), {"bob@mx1.example.org"})};
    const Outcome o = testing::runRecorded(spec);
    EXPECT_EQ(o.summary.delivered, 1u);
    const auto queries = ofType(o.records, EventType::DnsQuery);
    ASSERT_GE(queries.size(), 2u);
    EXPECT_EQ(queries[0]->qtype, DnsType::MX);
    EXPECT_EQ(queries[1]->qtype, DnsType::A);
    EXPECT_EQ(queries[1]->name, "mx1.example.org");
}

TEST(Delivery, TheResolverAnswersTheSecondLetterFromItsCache)
{
    ScenarioSpec spec = twoMxTown();
    spec.letters = {letter(s(0), {"bob@example.org"}), letter(s(60), {"bob@example.org"})};
    const Outcome o = testing::runRecorded(spec);
    const auto answers = ofType(o.records, EventType::DnsAnswer);
    ASSERT_EQ(answers.size(), 4u);
    EXPECT_FALSE(answers[0]->cached);
    EXPECT_FALSE(answers[1]->cached);
    EXPECT_TRUE(answers[2]->cached);
    EXPECT_TRUE(answers[3]->cached);
    EXPECT_EQ(o.summary.delivered, 2u);
}

TEST(Delivery, ASenderThatIsItselfAnMxDropsItselfAndEveryWorseMx)
{
    ScenarioSpec spec = twoMxTown();
    // mx1 (5) is better than the post office itself (10); mx2 (20) is worse and dropped.
    spec.dns = {mxRecord("example.org", 5, "mx1.example.org"), mxRecord("example.org", 10, "smtp.sender.test"),
                mxRecord("example.org", 20, "mx2.example.org"), aRecord("mx1.example.org", "203.0.113.25"),
                aRecord("mx2.example.org", "203.0.113.26")};
    spec.incidents = {stationDown("mx1.example.org", s(0))};
    spec.letters = {letter(s(0), {"bob@example.org"})};
    const Outcome o = testing::runRecorded(spec, s(100));
    for (const auto* c : ofType(o.records, EventType::SmtpConnect))
        EXPECT_NE(c->peer, "mx2.example.org") << "mx2 is worse than the sender itself (RFC 5321 §5.1)";
    EXPECT_EQ(o.summary.deferred, 1u);
}

TEST(Delivery, ASenderThatIsTheBestMxBouncesWithMailLoopsBackToMyself)
{
    ScenarioSpec spec = twoMxTown();
    spec.dns.push_back(mxRecord("loop.test", 10, "smtp.sender.test"));
    spec.letters = {letter(s(0), {"x@loop.test"})};
    const Outcome o = testing::runRecorded(spec);
    const auto bounces = ofType(o.records, EventType::BounceCreated);
    ASSERT_EQ(bounces.size(), 1u);
    EXPECT_EQ(bounces[0]->status, "5.4.6");
}

TEST(Delivery, EqualPreferenceMxHostsShareTheLoadInSeededRandomOrder)
{
    ScenarioSpec spec = twoMxTown();
    spec.dns[1].preference = 10;  // mx2 now equal to mx1
    spec.generators = {poisson(1.0, s(0), s(400))};
    spec.generators[0].to = {"bob@example.org"};
    const Outcome o = testing::runRecorded(spec);
    int viaMx1 = 0, viaMx2 = 0;
    for (const auto* c : ofType(o.records, EventType::SmtpConnect)) {
        if (c->station != "smtp.sender.test") continue;
        viaMx1 += c->peer == "mx1.example.org";
        viaMx2 += c->peer == "mx2.example.org";
    }
    ASSERT_GT(viaMx1 + viaMx2, 300);
    EXPECT_NEAR(double(viaMx1) / (viaMx1 + viaMx2), 0.5, 0.08);
    const Outcome again = testing::runRecorded(spec);
    EXPECT_EQ(ofType(again.records, EventType::SmtpConnect).size(), ofType(o.records, EventType::SmtpConnect).size());
}

TEST(Delivery, TheResolverRemembersThatADomainDoesNotExist)
{
    ScenarioSpec spec = twoMxTown();
    spec.letters = {letter(s(0), {"a@nowhere.test"}), letter(s(60), {"b@nowhere.test"}),
                    letter(s(3700), {"c@nowhere.test"})};
    const Outcome o = testing::runRecorded(spec);
    std::vector<bool> cached;
    for (const auto* a : ofType(o.records, EventType::DnsAnswer))
        if (a->name == "nowhere.test") cached.push_back(a->cached);
    // RFC 2308 §5: NXDOMAIN is cached (for an hour here), then asked again.
    EXPECT_EQ(cached, (std::vector<bool>{false, true, false}));
}

TEST(Delivery, AClosedResolverMakesTheLetterWaitNotBounce)
{
    ScenarioSpec spec = twoMxTown();
    spec.incidents = {stationDown("dns.sender.test", s(0), s(600))};
    spec.letters = {letter(s(0), {"bob@example.org"})};
    const Outcome o = testing::runRecorded(spec);
    const auto deferrals = ofType(o.records, EventType::DeliveryDeferred);
    ASSERT_FALSE(deferrals.empty());
    EXPECT_EQ(deferrals[0]->enhanced, "4.4.3");  // temporary DNS failure (Postfix)
    EXPECT_EQ(o.summary.delivered, 1u);
    EXPECT_EQ(o.summary.bounced, 0u);
}

} // namespace
} // namespace postie
