// Who can read a letter on the way: STARTTLS as RFC 3207 runs it, implicit TLS on port 465
// (RFC 8314), the Received line's `with` word (RFC 3848), a snooper on the road, STARTTLS
// stripped by an attacker, and MTA-STS (RFC 8461) making the sender defer instead.
#include "scenario/scenario_loader.h"
#include "support/recorded_run.h"
#include "trace/narrator.h"

#include <gtest/gtest.h>

#include <string>

namespace postie {
namespace {

using namespace postie::testing;

// alice -> smtp.sender.test -> eve (a snooper at the junction) -> mx.example.org -> box; bob reads.
// $out$, $mx$, $eve$, $alice$, $letter$ and $dns$ take each test's keys.
std::string town(const std::string& out, const std::string& mx, const std::string& eve = "",
                 const std::string& letterKeys = "", const std::string& dns = "", const std::string& alice = "")
{
    return R"(format: postie/1
dns:
  - {name: example.org, type: MX, preference: 10, host: mx.example.org}
  - {name: mx.example.org, type: A, address: 203.0.113.25}
)" + dns + R"(
stations:
  - {id: alice, kind: client, user: alice@sender.test, submit_to: smtp.sender.test)" + alice + R"(}
  - {id: smtp.sender.test, kind: outgoing)" + out + R"(}
  - {id: eve, kind: snooper)" + eve + R"(}
  - {id: dns.test, kind: resolver}
  - {id: mx.example.org, kind: incoming, accepts: [example.org], deliver_to: box.example.org)" + mx + R"(}
  - {id: box.example.org, kind: mailbox, users: [bob@example.org]}
roads:
  - {between: [alice, smtp.sender.test], latency: 5ms}
  - {between: [smtp.sender.test, eve], latency: 10ms}
  - {between: [dns.test, eve], latency: 1ms}
  - {between: [mx.example.org, eve], latency: 10ms}
  - {between: [mx.example.org, box.example.org], latency: 1ms}
mail:
  - {at: 0s, from: alice@sender.test, to: [bob@example.org], subject: "Lunch?", body: "Meet me at noon")" +
           letterKeys + R"(}
)";
}

RecordedRun run(const std::string& text)
{
    const LoadResult loaded = loadScenarioText(text, "tls.yaml");
    EXPECT_TRUE(loaded.ok()) << (loaded.errors.empty() ? "" : loaded.errors.front().format());
    if (!loaded.ok()) return {};
    return runRecorded(*loaded.spec, SimTime::fromSeconds(3600));
}

std::vector<std::string> repliesFrom(const Records& records, const std::string& station)
{
    std::vector<std::string> out;
    for (const auto& r : records)
        if (r.type == EventType::SmtpReply && r.station == station)
            out.push_back(std::to_string(r.code) + (r.enhanced.empty() ? "" : " " + r.enhanced) + " " + r.replyText);
    return out;
}

std::vector<std::string> storedHeaders(const Records& records)
{
    const auto stored = ofType(records, EventType::MailboxStored);
    return stored.empty() ? std::vector<std::string>{} : stored.front()->headers;
}

bool hasLineWith(const std::vector<std::string>& lines, const std::string& part)
{
    for (const auto& l : lines)
        if (l.find(part) != std::string::npos) return true;
    return false;
}

TEST(Tls, StartTlsRunsAsRfc3207SaysAndTheSecondEhloNoLongerOffersIt)
{
    const auto r = run(town(", tls: offer", ", tls: offer"));
    EXPECT_EQ(commandsSentBy(r.records, "smtp.sender.test"),
              (std::vector<std::string>{"EHLO smtp.sender.test", "STARTTLS", "EHLO smtp.sender.test",
                                        "MAIL FROM:<alice@sender.test>", "RCPT TO:<bob@example.org>", "DATA", "QUIT"}));
    const auto replies = repliesFrom(r.records, "mx.example.org");
    ASSERT_GE(replies.size(), 4u);
    EXPECT_EQ(replies[1], "250 mx.example.org\nSTARTTLS");  // listed in the EHLO reply
    EXPECT_EQ(replies[2], "220 2.0.0 Ready to start TLS");
    EXPECT_EQ(replies[3], "250 mx.example.org");  // and never again after it (§4.2)
    const auto started = ofType(r.records, EventType::TlsStarted);
    ASSERT_EQ(started.size(), 2u);  // alice with her post office, the post office with the MX
    EXPECT_EQ(started[1]->station, "smtp.sender.test");
    EXPECT_EQ(started[1]->peer, "mx.example.org");
    EXPECT_EQ(started[1]->port, 25);
}

TEST(Tls, TheReceivedLineSaysTlsAndAuthAsRfc3848Spells)
{
    const auto sealed = storedHeaders(run(town(", tls: offer", ", tls: offer")).records);  // copies
    EXPECT_TRUE(hasLineWith(sealed, "by mx.example.org with ESMTPS id"));
    EXPECT_TRUE(hasLineWith(sealed, "by smtp.sender.test with ESMTPSA id"));
    const auto clear = storedHeaders(run(town("", "")).records);
    EXPECT_TRUE(hasLineWith(clear, "by mx.example.org with ESMTP id"));
    EXPECT_TRUE(hasLineWith(clear, "by smtp.sender.test with ESMTPA id"));
    EXPECT_FALSE(hasLineWith(clear, "ESMTPS"));
}

TEST(Tls, AServerWithoutTlsNeverOffersItAndTheLetterTravelsAsAPostcard)
{
    const auto r = run(town(", tls: offer", ""));
    const auto cmds = commandsSentBy(r.records, "smtp.sender.test");
    EXPECT_EQ(std::count(cmds.begin(), cmds.end(), "STARTTLS"), 0);
    for (const auto* d : ofType(r.records, EventType::RoadDepart))
        if (d->from == "smtp.sender.test" || d->from == "eve") {
            EXPECT_EQ(d->seal, Seal::Postcard);
        }
}

TEST(Tls, ASubmissionServerThatRequiresTlsRefusesAnOldProgramWith530)
{
    const auto r = run(town(", tls: require", "", "", "", "", ", starttls: false"));
    const auto replies = repliesFrom(r.records, "smtp.sender.test");
    EXPECT_TRUE(hasLineWith(replies, "530 5.7.0 Must issue a STARTTLS command first"));
    EXPECT_TRUE(ofType(r.records, EventType::MailboxStored).empty());
    // A program that starts TLS gets through the same post office.
    EXPECT_EQ(ofType(run(town(", tls: require", "")).records, EventType::MailboxStored).size(), 1u);
}

TEST(Tls, ImplicitTlsTakesSubmissionsOnPort465BeforeTheGreeting)
{
    const auto r = run(town(", tls: implicit", ""));
    const auto connects = ofType(r.records, EventType::SmtpConnect);
    ASSERT_FALSE(connects.empty());
    EXPECT_EQ(connects.front()->port, 465);
    const auto started = ofType(r.records, EventType::TlsStarted);
    ASSERT_FALSE(started.empty());
    EXPECT_EQ(started.front()->station, "alice");
    EXPECT_LE(started.front()->time, connects.front()->time);  // before any word
    const auto cmds = commandsSentBy(r.records, "alice");
    EXPECT_EQ(std::count(cmds.begin(), cmds.end(), "STARTTLS"), 0);
    EXPECT_TRUE(hasLineWith(storedHeaders(r.records), "by smtp.sender.test with ESMTPSA id"));
}

TEST(Tls, TheSnooperReadsAPostcardWholeAndASealedEnvelopeNotAtAll)
{
    const auto clearRun = run(town("", ""));
    const auto clear = ofType(clearRun.records, EventType::LetterRead);
    ASSERT_EQ(clear.size(), 1u);
    EXPECT_EQ(clear[0]->station, "eve");
    EXPECT_EQ(clear[0]->seal, Seal::Postcard);
    EXPECT_TRUE(hasLineWith(clear[0]->headers, "Subject: Lunch?"));
    EXPECT_TRUE(hasLineWith(clear[0]->headers, "Meet me at noon"));
    EXPECT_TRUE(hasLineWith(clear[0]->headers, "RCPT TO:<bob@example.org>"));

    const auto sealedRun = run(town(", tls: offer", ", tls: offer"));
    const auto sealed = ofType(sealedRun.records, EventType::LetterRead);
    ASSERT_EQ(sealed.size(), 1u);
    EXPECT_EQ(sealed[0]->seal, Seal::Envelope);
    EXPECT_TRUE(sealed[0]->headers.empty());
}

TEST(Tls, ALockedBoxShowsItsLabelButNotItsText)
{
    const auto r = run(town("", "", "", ", encrypted: true"));
    const auto read = ofType(r.records, EventType::LetterRead);
    ASSERT_EQ(read.size(), 1u);
    EXPECT_EQ(read[0]->seal, Seal::LockedBox);
    EXPECT_TRUE(hasLineWith(read[0]->headers, "Subject: Lunch?"));  // S/MIME locks the text only
    EXPECT_FALSE(hasLineWith(read[0]->headers, "Meet me at noon"));
    for (const auto* d : ofType(r.records, EventType::RoadDepart))
        if (d->from == "smtp.sender.test") {
            EXPECT_EQ(d->seal, Seal::LockedBox);
        }
    // In TLS as well, the snooper sees only a sealed envelope.
    const auto bothRun = run(town(", tls: offer", ", tls: offer", "", ", encrypted: true"));
    const auto both = ofType(bothRun.records, EventType::LetterRead);
    ASSERT_EQ(both.size(), 1u);
    EXPECT_EQ(both[0]->seal, Seal::Envelope);
}

TEST(Tls, AnAttackerStripsStartTlsAndTheSenderGoesOnInClear)
{
    const auto r = run(town(", tls: offer", ", tls: offer", ", strip_starttls: true"));
    const auto stripped = ofType(r.records, EventType::TlsStripped);
    ASSERT_EQ(stripped.size(), 1u);  // only the MX's reply crosses eve; alice's post office is next door
    EXPECT_EQ(stripped[0]->station, "eve");
    EXPECT_EQ(stripped[0]->from, "mx.example.org");
    EXPECT_EQ(stripped[0]->to, "smtp.sender.test");
    const auto cmds = commandsSentBy(r.records, "smtp.sender.test");
    EXPECT_EQ(std::count(cmds.begin(), cmds.end(), "STARTTLS"), 0);
    const auto read = ofType(r.records, EventType::LetterRead);
    ASSERT_EQ(read.size(), 1u);
    EXPECT_EQ(read[0]->seal, Seal::Postcard);
    EXPECT_TRUE(hasLineWith(read[0]->headers, "Meet me at noon"));
    EXPECT_EQ(ofType(r.records, EventType::MailboxStored).size(), 1u);
}

// The narration of what the snooper read: the Subject and the text of a postcard, the Subject
// alone when the letter has no text (never the Subject twice).
TEST(Tls, TheNarrationTellsWhatThePostcardSaidAndNoTextWhenThereIsNone)
{
    const Narrator narrator({{"eve", StationInfo{"snooper", ""}}}, std::nullopt);
    const auto r = run(town("", ""));
    const auto read = ofType(r.records, EventType::LetterRead);
    ASSERT_EQ(read.size(), 1u);
    EXPECT_EQ(narrator.tell(*read.front()),
              "The snooper eve reads letter m1 as it passes, a postcard: \"Lunch?\", \"Meet me at noon\" (no TLS)");
    TraceRecord withoutText = *read.front();
    withoutText.headers = {"MAIL FROM:<alice@sender.test>", "RCPT TO:<bob@example.org>", "From: alice@sender.test",
                           "Subject: Lunch?"};
    EXPECT_EQ(narrator.tell(withoutText), "The snooper eve reads letter m1 as it passes, a postcard: \"Lunch?\" (no TLS)");
}

const std::string kStsRecord = "  - {name: _mta-sts.example.org, type: TXT, text: \"v=STSv1; id=20261203\"}\n";
std::string stsPolicy(const std::string& mode, const std::string& mx = "mx.example.org")
{
    return "  - {name: mta-sts.example.org, type: MTA-STS, text: \"version: STSv1\\nmode: " + mode + "\\nmx: " + mx +
           "\\nmax_age: 604800\"}\n";
}

TEST(Tls, MtaStsInEnforceModeMakesTheSenderDeferInsteadOfSendingInClear)
{
    const auto r = run(town(", tls: offer", ", tls: offer", ", strip_starttls: true", "", kStsRecord + stsPolicy("enforce")));
    EXPECT_TRUE(ofType(r.records, EventType::LetterRead).empty()) << "no letter crossed the road";
    EXPECT_TRUE(ofType(r.records, EventType::MailboxStored).empty());
    const auto deferred = ofType(r.records, EventType::DeliveryDeferred);
    ASSERT_FALSE(deferred.empty());
    EXPECT_NE(deferred[0]->reason.find("4.7.4 TLS is required, but was not offered by host mx.example.org"),
              std::string::npos)
        << deferred[0]->reason;
    const auto cmds = commandsSentBy(r.records, "smtp.sender.test");
    EXPECT_EQ(std::count(cmds.begin(), cmds.end(), "DATA"), 0);
}

TEST(Tls, MtaStsInTestingModeOnlyWatchesAndWithoutItsTxtRecordThereIsNoPolicy)
{
    const auto testing = run(town(", tls: offer", ", tls: offer", ", strip_starttls: true", "", kStsRecord + stsPolicy("testing")));
    EXPECT_EQ(ofType(testing.records, EventType::MailboxStored).size(), 1u);
    const auto unannounced = run(town(", tls: offer", ", tls: offer", ", strip_starttls: true", "", stsPolicy("enforce")));
    EXPECT_EQ(ofType(unannounced.records, EventType::MailboxStored).size(), 1u);
}

TEST(Tls, MtaStsRefusesAnMxThePolicyDoesNotList)
{
    const auto r = run(town(", tls: offer", ", tls: offer", "", "", kStsRecord + stsPolicy("enforce", "mx.other.test")));
    EXPECT_TRUE(ofType(r.records, EventType::MailboxStored).empty());
    const auto deferred = ofType(r.records, EventType::DeliveryDeferred);
    ASSERT_FALSE(deferred.empty());
    EXPECT_NE(deferred[0]->reason.find("4.7.5"), std::string::npos) << deferred[0]->reason;
    // A wildcard matches one label (RFC 8461 §4.1).
    const auto wildcard = run(town(", tls: offer", ", tls: offer", "", "", kStsRecord + stsPolicy("enforce", "*.example.org")));
    EXPECT_EQ(ofType(wildcard.records, EventType::MailboxStored).size(), 1u);
}

} // namespace
} // namespace postie
