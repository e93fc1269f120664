// Journeys through the town, checked against the standards: the SMTP dialogue (RFC 5321,
// RFC 6409 submission, LMTP), bounces (RFC 3464) and trace headers (RFC 5322 §3.6.7). Given a
// town, when letters are sent, then the trace shows exactly this. MX rules: delivery_mx_test;
// retries and expiry: delivery_retry_test.
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
    EXPECT_NE(h[3].find("by smtp.sender.test with ESMTPA id"), std::string::npos) << h[3];
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

} // namespace
} // namespace postie
