// Incoming servers that pass letters on (relay_to): each hop stamps its Received line
// (RFC 5321 §4.4, RFC 5322 §3.6.7), and a loop between two relays ends at the hop limit with
// 554 5.4.6 (RFC 5321 §6.3, Postfix hopcount_limit 50) and a notice back to the writer.
#include "scenario/scenario_run.h"
#include "support/recorded_run.h"
#include "support/spec_builder.h"
#include "support/trace_query.h"
#include "trace/trace_sink.h"

#include <gtest/gtest.h>

namespace postie {
namespace {

using namespace postie::testing;

using RunResult = testing::RecordedRun;

StationSpec& stationOf(ScenarioSpec& spec, const std::string& id)
{
    for (auto& s : spec.stations)
        if (s.id == id) return s;
    throw std::runtime_error("no station " + id);
}

// twoMxTown where example.org's only MX, mx1, passes every letter on to mx2. The relays ask
// a directory on the backbone: the sender's stands behind the sender's post office, which
// passes no one's traffic on.
ScenarioSpec relayChain()
{
    ScenarioSpec spec = twoMxTown();
    spec.stations.push_back(station("dns.example.org", StationKind::Resolver));
    spec.roads.push_back(road("backbone", "dns.example.org", SimTime::fromMillis(1)));
    spec.dns = {mxRecord("example.org", 10, "mx1.example.org"), aRecord("mx1.example.org", "203.0.113.25"),
                aRecord("mx2.example.org", "203.0.113.26"), mxRecord("sender.test", 10, "mx.sender.test"),
                aRecord("mx.sender.test", "198.51.100.25")};
    StationSpec& mx1 = stationOf(spec, "mx1.example.org");
    mx1.deliverTo.clear();
    mx1.relayTo = "mx2.example.org";
    return spec;
}

std::vector<std::string> receivedLines(const std::vector<std::string>& headers)
{
    std::vector<std::string> out;
    for (const auto& h : headers)
        if (h.rfind("Received: ", 0) == 0) out.push_back(h);
    return out;
}

TEST(MailServer, ARelayPassesTheLetterOnOverPort25AndEveryHopAddsOneReceivedLine)
{
    ScenarioSpec spec = relayChain();
    spec.letters = {letter(SimTime::zero(), {"bob@example.org"})};
    const RunResult o = testing::runRecorded(spec);
    EXPECT_EQ(o.summary.delivered, 1u);
    EXPECT_EQ(o.summary.bounced, 0u);
    // The relay looks up only its smarthost's address, never an MX (Postfix relayhost = [host]).
    const auto asked = select(o.records, [](const TraceRecord& r) {
        return r.type == EventType::DnsQuery && r.station == "mx1.example.org";
    });
    ASSERT_EQ(asked.size(), 1u);
    EXPECT_EQ(asked[0]->name, "mx2.example.org");
    EXPECT_EQ(asked[0]->qtype, DnsType::A);
    const auto connects = select(o.records, [](const TraceRecord& r) {
        return r.type == EventType::SmtpConnect && r.station == "mx1.example.org";
    });
    ASSERT_EQ(connects.size(), 1u);
    EXPECT_EQ(connects[0]->peer, "mx2.example.org");
    EXPECT_EQ(connects[0]->port, 25);
    EXPECT_EQ(commandsSentBy(o.records, "mx1.example.org"),
              (std::vector<std::string>{"EHLO mx1.example.org", "MAIL FROM:<alice@sender.test>",
                                        "RCPT TO:<bob@example.org>", "DATA", "QUIT"}));
    // Four hops, four Received lines, newest first: LMTP, relay, relay, submission.
    const auto stored = ofType(o.records, EventType::MailboxStored);
    ASSERT_EQ(stored.size(), 1u);
    const auto received = receivedLines(stored[0]->headers);
    ASSERT_EQ(received.size(), 4u);
    const std::pair<const char*, const char*> hops[] = {
        {"from mx2.example.org", "by box.example.org with LMTP"},
        {"from mx1.example.org", "by mx2.example.org with ESMTP "},
        {"from smtp.sender.test", "by mx1.example.org with ESMTP "},
        {"from alice", "by smtp.sender.test with ESMTPA"},
    };
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(received[i].rfind(std::string("Received: ") + hops[i].first, 0), 0u) << received[i];
        EXPECT_NE(received[i].find(hops[i].second), std::string::npos) << received[i];
    }
}

TEST(MailServer, TwoRelaysPointingAtEachOtherLoopUntilTheFiftiethReceivedLineAndTheLetterComesBack)
{
    ScenarioSpec spec = relayChain();
    StationSpec& mx2 = stationOf(spec, "mx2.example.org");
    mx2.deliverTo.clear();
    mx2.relayTo = "mx1.example.org";
    spec.letters = {letter(SimTime::zero(), {"bob@example.org"})};
    const RunResult o = testing::runRecorded(spec);

    // Submission stamps line 1 and mx1 line 2; then 48 relay hops succeed (lines 3 to 50) and
    // the 49th finds a letter with 50 Received lines and refuses it after DATA.
    const auto relayData = select(o.records, [](const TraceRecord& r) {
        return r.type == EventType::SmtpCommand && r.command == "DATA" && r.message == "m1" &&
               (r.station == "mx1.example.org" || r.station == "mx2.example.org");
    });
    EXPECT_EQ(relayData.size(), 49u);
    const auto refusals = select(o.records, [](const TraceRecord& r) {
        return r.type == EventType::SmtpReply && r.code == 554;
    });
    ASSERT_EQ(refusals.size(), 1u);
    EXPECT_EQ(refusals[0]->enhanced, "5.4.6");  // RFC 3463 X.4.6: routing loop detected
    EXPECT_EQ(refusals[0]->replyText, "Too many hops: 50 Received lines");
    EXPECT_EQ(refusals[0]->message, "m1");

    const auto finals = select(o.records, [](const TraceRecord& r) {
        return r.type == EventType::MessageFinal && r.message == "m1";
    });
    ASSERT_EQ(finals.size(), 1u);
    EXPECT_EQ(finals[0]->outcome, Outcome::Bounced);
    EXPECT_EQ(finals[0]->status, "5.4.6");
    EXPECT_EQ(finals[0]->station, refusals[0]->peer);  // the relay that was refused returns it

    // The notice travels home to alice's PO box (RFC 3464 shape).
    const auto bounces = ofType(o.records, EventType::BounceCreated);
    ASSERT_EQ(bounces.size(), 1u);
    EXPECT_EQ(bounces[0]->status, "5.4.6");
    const auto stored = select(o.records, [&](const TraceRecord& r) {
        return r.type == EventType::MailboxStored && r.message == bounces[0]->message;
    });
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0]->mailbox, "alice@sender.test");
    const auto& report = stored[0]->report;
    EXPECT_NE(std::find(report.begin(), report.end(), "Status: 5.4.6"), report.end());
    EXPECT_NE(std::find(report.begin(), report.end(), "Diagnostic-Code: smtp; 554 5.4.6 Too many hops: 50 Received lines"),
              report.end());
    EXPECT_EQ(o.summary.bounced, 1u);
    EXPECT_EQ(o.summary.delivered, 1u);  // the notice
    EXPECT_EQ(o.summary.inFlight, 0u);
}

} // namespace
} // namespace postie
