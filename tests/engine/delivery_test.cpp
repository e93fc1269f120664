// Journeys through the town, checked against the standards: the SMTP dialogue, MX rules
// (RFC 5321 §5.1), retries (Postfix defaults), bounces (RFC 3464) and trace headers
// (RFC 5322 §3.6.7). Given a town, when letters are sent, then the trace shows exactly this.
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

IncidentSpec stationDown(std::string id, SimTime at, std::optional<SimTime> duration = std::nullopt)
{
    IncidentSpec i;
    i.at = at;
    i.station = std::move(id);
    i.goDown = true;
    i.duration = duration;
    return i;
}

const auto s = [](std::int64_t n) { return SimTime::fromSeconds(n); };

TEST(Delivery, AFirstLetterTakesTheWholeSubmissionRelayAndLmtpDialogue)
{
    ScenarioSpec spec = twoMxTown();
    spec.letters = {letter(s(0), {"bob@example.org"})};
    const Outcome o = testing::runRecorded(spec);
    EXPECT_EQ(o.summary.delivered, 1u);
    EXPECT_EQ(o.summary.inFlight, 0u);
    // Submission (RFC 6409): AUTH before MAIL.
    EXPECT_EQ(commandsSentBy(o.records, "alice"),
              (std::vector<std::string>{"EHLO alice", "AUTH PLAIN ********", "MAIL FROM:<alice@sender.test>",
                                        "RCPT TO:<bob@example.org>", "DATA", "QUIT"}));
    EXPECT_EQ(replyCodesFrom(o.records, "smtp.sender.test"), (std::vector<int>{220, 250, 235, 250, 250, 354, 250, 221}));
    // Relay to the best MX on port 25, then LMTP to the store.
    EXPECT_EQ(commandsSentBy(o.records, "smtp.sender.test"),
              (std::vector<std::string>{"EHLO smtp.sender.test", "MAIL FROM:<alice@sender.test>",
                                        "RCPT TO:<bob@example.org>", "DATA", "QUIT"}));
    EXPECT_EQ(commandsSentBy(o.records, "mx1.example.org"),
              (std::vector<std::string>{"LHLO mx1.example.org", "MAIL FROM:<alice@sender.test>",
                                        "RCPT TO:<bob@example.org>", "DATA", "QUIT"}));
    EXPECT_TRUE(commandsSentBy(o.records, "mx2.example.org").empty());
    // Every command takes exactly one round trip: the reply arrives two one-way trips later.
    for (const auto* cmd : ofType(o.records, EventType::SmtpCommand)) {
        if (cmd->station != "alice") continue;
        EXPECT_EQ(cmd->arriveUs - cmd->time.micros(), 20000) << cmd->command;
    }
}

TEST(Delivery, TheStoredLetterCarriesReceivedLinesHopByHopAndOneReturnPath)
{
    ScenarioSpec spec = twoMxTown();
    LetterSpec l = letter(s(0), {"bob@example.org"});
    l.bcc = {"carol@example.org"};
    spec.letters = {l};
    const Outcome o = testing::runRecorded(spec);
    const auto stored = ofType(o.records, EventType::MailboxStored);
    ASSERT_EQ(stored.size(), 2u);  // bob and carol (Bcc is on the envelope)
    const auto& h = stored[0]->headers;
    ASSERT_GE(h.size(), 7u);
    EXPECT_EQ(h[0], "Return-Path: <alice@sender.test>");
    EXPECT_EQ(h[1].rfind("Received: from mx1.example.org", 0), 0u) << h[1];
    EXPECT_NE(h[1].find("by box.example.org with LMTP"), std::string::npos) << h[1];
    EXPECT_NE(h[2].find("by mx1.example.org with ESMTP id"), std::string::npos) << h[2];
    EXPECT_NE(h[3].find("by smtp.sender.test with ESMTPSA id"), std::string::npos) << h[3];
    EXPECT_NE(h[3].find("; Wed, 14 Jul 2010 09:00:00 +0000"), std::string::npos) << h[3];
    int returnPaths = 0;
    bool bccShown = false;
    for (const auto& line : h) {
        returnPaths += line.rfind("Return-Path:", 0) == 0;
        bccShown |= line.find("carol") != std::string::npos && line.rfind("Received:", 0) != 0;
    }
    EXPECT_EQ(returnPaths, 1);
    EXPECT_FALSE(bccShown) << "Bcc recipients must not appear in the letter's header";
    bool hasMessageId = false, hasDate = false;
    for (const auto& line : h) {
        hasMessageId |= line.rfind("Message-ID: <", 0) == 0;
        hasDate |= line.rfind("Date: Wed, 14 Jul 2010", 0) == 0;
    }
    EXPECT_TRUE(hasMessageId);
    EXPECT_TRUE(hasDate);
}

TEST(Delivery, AnUnknownUserIsRefusedAtRcptAndTheSenderGetsAReturnToSenderNotice)
{
    ScenarioSpec spec = twoMxTown();
    spec.letters = {letter(s(0), {"nobody@example.org"})};
    const Outcome o = testing::runRecorded(spec);
    const auto replies = ofType(o.records, EventType::SmtpReply);
    bool refused = false;
    for (const auto* r : replies) refused |= r->station == "mx1.example.org" && r->code == 550 && r->enhanced == "5.1.1";
    EXPECT_TRUE(refused);
    // No DATA after every RCPT was refused (RFC 5321 §3.3).
    for (const auto* c : ofType(o.records, EventType::SmtpCommand))
        if (c->message == "m1" && c->station == "smtp.sender.test") {
            EXPECT_NE(c->command, "DATA");
        }
    const auto bounces = ofType(o.records, EventType::BounceCreated);
    ASSERT_EQ(bounces.size(), 1u);
    EXPECT_EQ(bounces[0]->original, "m1");
    EXPECT_EQ(bounces[0]->status, "5.1.1");
    // The notice travels from <> home to alice's box, and nothing bounces twice.
    EXPECT_EQ(o.summary.created, 2u);
    EXPECT_EQ(o.summary.bounced, 1u);
    EXPECT_EQ(o.summary.delivered, 1u);
    bool nullSender = false;
    for (const auto& c : commandsSentBy(o.records, "smtp.sender.test")) nullSender |= c == "MAIL FROM:<>";
    EXPECT_TRUE(nullSender);
    const auto stored = ofType(o.records, EventType::MailboxStored);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0]->mailbox, "alice@sender.test");
}

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

TEST(Delivery, OneLetterToSeveralPeopleSendsDataOnceAndOnlyTheFailedOneBounces)
{
    ScenarioSpec spec = twoMxTown();
    spec.letters = {letter(s(0), {"bob@example.org", "nobody@example.org", "carol@example.org"})};
    const Outcome o = testing::runRecorded(spec);
    const auto cmds = commandsSentBy(o.records, "smtp.sender.test");
    EXPECT_EQ(std::count(cmds.begin(), cmds.end(), std::string("DATA")), 2);  // the letter, then the notice
    EXPECT_EQ(o.summary.created, 4u);  // three copies and one notice
    EXPECT_EQ(o.summary.delivered, 3u);  // bob, carol, and the notice to alice
    EXPECT_EQ(o.summary.bounced, 1u);
    const auto stored = ofType(o.records, EventType::MailboxStored);
    ASSERT_EQ(stored.size(), 3u);
}

TEST(Delivery, ImapIdlePushesAtOnceWhilePop3WaitsForItsNextPoll)
{
    ScenarioSpec spec = twoMxTown();
    spec.letters = {letter(s(0), {"nobody@example.org"})};  // a bounce comes home to alice (IMAP IDLE)
    LetterSpec toBob = letter(s(0), {"bob@example.org"});   // bob polls by POP3 every 10 minutes
    spec.letters.push_back(toBob);
    const Outcome o = testing::runRecorded(spec);
    const auto fetched = ofType(o.records, EventType::MailboxFetched);
    ASSERT_EQ(fetched.size(), 2u);
    for (const auto* f : fetched) {
        if (f->station == "alice") {
            EXPECT_LT(f->time.seconds(), 2.0);
        } else {
            EXPECT_GE(f->time.seconds(), 600.0);
        }
    }
}

TEST(Delivery, AWriterWhosePostOfficeIsClosedKeepsTheLetterInTheOutboxAndTriesAgain)
{
    ScenarioSpec spec = twoMxTown();
    spec.incidents = {stationDown("smtp.sender.test", s(0), s(90))};
    spec.letters = {letter(s(1), {"bob@example.org"})};
    const Outcome o = testing::runRecorded(spec);
    EXPECT_EQ(o.summary.delivered, 1u);
    const auto deferrals = deferralTimesSeconds(o.records, "alice");
    ASSERT_EQ(deferrals.size(), 2u);
}

TEST(Delivery, ASubmissionWithoutAuthIsRefusedWith530AndTheWriterSeesTheError)
{
    ScenarioSpec spec = twoMxTown();
    spec.stations[0].authenticates = false;
    spec.letters = {letter(s(0), {"bob@example.org"})};
    const Outcome o = testing::runRecorded(spec);
    // RFC 6409 §4.3 and RFC 4954: MAIL before AUTH gets 530 5.7.0; nothing is relayed.
    const auto replies = ofType(o.records, EventType::SmtpReply);
    bool refused = false;
    for (const auto* r : replies) refused |= r->station == "smtp.sender.test" && r->code == 530 && r->enhanced == "5.7.0";
    EXPECT_TRUE(refused);
    EXPECT_EQ(o.summary.bounced, 1u);
    EXPECT_TRUE(ofType(o.records, EventType::BounceCreated).empty());  // the writer's program shows the error
    EXPECT_TRUE(commandsSentBy(o.records, "smtp.sender.test").empty());
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
