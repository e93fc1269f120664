// Each bundled lesson tells the story its comments promise. These tests read the lesson
// files a teacher opens, run them, and check the story in the trace.
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"
#include "support/trace_query.h"
#include "trace/trace_sink.h"

#include <gtest/gtest.h>

namespace postie {
namespace {

using namespace postie::testing;

struct Story {
    Records records;
    RunSummary summary;
};

Story play(const std::string& lesson)
{
    const auto loaded = loadScenarioFile(std::string(POSTIE_SOURCE_DIR) + "/scenarios/" + lesson);
    if (!loaded.ok()) {
        ADD_FAILURE() << lesson << ": " << (loaded.errors.empty() ? "" : loaded.errors.front().format());
        return {};
    }
    ScenarioRun run(*loaded.spec);
    MemoryRecorder recorder;
    run.world().addSink(&recorder);
    run.start();
    run.runToEnd();
    return {recorder.records(), run.world().summary()};
}

std::vector<const TraceRecord*> forMessage(const Records& r, EventType type, const std::string& message)
{
    return select(r, [&](const TraceRecord& x) { return x.type == type && x.message == message; });
}

TEST(Lessons, FirstEmailArrivesAndBobsPhonePicksItUpAtItsNextPoll)
{
    const Story s = play("01-first-email.yaml");
    EXPECT_EQ(s.summary.delivered, 1u);
    const auto fetched = ofType(s.records, EventType::MailboxFetched);
    ASSERT_EQ(fetched.size(), 1u);
    EXPECT_EQ(fetched[0]->station, "bob");
    EXPECT_NEAR(fetched[0]->time.seconds(), 600.06, 0.001);  // the POP3 poll at 10 minutes plus 30 ms
}

TEST(Lessons, BackupMxTakesCarolsLetterWhileTheMainStationIsClosed)
{
    const Story s = play("02-backup-mx.yaml");
    EXPECT_EQ(s.summary.delivered, 3u);
    EXPECT_EQ(s.summary.deferred, 0u);
    const auto refused = ofType(s.records, EventType::ConnectFailed);
    ASSERT_EQ(refused.size(), 1u);
    EXPECT_EQ(refused[0]->message, "m2");
    EXPECT_EQ(refused[0]->peer, "mx1.example.org");
    for (const auto& [message, mx] : {std::pair{"m1", "mx1.example.org"}, {"m2", "mx2.example.org"}, {"m3", "mx1.example.org"}}) {
        const auto stored = forMessage(s.records, EventType::MailboxStored, message);
        ASSERT_EQ(stored.size(), 1u) << message;
        EXPECT_NE(stored[0]->headers[1].find("from " + std::string(mx)), std::string::npos) << stored[0]->headers[1];
    }
}

TEST(Lessons, ClosedForFortyMinutesIsRetriedOnPostfixsScheduleThenDelivered)
{
    const Story s = play("03-server-down-retries.yaml");
    EXPECT_EQ(s.summary.delivered, 1u);
    const auto deferrals = deferralTimesSeconds(s.records, "smtp.sender.test");
    ASSERT_EQ(deferrals.size(), 4u);
    const double firstTries[] = {0, 300, 600, 1200};
    for (std::size_t i = 0; i < 4; ++i) EXPECT_NEAR(deferrals[i], firstTries[i], 5.0) << i;
    const auto stored = ofType(s.records, EventType::MailboxStored);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_NEAR(stored[0]->time.seconds(), 2400.0, 5.0);
}

TEST(Lessons, UnknownUserIsRefusedAtTheDoorAndComesBackToAlice)
{
    const Story s = play("04-unknown-user-bounce.yaml");
    bool refused = false;
    for (const auto* r : forMessage(s.records, EventType::SmtpReply, "m1"))
        refused |= r->code == 550 && r->enhanced == "5.1.1";
    EXPECT_TRUE(refused);
    for (const auto* c : forMessage(s.records, EventType::SmtpCommand, "m1"))
        if (c->station == "smtp.sender.test") {
            EXPECT_NE(c->command, "DATA");
        }
    const auto notices = ofType(s.records, EventType::BounceCreated);
    ASSERT_EQ(notices.size(), 1u);
    const std::string notice = notices[0]->message;
    const auto stored = forMessage(s.records, EventType::MailboxStored, notice);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0]->mailbox, "alice@sender.test");
    // RFC 3464: the per-message and per-recipient fields of the delivery-status part.
    EXPECT_EQ(stored[0]->report, (std::vector<std::string>{
                                     "Reporting-MTA: dns; smtp.sender.test", "Final-Recipient: rfc822; bobby@example.org",
                                     "Action: failed", "Status: 5.1.1",
                                     "Diagnostic-Code: smtp; 550 5.1.1 <bobby@example.org>: Recipient address rejected: "
                                     "User unknown in local recipient table"}));
    bool multipart = false;
    for (const auto& h : stored[0]->headers)
        multipart |= h == "Content-Type: multipart/report; report-type=delivery-status";
    EXPECT_TRUE(multipart);
    EXPECT_EQ(forMessage(s.records, EventType::MailboxFetched, notice).size(), 1u);  // IMAP IDLE: at once
    bool nullSender = false;
    for (const auto* c : forMessage(s.records, EventType::SmtpCommand, notice)) nullSender |= c->command == "MAIL FROM:<>";
    EXPECT_TRUE(nullSender);
}

TEST(Lessons, ATypoAndANullMxBothComeBackAtOnce)
{
    const Story s = play("05-no-such-domain.yaml");
    const auto notices = ofType(s.records, EventType::BounceCreated);
    ASSERT_EQ(notices.size(), 2u);
    EXPECT_EQ(notices[0]->original, "m1");
    EXPECT_EQ(notices[0]->status, "5.4.4");
    EXPECT_EQ(notices[1]->original, "m3");  // m2 is the first notice
    EXPECT_EQ(notices[1]->status, "5.1.10");
    for (const auto* c : ofType(s.records, EventType::SmtpConnect))
        if (c->message == "m1" || c->message == "m3") {
            EXPECT_EQ(c->station, "alice") << "only the submission connects";
        }
    EXPECT_EQ(s.summary.bounced, 2u);
    EXPECT_EQ(s.summary.delivered, 2u);  // the two notices
}

TEST(Lessons, APop3DesktopTakesALetterHomeBeforeTheImapPhoneHasSeenIt)
{
    const Story s = play("06-pop3-versus-imap.yaml");
    EXPECT_EQ(s.summary.delivered, 2u);
    std::vector<std::string> phone, desktop;
    for (const auto* f : ofType(s.records, EventType::MailboxFetched))
        (f->station == "bob-phone" ? phone : desktop).push_back(f->message);
    EXPECT_EQ(phone, (std::vector<std::string>{"m1"}));
    EXPECT_EQ(desktop, (std::vector<std::string>{"m1", "m2"}));
    for (const auto* c : ofType(s.records, EventType::MailboxCheck))
        EXPECT_EQ(c->text, c->station == "bob-phone" ? "IMAP" : "POP3");
}

TEST(Lessons, SeveralRecipientsShareOneDataAndOnlyTheWrongAddressComesBack)
{
    const Story s = play("07-several-recipients.yaml");
    int data = 0;
    for (const auto* c : forMessage(s.records, EventType::SmtpCommand, "m1"))
        data += c->station == "smtp.sender.test" && c->command == "DATA";
    EXPECT_EQ(data, 1);
    EXPECT_EQ(s.summary.delivered, 4u);  // bob, carol, dave and the notice
    EXPECT_EQ(s.summary.bounced, 1u);
    const auto finals = forMessage(s.records, EventType::MessageFinal, "m1");
    ASSERT_EQ(finals.size(), 4u);
    for (const auto* f : finals) EXPECT_EQ(f->outcome, f->recipient == "carl@example.org" ? "bounced" : "delivered");
    for (const auto* st : forMessage(s.records, EventType::MailboxStored, "m1"))
        for (const auto& h : st->headers)
            if (h.rfind("Received:", 0) != 0) {
                EXPECT_EQ(h.find("dave@"), std::string::npos) << h;
            }
}

TEST(Lessons, AWeekLongClosureExpiresAfterFiveDaysAndComesBack)
{
    const Story s = play("08-expired-after-five-days.yaml");
    EXPECT_EQ(s.summary.expired, 1u);
    const auto finals = forMessage(s.records, EventType::MessageFinal, "m1");
    ASSERT_EQ(finals.size(), 1u);
    EXPECT_EQ(finals[0]->outcome, "expired");
    EXPECT_GE(finals[0]->time.seconds(), 5 * 86400.0);
    EXPECT_LT(finals[0]->time.seconds(), 5 * 86400.0 + 4100);
    const auto notices = ofType(s.records, EventType::BounceCreated);
    ASSERT_EQ(notices.size(), 1u);
    EXPECT_EQ(notices[0]->status, "4.4.1");  // the last temporary reason, with Action: failed
}

} // namespace
} // namespace postie
