// Capacity as real servers have it: recipients per delivery and lanes per destination on the
// sending side (Postfix qmgr defaults 50 and 20), and on the receiving side a connection
// limit (421 4.7.0), a rate limit (450 4.7.1) and a bounded depot (452 4.3.1). Each limit
// shows up as a queue or as a deferral with its code, and the letters still arrive.
#include "mail/world.h"
#include "scenario/scenario_run.h"
#include "support/recorded_run.h"
#include "support/spec_builder.h"
#include "support/trace_query.h"
#include "trace/trace_sink.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

namespace postie {
namespace {

using namespace postie::testing;

using Outcome = testing::RecordedRun;

const auto s = [](std::int64_t n) { return SimTime::fromSeconds(n); };

std::vector<std::string> pupils(int n)
{
    std::vector<std::string> out;
    for (int i = 1; i <= n; ++i) out.push_back("pupil" + std::to_string(i) + "@example.org");
    return out;
}

// The town of DESIGN.md with `n` readers at example.org and only mx1 as its MX.
ScenarioSpec schoolTown(int n)
{
    ScenarioSpec spec = twoMxTown();
    std::erase_if(spec.dns, [](const DnsRecordSpec& r) { return r.host == "mx2.example.org"; });
    for (auto& st : spec.stations)
        if (st.id == "box.example.org") st.users = pupils(n);
    return spec;
}

StationSpec& stationOf(ScenarioSpec& spec, const std::string& id)
{
    return *std::find_if(spec.stations.begin(), spec.stations.end(), [&](const StationSpec& st) { return st.id == id; });
}

// The RCPT TO count of each session `station` opened, in the order the sessions opened.
std::vector<int> recipientsPerSession(const Records& records, const std::string& station)
{
    std::map<std::int64_t, int> bySession;
    for (const auto& r : records) {
        if (r.type != EventType::SmtpCommand || r.station != station) continue;
        if (r.command.rfind("MAIL FROM", 0) == 0) bySession[r.session] += 0;
        if (r.command.rfind("RCPT TO", 0) == 0) ++bySession[r.session];
    }
    std::vector<int> out;
    for (const auto& [session, n] : bySession) out.push_back(n);
    return out;
}

// The most SMTP sessions `server` held open with `client` at one moment, from its greeting
// (220) to its goodbye (221).
int mostOpenAtOnce(const Records& records, const std::string& client, const std::string& server)
{
    int open = 0;
    int most = 0;
    for (const auto& r : records) {
        if (r.type != EventType::SmtpReply || r.station != server || r.peer != client) continue;
        if (r.code == 220) most = std::max(most, ++open);
        if (r.code == 221) --open;
    }
    return most;
}

std::size_t repliesWith(const Records& records, const std::string& station, int code, const std::string& enhanced)
{
    return select(records, [&](const TraceRecord& r) {
               return r.type == EventType::SmtpReply && r.station == station && r.code == code && r.enhanced == enhanced;
           }).size();
}

LetterSpec newsletter(int n)
{
    LetterSpec l = letter(s(0), {});
    l.bcc = pupils(n);
    return l;
}

TEST(Capacity, ALetterTo120RecipientsTravelsAsDeliveriesOfAtMost50)
{
    // Given Postfix's default_destination_recipient_limit of 50,
    // when one letter goes to 120 people at example.org,
    // then the post office opens three sessions with 50, 50 and 20 RCPT TO, and all arrive.
    ScenarioSpec spec = schoolTown(120);
    spec.letters = {newsletter(120)};
    const Outcome o = testing::runRecorded(spec);
    EXPECT_EQ(recipientsPerSession(o.records, "smtp.sender.test"), (std::vector<int>{50, 50, 20}));
    EXPECT_EQ(o.summary.delivered, 120u);
    // The sorting station hands each batch on to the PO boxes as it came (the small one is first in).
    EXPECT_EQ(recipientsPerSession(o.records, "mx1.example.org"), (std::vector<int>{20, 50, 50}));
}

TEST(Capacity, RecipientsPerDeliveryIsTheScenariosToChoose)
{
    ScenarioSpec spec = schoolTown(12);
    stationOf(spec, "smtp.sender.test").destinationRecipients = 5;
    spec.letters = {newsletter(12)};
    const Outcome o = testing::runRecorded(spec);
    EXPECT_EQ(recipientsPerSession(o.records, "smtp.sender.test"), (std::vector<int>{5, 5, 2}));
    EXPECT_EQ(o.summary.delivered, 12u);
}

TEST(Capacity, AtMost20DeliveriesToOneDestinationRunAtOnceAndTheRestWaitInTheDepot)
{
    // Given Postfix's default_destination_concurrency_limit of 20 and one recipient per delivery,
    // when 30 deliveries to example.org are ready at once,
    // then 20 sessions open, 10 deliveries wait for a lane (queue.enter) and all arrive.
    ScenarioSpec spec = schoolTown(30);
    stationOf(spec, "smtp.sender.test").destinationRecipients = 1;
    spec.letters = {newsletter(30)};
    const Outcome o = testing::runRecorded(spec);
    EXPECT_EQ(mostOpenAtOnce(o.records, "smtp.sender.test", "mx1.example.org"), 20);
    const auto laneWaits = select(o.records, [](const TraceRecord& r) {
        return r.type == EventType::QueueEnter && r.station == "smtp.sender.test" &&
               r.reason.find("waiting for a free lane to example.org") != std::string::npos;
    });
    EXPECT_EQ(laneWaits.size(), 10u);
    EXPECT_EQ(o.summary.delivered, 30u);
    // The waiting letters are the post office's queue: its longest line was those 10.
    EXPECT_EQ(o.summary.stations.at("smtp.sender.test").maxQueue, 10u);
}

TEST(Capacity, AConcurrencyOfOneSendsOneDeliveryAtATime)
{
    ScenarioSpec spec = schoolTown(4);
    stationOf(spec, "smtp.sender.test").destinationRecipients = 1;
    stationOf(spec, "smtp.sender.test").destinationConcurrency = 1;
    spec.letters = {newsletter(4)};
    const Outcome o = testing::runRecorded(spec);
    EXPECT_EQ(mostOpenAtOnce(o.records, "smtp.sender.test", "mx1.example.org"), 1);
    EXPECT_EQ(recipientsPerSession(o.records, "smtp.sender.test").size(), 4u);
    EXPECT_EQ(o.summary.delivered, 4u);
}

TEST(Capacity, AServerAtItsConnectionLimitAnswers421AndTheSenderRetriesLater)
{
    // Given a sorting station that allows 2 sessions at once and is the only MX,
    // when 5 deliveries arrive together,
    // then 3 greetings are 421 4.7.0 and those 3 are deferred to the queue scan at 600 s
    // (Postfix: due 300 s after the refusal, just after the scan at 300 s); at 600 s the 3 come
    // back together, 2 get in and 1 is refused again; in the end all 5 arrive.
    ScenarioSpec spec = schoolTown(5);
    stationOf(spec, "smtp.sender.test").destinationRecipients = 1;
    stationOf(spec, "mx1.example.org").maxConnections = 2;
    spec.letters = {newsletter(5)};
    const Outcome o = testing::runRecorded(spec);
    const auto refused = select(o.records, [](const TraceRecord& r) {
        return r.type == EventType::SmtpReply && r.station == "mx1.example.org" && r.code == 421;
    });
    ASSERT_EQ(refused.size(), 4u);
    for (const auto* r : refused) EXPECT_EQ(r->enhanced, "4.7.0");
    EXPECT_EQ(std::count_if(refused.begin(), refused.end(), [](const auto* r) { return r->time < s(60); }), 3);
    const auto deferred = ofType(o.records, EventType::DeliveryDeferred);
    ASSERT_EQ(deferred.size(), 4u);
    for (int i = 0; i < 3; ++i) {
        EXPECT_NE(deferred[std::size_t(i)]->reason.find("421 4.7.0"), std::string::npos) << deferred[std::size_t(i)]->reason;
        EXPECT_EQ(deferred[std::size_t(i)]->retryUs, s(600).micros());
    }
    EXPECT_EQ(mostOpenAtOnce(o.records, "smtp.sender.test", "mx1.example.org"), 2);
    // A 421 closes the line: the refused sessions send no QUIT.
    std::map<std::int64_t, bool> quitIn;
    for (const auto& r : o.records)
        if (r.type == EventType::SmtpCommand && r.command == "QUIT") quitIn[r.session] = true;
    for (const auto* r : refused) EXPECT_FALSE(quitIn.count(r->session));
    EXPECT_EQ(o.summary.delivered, 5u);
    EXPECT_EQ(o.summary.deferred, 4u);
}

TEST(Capacity, A421AtThePrimaryMxSendsTheLetterToTheBackupInTheSameAttempt)
{
    // RFC 5321 §5.1: a temporary failure at one MX moves on to the next one at once.
    ScenarioSpec spec = twoMxTown();
    for (auto& st : spec.stations)
        if (st.id == "box.example.org") st.users = pupils(3);
    stationOf(spec, "smtp.sender.test").destinationRecipients = 1;
    stationOf(spec, "mx1.example.org").maxConnections = 1;
    spec.letters = {newsletter(3)};
    const Outcome o = testing::runRecorded(spec);
    EXPECT_EQ(repliesWith(o.records, "mx1.example.org", 421, "4.7.0"), 2u);
    EXPECT_EQ(recipientsPerSession(o.records, "mx2.example.org").size(), 2u);
    EXPECT_TRUE(ofType(o.records, EventType::DeliveryDeferred).empty());
    EXPECT_EQ(o.summary.delivered, 3u);
}

TEST(Capacity, ARateLimitAnswers450AtMailFromOnceAMinutesWorthIsUsed)
{
    // Given a sorting station that takes 2 letters a minute from one host (a bucket of 2),
    // when 5 deliveries come at once,
    // then 2 are taken, 3 get 450 4.7.1 at MAIL FROM and are deferred, and all arrive later.
    ScenarioSpec spec = schoolTown(5);
    stationOf(spec, "smtp.sender.test").destinationRecipients = 1;
    stationOf(spec, "mx1.example.org").rateLimitPerSecond = 2.0 / 60;
    spec.letters = {newsletter(5)};
    const Outcome o = testing::runRecorded(spec);
    const auto firstRound = select(o.records, [](const TraceRecord& r) {
        return r.type == EventType::SmtpReply && r.station == "mx1.example.org" && r.code == 450 && r.time < s(60);
    });
    EXPECT_EQ(firstRound.size(), 3u);
    for (const auto* r : firstRound) EXPECT_EQ(r->enhanced, "4.7.1");
    const auto deferred = ofType(o.records, EventType::DeliveryDeferred);
    ASSERT_GE(deferred.size(), 3u);
    EXPECT_NE(deferred.front()->reason.find("450 4.7.1"), std::string::npos) << deferred.front()->reason;
    EXPECT_EQ(o.summary.delivered, 5u);
}

TEST(Capacity, AFullDepotAnswers452AtMailFromUntilThereIsRoom)
{
    // Given a sorting station with one slow clerk (10 s a letter) and room for 1 waiting letter,
    // when 4 deliveries arrive together,
    // then one is served, one waits, and the other two get 452 4.3.1 after their data (the
    // depot filled while they travelled) and are deferred.
    ScenarioSpec spec = schoolTown(4);
    stationOf(spec, "smtp.sender.test").destinationRecipients = 1;
    StationSpec& mx = stationOf(spec, "mx1.example.org");
    mx.queueLimit = 1;
    mx.service = Distribution::constant(s(10));
    spec.letters = {newsletter(4)};
    const Outcome o = testing::runRecorded(spec);
    EXPECT_EQ(repliesWith(o.records, "mx1.example.org", 452, "4.3.1"), 2u);
    const auto deferred = ofType(o.records, EventType::DeliveryDeferred);
    ASSERT_EQ(deferred.size(), 2u);
    EXPECT_NE(deferred.front()->reason.find("452 4.3.1"), std::string::npos) << deferred.front()->reason;
    EXPECT_EQ(o.summary.stations.at("mx1.example.org").maxQueue, 1u);
    EXPECT_EQ(o.summary.delivered, 4u);
}

TEST(Capacity, WithoutLimitsNothingIsRefused)
{
    ScenarioSpec spec = schoolTown(5);
    stationOf(spec, "smtp.sender.test").destinationRecipients = 1;
    spec.letters = {newsletter(5)};
    const Outcome o = testing::runRecorded(spec);
    for (int code : {421, 450, 452}) EXPECT_TRUE(select(o.records, [code](const TraceRecord& r) {
                                          return r.type == EventType::SmtpReply && r.code == code;
                                      }).empty());
    EXPECT_EQ(o.summary.deferred, 0u);
}

} // namespace
} // namespace postie
