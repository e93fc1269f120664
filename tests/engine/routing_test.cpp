// Letters and words take real roads: only routers pass traffic on, and the trace names the
// stations each trip passes (`path`), so a viewer draws the way the engine took.
#include "scenario/scenario_run.h"
#include "support/recorded_run.h"
#include "support/spec_builder.h"
#include "support/trace_query.h"
#include "trace/trace_sink.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace postie {
namespace {

using namespace postie::testing;

const auto s = [](std::int64_t n) { return SimTime::fromSeconds(n); };

const TraceRecord* first(const Records& records, EventType type, const std::string& station,
                         const std::string& peer = {})
{
    const auto found = select(records, [&](const TraceRecord& r) {
        return r.type == type && r.station == station && (peer.empty() || r.peer == peer);
    });
    return found.empty() ? nullptr : found.front();
}

// The best MX, mx1, has no road of its own to the internet: only the PO boxes' road, behind
// mx2. A mailbox store forwards no one's traffic, so nothing reaches mx1.
ScenarioSpec bestMxBehindAnotherServer()
{
    ScenarioSpec spec = twoMxTown();
    spec.roads.erase(std::remove_if(spec.roads.begin(), spec.roads.end(),
                                    [](const RoadSpec& r) { return r.a == "backbone" && r.b == "mx1.example.org"; }),
                     spec.roads.end());
    spec.letters = {letter(s(1), {"bob@example.org"})};
    return spec;
}

TEST(Routing, ABestMxReachableOnlyThroughAnotherServerTimesOutAndTheNextMxTakesTheLetter)
{
    const RecordedRun o = runRecorded(bestMxBehindAnotherServer());
    const auto connects = select(o.records, [](const TraceRecord& r) {
        return r.type == EventType::SmtpConnect && r.station == "smtp.sender.test";
    });
    ASSERT_EQ(connects.size(), 2u);
    EXPECT_EQ(connects[0]->peer, "mx1.example.org");
    EXPECT_EQ(connects[0]->arriveUs, -1);  // no road leads there
    EXPECT_TRUE(connects[0]->path.empty());
    const auto failed = ofType(o.records, EventType::ConnectFailed);
    ASSERT_EQ(failed.size(), 1u);
    EXPECT_EQ(failed[0]->reason, "connection timed out");
    EXPECT_EQ(failed[0]->time - connects[0]->time, s(30));  // Postfix smtp_connect_timeout
    EXPECT_EQ(connects[1]->peer, "mx2.example.org");
    EXPECT_GE(connects[1]->time, failed[0]->time);  // the next MX, in the same attempt
    EXPECT_LT(connects[1]->time - failed[0]->time, s(1));
    EXPECT_TRUE(commandsSentBy(o.records, "mx1.example.org").empty());
    EXPECT_EQ(o.summary.delivered, 1u);
    EXPECT_EQ(o.summary.deferred, 0u);
}

TEST(Routing, EveryWordAndTruckRecordsThePathItTakesInTheDirectionOfTravel)
{
    ScenarioSpec spec = twoMxTown();
    spec.letters = {letter(s(0), {"bob@example.org"})};
    const RecordedRun o = runRecorded(spec);
    const std::string out = "smtp.sender.test", mx1 = "mx1.example.org";

    const TraceRecord* connect = first(o.records, EventType::SmtpConnect, out, mx1);
    ASSERT_TRUE(connect);
    EXPECT_EQ(connect->path, "smtp.sender.test,backbone,mx1.example.org");
    const TraceRecord* command = first(o.records, EventType::SmtpCommand, out, mx1);
    ASSERT_TRUE(command);
    EXPECT_EQ(command->path, "smtp.sender.test,backbone,mx1.example.org");
    const TraceRecord* reply = first(o.records, EventType::SmtpReply, mx1, out);
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->path, "mx1.example.org,backbone,smtp.sender.test");

    const TraceRecord* query = first(o.records, EventType::DnsQuery, out);
    ASSERT_TRUE(query);
    EXPECT_EQ(query->path, "smtp.sender.test,dns.sender.test");
    const TraceRecord* answer = first(o.records, EventType::DnsAnswer, "dns.sender.test");
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->path, "dns.sender.test,smtp.sender.test");

    // The letter's truck: each road.depart names its road and the whole trip it belongs to.
    const auto departs = select(o.records, [&](const TraceRecord& r) {
        return r.type == EventType::RoadDepart && (r.from == out || r.from == "backbone");
    });
    ASSERT_EQ(departs.size(), 2u);
    EXPECT_EQ(departs[0]->to, "backbone");
    EXPECT_EQ(departs[1]->to, mx1);
    for (const auto* d : departs) EXPECT_EQ(d->path, "smtp.sender.test,backbone,mx1.example.org");

    const TraceRecord* check = first(o.records, EventType::MailboxCheck, "bob");
    ASSERT_TRUE(check);
    EXPECT_EQ(check->path, "bob,box.example.org");
}

TEST(Routing, TheJsonTraceListsThePathAsAnArrayOfStations)
{
    TraceRecord r;
    r.type = EventType::SmtpCommand;
    r.station = "smtp.sender.test";
    r.peer = "mx1.example.org";
    r.path = "smtp.sender.test,backbone,mx1.example.org";
    const auto j = nlohmann::json::parse(toJsonLine(r));
    EXPECT_EQ(j.at("path"), nlohmann::json::array({"smtp.sender.test", "backbone", "mx1.example.org"}));
    r.path.clear();
    EXPECT_FALSE(nlohmann::json::parse(toJsonLine(r)).contains("path"));
}

} // namespace
} // namespace postie
