// Each bundled lesson tells the story its comments promise. These tests read the lesson
// files a teacher opens, run them, and check the story in the trace.
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"
#include "support/trace_query.h"
#include "trace/trace_sink.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <map>

namespace postie {
namespace {

using namespace postie::testing;

struct Story {
    Records records;
    RunSummary summary;
    bool quiet = false;  // nothing left to happen at the end
};

Story playLoaded(const LoadResult& loaded, const std::string& name)
{
    if (!loaded.ok()) {
        ADD_FAILURE() << name << ": " << (loaded.errors.empty() ? "" : loaded.errors.front().format());
        return {};
    }
    ScenarioRun run(*loaded.spec);
    MemoryRecorder recorder;
    run.world().addSink(&recorder);
    run.start();
    run.runToEnd();
    return {recorder.records(), run.world().summary(), run.world().quiet()};
}

Story play(const std::string& lesson)
{
    return playLoaded(loadScenarioFile(std::string(POSTIE_SOURCE_DIR) + "/scenarios/" + lesson), lesson);
}

// A lesson's Try, as a teacher makes it: the lesson's file with the first `from` after
// `after` written as `to`, then played.
Story playEdited(const std::string& lesson, const std::string& after, const std::string& from, const std::string& to)
{
    std::ifstream in(std::string(POSTIE_SOURCE_DIR) + "/scenarios/" + lesson);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto at = text.find(from, text.find(after));
    if (at == std::string::npos) {
        ADD_FAILURE() << lesson << " has no " << from << " after " << after;
        return {};
    }
    text.replace(at, from.size(), to);
    return playLoaded(loadScenarioText(text, lesson), lesson);
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
    // The post office scans its depot every 300 s from the start (Postfix's queue_run_delay):
    // due a moment after 09:05, the letter waits for the round at 09:10, then 09:20 and 09:40.
    const auto deferrals = deferralTimesSeconds(s.records, "smtp.sender.test");
    ASSERT_EQ(deferrals.size(), 3u);
    const double tries[] = {0, 600, 1200};
    for (std::size_t i = 0; i < 3; ++i) EXPECT_NEAR(deferrals[i], tries[i], 1.0) << i;
    std::vector<std::int64_t> retries;
    for (const auto* d : ofType(s.records, EventType::DeliveryDeferred)) retries.push_back(d->retryUs / 1000000);
    EXPECT_EQ(retries, (std::vector<std::int64_t>{600, 1200, 2400}));
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
    // Refused at RCPT TO by mx1 in the first and only attempt: arrival and last attempt are the
    // same second, and the remote server that answered is named.
    EXPECT_EQ(stored[0]->report, (std::vector<std::string>{
                                     "Reporting-MTA: dns; smtp.sender.test", "Arrival-Date: Wed, 14 Jul 2010 09:00:00 +0000",
                                     "Final-Recipient: rfc822; bobby@example.org", "Action: failed", "Status: 5.1.1",
                                     "Remote-MTA: dns; mx1.example.org",
                                     "Diagnostic-Code: smtp; 550 5.1.1 <bobby@example.org>: Recipient address rejected: "
                                     "User unknown in local recipient table",
                                     "Last-Attempt-Date: Wed, 14 Jul 2010 09:00:00 +0000"}));
    bool multipart = false;
    for (const auto& h : stored[0]->headers)
        multipart |= h == "Content-Type: multipart/report; report-type=delivery-status; boundary=\"m2.report\"";
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
        EXPECT_EQ(c->access, c->station == "bob-phone" ? MailAccess::Imap : MailAccess::Pop3);
}

TEST(Lessons, ThePop3DesktopEmptiesThePoBoxAtQuitAndThePhoneFindsNothingAt0912)
{
    const Story s = play("06-pop3-versus-imap.yaml");
    // The phone's IMAP read at 09:04 left m1 in the box; the desktop's QUIT at 09:10 removes
    // both letters (RFC 1939 UPDATE), one round trip (2 x 10 ms) after its check reached the box.
    const auto removed = ofType(s.records, EventType::MailboxRemoved);
    ASSERT_EQ(removed.size(), 2u);
    EXPECT_EQ(removed[0]->message, "m1");
    EXPECT_EQ(removed[1]->message, "m2");
    for (const auto* r : removed) {
        EXPECT_EQ(r->peer, "bob-desktop");
        EXPECT_EQ(r->time, SimTime::fromMillis(600'030));
    }
    EXPECT_EQ(removed[1]->queueLength, 0);  // the box is empty
    // The run goes on past the phone's look at 09:12, which brings nothing home.
    const auto checks = ofType(s.records, EventType::MailboxCheck);
    ASSERT_FALSE(checks.empty());
    EXPECT_EQ(checks.back()->station, "bob-phone");
    EXPECT_EQ(checks.back()->time, SimTime::fromSeconds(720));
    for (const auto* f : ofType(s.records, EventType::MailboxFetched)) EXPECT_LT(f->time, removed[0]->time);
    EXPECT_EQ(s.summary.simTimeUs, SimTime::fromSeconds(780).micros());  // until: 13m
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
    for (const auto* f : finals) EXPECT_EQ(f->outcome, f->recipient == "carl@example.org" ? Outcome::Bounced : Outcome::Delivered);
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
    EXPECT_EQ(finals[0]->outcome, Outcome::Expired);
    EXPECT_GE(finals[0]->time.seconds(), 5 * 86400.0);
    EXPECT_LT(finals[0]->time.seconds(), 5 * 86400.0 + 4100);
    const auto notices = ofType(s.records, EventType::BounceCreated);
    ASSERT_EQ(notices.size(), 1u);
    EXPECT_EQ(notices[0]->status, "4.4.1");  // the last temporary reason, with Action: failed
}

} // namespace
} // namespace postie

namespace postie {
namespace {

// The longest line in a station's depot within [from, to), from its queue records.
std::int64_t longestQueue(const Records& records, const std::string& station, double fromS, double toS)
{
    std::int64_t most = 0;
    for (const auto& r : records)
        if ((r.type == EventType::QueueEnter || r.type == EventType::QueueLeave) && r.station == station &&
            r.time.seconds() >= fromS && r.time.seconds() < toS)
            most = std::max(most, r.queueLength);
    return most;
}

TEST(Lessons, RushHourFillsTheSchoolPostOfficeAtEightAndItDrainsAfterNine)
{
    const Story s = play("09-rush-hour-at-school.yaml");  // t = 0 is 07:00
    EXPECT_EQ(s.summary.inFlight, 0u);
    EXPECT_GT(s.summary.delivered, 1000u);
    const std::string office = "smtp.school.test";
    EXPECT_LT(longestQueue(s.records, office, 0, 3600), 15);           // 07:00-08:00: the clerk keeps up
    EXPECT_GT(longestQueue(s.records, office, 3600, 2 * 3600), 150);   // 08:00-09:00: the line grows
    EXPECT_LT(longestQueue(s.records, office, 3.25 * 3600, 4 * 3600), 5);  // after 10:15 it has drained
    // The longest line comes at the end of the rush, not at its start.
    EXPECT_GT(longestQueue(s.records, office, 1.75 * 3600, 2.25 * 3600),
              longestQueue(s.records, office, 3600, 1.25 * 3600));
}

// Counts what a newsletter run does without keeping its 700,000 records.
class NewsletterTally : public TraceSink {
public:
    void record(const TraceRecord& r) override
    {
        if (r.type == EventType::SmtpReply && r.station == "mx.bigmail.test" && r.code == 421) ++refused;
        if (r.type == EventType::SmtpReply && r.station == "mx.bigmail.test" && r.code == 220) {
            open[r.session] = true;
            mostOpen = std::max(mostOpen, open.size());
        }
        if (r.type == EventType::SmtpReply && r.station == "mx.bigmail.test" && r.code == 221) open.erase(r.session);
        if (r.type == EventType::DeliveryDeferred && r.station == "smtp.letters.test") ++deferred;
        if (r.type == EventType::MailboxStored) {
            if (stored == 0) firstStoredS = r.time.seconds();
            lastStoredS = r.time.seconds();
            ++stored;
        }
    }
    std::size_t refused = 0, deferred = 0, stored = 0, mostOpen = 0;
    double firstStoredS = 0, lastStoredS = 0;
    std::map<std::int64_t, bool> open;
};

TEST(Lessons, ANewsletterTo100000MeetsTenConnectionsAndArrivesInWaves)
{
    const auto loaded = loadScenarioFile(std::string(POSTIE_SOURCE_DIR) + "/scenarios/10-newsletter-meets-a-limit.yaml");
    ASSERT_TRUE(loaded.ok());
    ScenarioRun run(*loaded.spec);
    NewsletterTally tally;
    run.world().addSink(&tally);
    run.start();
    run.runToEnd();
    const RunSummary summary = run.world().summary();
    EXPECT_EQ(summary.created, 100000u);
    EXPECT_EQ(summary.delivered, 100000u);
    EXPECT_EQ(tally.stored, 100000u);
    EXPECT_EQ(tally.mostOpen, 10u);  // the sorting station's max_connections
    EXPECT_GT(tally.refused, 1000u);  // 421 4.7.0 ...
    EXPECT_EQ(tally.deferred, tally.refused);  // ... each one a deferral, as the only MX refused
    // The long tail: the last reader gets it hours after the first.
    EXPECT_LT(tally.firstStoredS, 600);  // after the editor's 100,000 RCPT lines (about 200 s)
    EXPECT_GT(tally.lastStoredS - tally.firstStoredS, 3 * 3600);
}

TEST(Lessons, ThreeEqualMxHostsEachTakeAboutAThirdAndCoverForOneThatCloses)
{
    const Story s = play("11-three-equal-mx-hosts.yaml");
    EXPECT_EQ(s.summary.deferred, 0u);
    EXPECT_EQ(s.summary.delivered, s.summary.created);
    std::map<std::string, int> before, during;  // letters each MX took in 0-30 min and 30-50 min
    for (const auto& r : s.records) {
        if (r.type != EventType::SmtpReply || r.code != 250 || r.replyText.rfind("Ok: queued", 0) != 0) continue;
        if (r.station.rfind("mx", 0) != 0) continue;
        if (r.time.seconds() < 1800) ++before[r.station];
        else if (r.time.seconds() < 3000) ++during[r.station];
    }
    int total = 0;
    for (const auto& [mx, n] : before) total += n;
    ASSERT_GT(total, 200);
    for (const char* mx : {"mx1.bigmail.test", "mx2.bigmail.test", "mx3.bigmail.test"}) {
        EXPECT_GT(before[mx], total / 5) << mx;      // about a third each (RFC 5321 §5.1 random order)
        EXPECT_LT(before[mx], total / 2) << mx;
    }
    EXPECT_EQ(during["mx2.bigmail.test"], 0);  // closed: the other two took its share
    EXPECT_GT(during["mx1.bigmail.test"] + during["mx3.bigmail.test"], 100);
    EXPECT_GT(ofType(s.records, EventType::ConnectFailed).size(), 20u);  // refused at mx2, tried the next
}

// backbone -> mx1 -> PO boxes -> mx3 (20 + 1 + 1 ms) is shorter than the road from the
// backbone to mx3 (24 ms), but a sorting station and a PO box pass no one's traffic on: a
// letter for mx3 takes mx3's own road, and nothing drives through a station that is not a
// router.
TEST(Lessons, LettersForEachSortingStationTakeItsOwnRoadAndPassOnlyThroughTheRouter)
{
    const Story s = play("11-three-equal-mx-hosts.yaml");
    std::size_t toMx3 = 0;
    for (const auto& r : s.records) {
        const std::vector<std::string> path = pathStations(r.path);
        for (std::size_t i = 1; i + 1 < path.size(); ++i) EXPECT_EQ(path[i], "backbone") << "seq " << r.seq;
        if (r.type != EventType::RoadArrive || r.to != "mx3.bigmail.test") continue;
        ++toMx3;
        EXPECT_EQ(r.from, "backbone") << "seq " << r.seq;
        EXPECT_EQ(r.time.micros() - r.departUs, 24'000) << "seq " << r.seq;
    }
    EXPECT_GT(toMx3, 100u);
    // The way there, as the trace names it for the words of every dialogue with mx3.
    const auto toMx3Words = select(s.records, [](const TraceRecord& r) {
        return r.type == EventType::SmtpCommand && r.peer == "mx3.bigmail.test";
    });
    ASSERT_FALSE(toMx3Words.empty());
    for (const auto* r : toMx3Words) EXPECT_EQ(r->path, "smtp.town.test,backbone,mx3.bigmail.test") << "seq " << r->seq;
}

TEST(Lessons, MoreWorkersShortenTheDeliveryTimeOfABusyPostOffice)
{
    const auto loaded = loadScenarioFile(std::string(POSTIE_SOURCE_DIR) + "/scenarios/12-how-many-servers.yaml");
    ASSERT_TRUE(loaded.ok());
    auto p95With = [&](int workers) {
        ScenarioSpec spec = *loaded.spec;
        for (auto& st : spec.stations)
            if (st.id == "smtp.company.test") st.workers = workers;
        ScenarioRun run(spec);
        run.start();
        run.runToEnd();
        return run.world().summary().latency.p95;
    };
    const double one = p95With(1), two = p95With(2), three = p95With(3);
    EXPECT_GT(one, 2 * two);             // at 83% busy one clerk makes letters wait
    EXPECT_LT(two, 6.0);                 // two clerks: 95% through in under 6 s
    EXPECT_LT(std::abs(two - three), 1.0);  // a third hardly helps: the scan itself is what is left
}

TEST(Lessons, AForgedSenderFailsSpfIsRefusedWith5723AndTheNoticeGoesToTheRealDirector)
{
    const Story s = play("13-a-forged-sender.yaml");
    const auto checks = ofType(s.records, EventType::AuthChecked);
    ASSERT_EQ(checks.size(), 2u);
    // The director's own letter: on the bank's list, signed, delivered with the results on top.
    EXPECT_EQ(checks[0]->message, "m1");
    EXPECT_EQ(checks[0]->spf, AuthResult::Pass);
    EXPECT_EQ(checks[0]->dkim, AuthResult::Pass);
    EXPECT_EQ(checks[0]->action, AuthAction::Deliver);
    const auto stored = forMessage(s.records, EventType::MailboxStored, "m1");
    ASSERT_EQ(stored.size(), 1u);
    bool written = false;
    for (const auto& h : stored[0]->headers)
        written |= h == "Authentication-Results: mx.school.test; spf=pass smtp.mailfrom=bank.test; dkim=pass "
                        "header.d=bank.test header.s=s1; dmarc=none header.from=bank.test";
    EXPECT_TRUE(written);
    // Mallory's: the bank's address on the envelope, sent from 203.0.113.66: refused after DATA.
    EXPECT_EQ(checks[1]->message, "m2");
    EXPECT_EQ(checks[1]->peer, "smtp.evil.test");
    EXPECT_EQ(checks[1]->spf, AuthResult::Fail);
    EXPECT_EQ(checks[1]->action, AuthAction::Reject);
    bool refused = false;
    for (const auto* r : forMessage(s.records, EventType::SmtpReply, "m2"))
        refused |= r->station == "mx.school.test" && r->code == 550 && r->enhanced == "5.7.23";
    EXPECT_TRUE(refused);
    EXPECT_TRUE(forMessage(s.records, EventType::MailboxStored, "m2").empty());
    // The notice goes to the address on the envelope: the real director (backscatter).
    const auto notices = ofType(s.records, EventType::BounceCreated);
    ASSERT_EQ(notices.size(), 1u);
    EXPECT_EQ(notices[0]->station, "smtp.evil.test");
    const auto noticeStored = forMessage(s.records, EventType::MailboxStored, notices[0]->message);
    ASSERT_EQ(noticeStored.size(), 1u);
    EXPECT_EQ(noticeStored[0]->mailbox, "director@bank.test");
}

TEST(Lessons, AForgedFromFailsDmarcAndIsRefusedWith5726ButALookalikeDomainGetsThrough)
{
    const Story s = play("14-the-from-line-lies.yaml");
    const auto checks = ofType(s.records, EventType::AuthChecked);
    ASSERT_EQ(checks.size(), 3u);
    // The director's own letter: SPF and DKIM pass for bank.test, aligned: DMARC passes.
    EXPECT_EQ(checks[0]->dmarc, AuthResult::Pass);
    EXPECT_EQ(checks[0]->action, AuthAction::Deliver);
    // Mallory's own envelope passes SPF for evil.test, but her From: says bank.test (p=reject).
    EXPECT_EQ(checks[1]->message, "m2");
    EXPECT_EQ(checks[1]->name, "evil.test");
    EXPECT_EQ(checks[1]->spf, AuthResult::Pass);
    EXPECT_EQ(checks[1]->dmarc, AuthResult::Fail);
    EXPECT_EQ(checks[1]->action, AuthAction::Reject);
    EXPECT_EQ(checks[1]->enhanced, "5.7.26");
    const auto written = forMessage(s.records, EventType::MessageCreated, "m2");
    ASSERT_EQ(written.size(), 1u);
    EXPECT_EQ(written[0]->from, "mallory@evil.test");
    const std::string forged = "Authentication-Results: mx.school.test; spf=pass smtp.mailfrom=bank.test; dkim=pass "
                               "header.d=bank.test; dmarc=pass header.from=bank.test";
    EXPECT_EQ(written[0]->headers, (std::vector<std::string>{"From: director@bank.test", forged}));
    // Her line of results carries the school's name: it is torn off before the checks.
    EXPECT_EQ(checks[1]->removed, std::vector<std::string>{forged});
    EXPECT_EQ(checks[1]->checks.front().rfind("Removed a forged Authentication-Results", 0), 0u);
    EXPECT_TRUE(checks[0]->removed.empty());
    // The lookalike domain is Mallory's own: it passes its own SPF and has no DMARC record.
    EXPECT_EQ(checks[2]->message, "m4");
    EXPECT_EQ(checks[2]->spf, AuthResult::Pass);
    EXPECT_EQ(checks[2]->dmarc, AuthResult::None);
    EXPECT_EQ(checks[2]->action, AuthAction::Deliver);
    EXPECT_EQ(forMessage(s.records, EventType::MailboxStored, "m4").size(), 1u);
}

TEST(Lessons, AForwardedLetterFailsSpfButItsDkimSealHoldsWhileAnUnsignedOneIsRefused)
{
    const Story s = play("15-forwarded-spf-breaks-dkim-holds.yaml");
    const auto checks = ofType(s.records, EventType::AuthChecked);
    ASSERT_EQ(checks.size(), 2u);
    for (const auto* c : checks) {
        EXPECT_EQ(c->station, "mx.school.test");
        EXPECT_EQ(c->peer, "mx.oldschool.test");  // the station in between, not the bank's
        EXPECT_EQ(c->spf, AuthResult::Fail);
    }
    EXPECT_EQ(checks[0]->dkim, AuthResult::Pass);
    EXPECT_EQ(checks[0]->dmarc, AuthResult::Pass);
    EXPECT_EQ(checks[0]->action, AuthAction::Deliver);
    EXPECT_EQ(forMessage(s.records, EventType::MailboxStored, "m1").size(), 1u);
    EXPECT_EQ(checks[1]->dkim, AuthResult::None);
    EXPECT_EQ(checks[1]->dmarc, AuthResult::Fail);
    EXPECT_EQ(checks[1]->enhanced, "5.7.26");
    const auto notices = ofType(s.records, EventType::BounceCreated);
    ASSERT_EQ(notices.size(), 1u);
    EXPECT_EQ(notices[0]->station, "mx.oldschool.test");  // the forwarder returns it
    const auto stored = forMessage(s.records, EventType::MailboxStored, notices[0]->message);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0]->mailbox, "news@bank.test");
}

TEST(Lessons, GreylistingTurnsAwayEachNewSenderOnceAndTheRetryScheduleDecidesTheWait)
{
    const Story s = play("16-greylisting.yaml");
    std::map<std::string, int> greylisted;
    for (const auto* r : ofType(s.records, EventType::SmtpReply))
        if (r->station == "mx.school.test" && r->code == 450) {
            EXPECT_EQ(r->enhanced, "4.2.0");
            EXPECT_EQ(r->replyText, "<teacher@school.test>: Recipient address rejected: Greylisted");
            ++greylisted[r->message];
        }
    EXPECT_EQ(greylisted, (std::map<std::string, int>{{"m1", 1}, {"m2", 1}}));  // once each; m3 not at all
    const auto storedAt = [&](const std::string& m) {
        const auto stored = forMessage(s.records, EventType::MailboxStored, m);
        return stored.size() == 1 ? stored[0]->time.seconds() - forMessage(s.records, EventType::MessageCreated, m)[0]->time.seconds()
                                  : -1.0;
    };
    // Postfix: backoff 300 s, taken at the queue scan after it (09:10); Exim: 15 minutes.
    EXPECT_NEAR(storedAt("m1"), 600, 2);
    EXPECT_NEAR(storedAt("m2"), 900, 2);
    EXPECT_NEAR(storedAt("m3"), 0.6, 0.1);  // the triplet is known: straight in
}

TEST(Lessons, AnOpenRelaySendsTheSpammersLettersOnUnderItsOwnAddressAndAWellKeptOneRefusesWith554)
{
    const Story s = play("17-an-open-relay.yaml");
    // Through the school's open relay: every recipient taken, then sent on by MX from the school.
    for (const auto* r : forMessage(s.records, EventType::SmtpReply, "m1")) {
        if (r->station == "mx.school.test") {
            EXPECT_LT(r->code, 400) << r->code << " " << r->replyText;
        }
    }
    bool fromSchool = false;
    for (const auto* c : forMessage(s.records, EventType::SmtpConnect, "m1"))
        fromSchool |= c->station == "mx.school.test" && c->peer == "mx.bank.test";
    EXPECT_TRUE(fromSchool);
    const auto stored = forMessage(s.records, EventType::MailboxStored, "m1");
    ASSERT_EQ(stored.size(), 3u);
    bool schoolAddress = false;
    for (const auto& h : stored[0]->headers)
        schoolAddress |= h.starts_with("Received: from mx.school.test (mx.school.test [192.0.2.25]) by mx.bank.test");
    EXPECT_TRUE(schoolAddress);
    // Through the library's: refused for each recipient.
    int denied = 0;
    for (const auto* r : forMessage(s.records, EventType::SmtpReply, "m2"))
        if (r->station == "mx.library.test" && r->code == 554) {
            EXPECT_EQ(r->enhanced, "5.7.1");
            ++denied;
        }
    EXPECT_EQ(denied, 3);
    EXPECT_TRUE(forMessage(s.records, EventType::MailboxStored, "m2").empty());
}

TEST(Lessons, Lesson14sTryQuarantineFilesTheForgeryInJunkWhereTheTeachersPhoneNeverFetchesIt)
{
    const Story s = playEdited("14-the-from-line-lies.yaml", "{name: _dmarc.bank.test", "p=reject", "p=quarantine");
    const Records& r = s.records;
    const auto checks = forMessage(r, EventType::AuthChecked, "m2");
    ASSERT_EQ(checks.size(), 1u);
    EXPECT_EQ(checks[0]->action, AuthAction::Junk);
    const auto stored = forMessage(r, EventType::MailboxStored, "m2");
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_TRUE(stored[0]->junk);
    EXPECT_FALSE(forMessage(r, EventType::MailboxStored, "m1").at(0)->junk);
    EXPECT_EQ(forMessage(r, EventType::MailboxFetched, "m1").size(), 1u);  // the inbox: fetched at once (IDLE)
    EXPECT_TRUE(forMessage(r, EventType::MailboxFetched, "m2").empty());   // Junk: the phone checks the inbox
    EXPECT_TRUE(s.quiet);  // nothing waits for a device that will never look
}

TEST(Lessons, AMailingListTagsAndFootsTheLetterSoTheBanksSealBreaksAndTheSchoolRefusesIt)
{
    const Story s = play("18-a-mailing-list-breaks-the-seal.yaml");
    // The list takes the director's letter (its last stop) and writes m2 to its members.
    const auto m1Final = forMessage(s.records, EventType::MessageFinal, "m1");
    ASSERT_EQ(m1Final.size(), 1u);
    EXPECT_EQ(m1Final[0]->station, "list.school.test");
    EXPECT_EQ(m1Final[0]->outcome, Outcome::Delivered);
    const auto post = forMessage(s.records, EventType::MessageCreated, "m2");
    ASSERT_EQ(post.size(), 1u);
    EXPECT_EQ(post[0]->station, "list.school.test");
    EXPECT_EQ(post[0]->from, "parents-bounces@lists.school.test");
    EXPECT_EQ(post[0]->to, "teacher@school.test, parent@home.test");
    EXPECT_EQ(post[0]->subject, "[parents] The bank pays for the school trip");
    // At the school: SPF passes for the list's domain, the bank's seal is broken, DMARC refuses.
    const auto checks = forMessage(s.records, EventType::AuthChecked, "m2");
    ASSERT_EQ(checks.size(), 1u);
    EXPECT_EQ(checks[0]->name, "lists.school.test");
    EXPECT_EQ(checks[0]->spf, AuthResult::Pass);
    EXPECT_EQ(checks[0]->dkim, AuthResult::Fail);
    EXPECT_EQ(checks[0]->dmarc, AuthResult::Fail);
    EXPECT_EQ(checks[0]->enhanced, "5.7.26");
    // The parent's provider does not check: the letter is there, still signed by the bank.
    const auto home = forMessage(s.records, EventType::MailboxStored, "m2");
    ASSERT_EQ(home.size(), 1u);
    EXPECT_EQ(home[0]->mailbox, "parent@home.test");
    bool signedByBank = false, tagged = false;
    for (const auto& h : home[0]->headers) {
        signedByBank |= h.starts_with("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=bank.test;");
        tagged |= h == "Subject: [parents] The bank pays for the school trip";
    }
    EXPECT_TRUE(signedByBank);
    EXPECT_TRUE(tagged);
    // The notice goes to the list's bounce address, which the list takes itself.
    const auto notices = ofType(s.records, EventType::BounceCreated);
    ASSERT_EQ(notices.size(), 1u);
    const auto noticeFinal = forMessage(s.records, EventType::MessageFinal, notices[0]->message);
    ASSERT_EQ(noticeFinal.size(), 1u);
    EXPECT_EQ(noticeFinal[0]->recipient, "parents-bounces@lists.school.test");
    EXPECT_EQ(noticeFinal[0]->station, "list.school.test");
    EXPECT_EQ(noticeFinal[0]->outcome, Outcome::Delivered);
}

TEST(Lessons, Lesson18sTryMungingTheFromLetsTheListsLetterPassDmarcForTheListsDomain)
{
    const Story s = playEdited("18-a-mailing-list-breaks-the-seal.yaml", "id: list.school.test", "list_tag:",
                               "list_munge_from: true, list_tag:");
    const auto checks = forMessage(s.records, EventType::AuthChecked, "m2");
    ASSERT_EQ(checks.size(), 1u);
    EXPECT_EQ(checks[0]->dmarc, AuthResult::None);  // lists.school.test publishes no DMARC record
    EXPECT_EQ(checks[0]->action, AuthAction::Deliver);
    const auto stored = forMessage(s.records, EventType::MailboxStored, "m2");
    ASSERT_EQ(stored.size(), 2u);
    bool munged = false;
    for (const auto& h : stored[0]->headers)
        munged |= h == "From: \"director@bank.test via parents\" <parents@lists.school.test>";
    EXPECT_TRUE(munged);
}

TEST(Lessons, EveReadsThePostcardToTheSchoolSeesOnlyTheBanksSealedEnvelopeAndTheLockedBoxsLabel)
{
    const Story s = play("19-postcards-and-sealed-envelopes.yaml");
    const auto read = ofType(s.records, EventType::LetterRead);
    ASSERT_EQ(read.size(), 3u);
    EXPECT_EQ(read[0]->message, "m1");
    EXPECT_EQ(read[0]->seal, Seal::Postcard);
    EXPECT_EQ(read[0]->headers.back(), "The bus leaves at eight from the north gate.");
    EXPECT_EQ(read[1]->message, "m2");
    EXPECT_EQ(read[1]->seal, Seal::Envelope);
    EXPECT_TRUE(read[1]->headers.empty());
    EXPECT_EQ(read[2]->message, "m3");
    EXPECT_EQ(read[2]->seal, Seal::LockedBox);
    EXPECT_NE(std::find(read[2]->headers.begin(), read[2]->headers.end(), "Subject: Marks"), read[2]->headers.end());
    for (const auto& line : read[2]->headers) EXPECT_EQ(line.find("Lena"), std::string::npos) << line;
    // The bank's hop is sealed (STARTTLS), the school's is not; all three letters arrive.
    const auto started = ofType(s.records, EventType::TlsStarted);
    EXPECT_EQ(std::count_if(started.begin(), started.end(), [](auto* r) { return r->peer == "mx.bank.test"; }), 1);
    EXPECT_EQ(std::count_if(started.begin(), started.end(), [](auto* r) { return r->peer == "mx.school.test"; }), 0);
    EXPECT_EQ(s.summary.delivered, 3u);
    const auto fetched = forMessage(s.records, EventType::MailboxFetched, "m3");
    ASSERT_FALSE(fetched.empty());
    EXPECT_EQ(fetched[0]->station, "teacher");
}

TEST(Lessons, Lesson19sTryTlsAtTheSchoolSealsTheFirstLetterToo)
{
    const Story s = playEdited("19-postcards-and-sealed-envelopes.yaml", "id: mx.school.test", "tls: none", "tls: offer");
    const auto read = forMessage(s.records, EventType::LetterRead, "m1");
    ASSERT_EQ(read.size(), 1u);
    EXPECT_EQ(read[0]->seal, Seal::Envelope);
}

TEST(Lessons, MalloryStripsStartTlsSoTheShopsLetterGoesInClearButMtaStsKeepsTheBanksLetterBack)
{
    const Story s = play("20-starttls-stripped.yaml");
    const auto stripped = ofType(s.records, EventType::TlsStripped);
    ASSERT_GE(stripped.size(), 2u);
    EXPECT_EQ(stripped[0]->station, "mallory");
    const auto shop = forMessage(s.records, EventType::LetterRead, "m1");
    ASSERT_EQ(shop.size(), 1u);
    EXPECT_EQ(shop[0]->seal, Seal::Postcard);
    EXPECT_TRUE(forMessage(s.records, EventType::LetterRead, "m2").empty()) << "the bank's letter never left";
    const auto deferred = forMessage(s.records, EventType::DeliveryDeferred, "m2");
    ASSERT_FALSE(deferred.empty());
    EXPECT_EQ(deferred[0]->station, "smtp.home.test");
    EXPECT_EQ(deferred[0]->reason.rfind("451 4.7.4 TLS is required, but was not offered by host mx.bank.test", 0), 0u)
        << deferred[0]->reason;
    EXPECT_TRUE(forMessage(s.records, EventType::MailboxStored, "m2").empty());
}

TEST(Lessons, Lesson20sTryClosingMallorysJunctionSendsTheBanksLetterSealedTheLongWay)
{
    const Story s = playEdited("20-starttls-stripped.yaml", "until: 30m", "\nmail:\n",
                               "\nincidents:\n  - {at: 6m, station: mallory, go: down}\nmail:\n");
    const auto stored = forMessage(s.records, EventType::MailboxStored, "m2");
    ASSERT_EQ(stored.size(), 1u);
    bool sealedHop = false;
    for (const auto& h : stored[0]->headers) sealedHop |= h.find("by mx.bank.test with ESMTPS") != std::string::npos;
    EXPECT_TRUE(sealedHop);
    for (const auto* d : forMessage(s.records, EventType::RoadDepart, "m2"))
        if (d->from == "backbone") {
            EXPECT_EQ(d->seal, Seal::Envelope);
        }
}

} // namespace
} // namespace postie
