// MessageStory folds one message's records up to a moment: envelope, header lines growing hop
// by hop, the transcript of each SMTP session, the journey.
#include "replay/replay_test_support.h"
#include "replay/message_story.h"
#include "replay/record_index.h"

#include <algorithm>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

// The narrator of a run without a `start:`.
const Narrator& plainNarrator()
{
    static const Narrator narrator({}, std::nullopt);
    return narrator;
}

// The story of `id` after the first `cursor` records of a headless run of `lesson`.
MessageStory storyAt(const HeadlessRun& run, const std::string& id, std::size_t cursor,
                     const Narrator& narrator = plainNarrator())
{
    RecordIndex index;
    index.update(run.records);
    MessageStory story(id, narrator);
    for (std::uint32_t p : index.message(id)) {
        const auto& record = run.records[p];
        if (p < cursor) story.apply(record);
        story.learnWording(record);
    }
    return story;
}

std::size_t positionOf(const HeadlessRun& run, EventType type, int nth = 0)
{
    for (std::size_t i = 0; i < run.records.size(); ++i)
        if (run.records[i].type == type && nth-- == 0) return i;
    return run.records.size();
}

int countPrefix(const std::vector<std::string>& lines, const std::string& prefix)
{
    return int(std::count_if(lines.begin(), lines.end(), [&](const std::string& l) { return l.rfind(prefix, 0) == 0; }));
}

TEST(MessageStory, TheEnvelopeIsKnownFromTheMomentTheLetterIsWritten)
{
    const HeadlessRun run = runHeadless(lessonPath(QStringLiteral("01-first-email.yaml")));
    const MessageStory before = storyAt(run, "m1", 0);
    EXPECT_FALSE(before.written());
    const MessageStory story = storyAt(run, "m1", 1);
    EXPECT_TRUE(story.written());
    EXPECT_EQ(story.mailFrom(), "alice@sender.test");
    EXPECT_EQ(story.rcptTo(), std::vector<std::string>{"bob@example.org"});
    EXPECT_EQ(story.subject(), "Lunch?");
    EXPECT_EQ(story.sizeBytes(), 4096);
}

TEST(MessageStory, ReceivedLinesGrowHopByHopAndShrinkWhenTheMomentIsEarlier)
{
    const HeadlessRun run = runHeadless(lessonPath(QStringLiteral("01-first-email.yaml")));
    std::vector<int> counts;
    for (std::size_t cursor = 0; cursor <= run.records.size(); ++cursor) {
        const int n = storyAt(run, "m1", cursor).receivedCount();
        if (counts.empty() || counts.back() != n) counts.push_back(n);
    }
    EXPECT_EQ(counts, (std::vector<int>{0, 1, 2, 3}));  // post office, sorting station, PO box

    const MessageStory end = storyAt(run, "m1", run.records.size());
    const std::vector<std::string> headers = end.headers();
    EXPECT_EQ(countPrefix(headers, "Received: "), 3);
    // The stored copy's own words, top first: the PO box's line, then the sorting station's.
    EXPECT_EQ(headers, run.records[positionOf(run, EventType::MailboxStored)].headers);

    // Just after the sorting station took it: two lines, the newest on top.
    const MessageStory middle = storyAt(run, "m1", positionOf(run, EventType::SmtpConnect, 2));
    const auto lines = middle.headers();
    ASSERT_EQ(countPrefix(lines, "Received: "), 2);
    EXPECT_NE(lines[0].find("by mx1.example.org with ESMTP id 500001"), std::string::npos) << lines[0];
    // Alice logs in but the lesson's post office offers no TLS: ESMTPA (RFC 3848).
    EXPECT_NE(lines[1].find("by smtp.sender.test with ESMTPA "), std::string::npos) << lines[1];
    EXPECT_EQ(countPrefix(lines, "Return-Path: "), 0);  // only final delivery writes it
    EXPECT_EQ(countPrefix(lines, "Message-ID: "), 1);   // the post office added it
}

TEST(MessageStory, DateAndMessageIdAppearOnlyOnceThePostOfficeHasTakenTheLetter)
{
    const HeadlessRun run = runHeadless(lessonPath(QStringLiteral("01-first-email.yaml")));
    const auto early = storyAt(run, "m1", 5).headers();
    EXPECT_EQ(countPrefix(early, "Message-ID: "), 0);
    EXPECT_EQ(countPrefix(early, "Date: "), 0);
    EXPECT_EQ(countPrefix(early, "From: "), 1);
}

TEST(MessageStory, AReceivedLineNoStoredCopyCarriesIsDatedByTheRunsOwnClock)
{
    // The letter never reaches a PO box, so no copy in the trace carries the post office's
    // Received line: the story writes it, dated by the engine's clock of this run (the
    // lesson starts on Wednesday 14 July 2010 at 09:00), not by one of its own.
    const QString lesson = QStringLiteral("08-expired-after-five-days.yaml");
    const HeadlessRun run = runHeadless(lessonPath(lesson));
    const LoadResult loaded = loadScenarioFile(lessonPath(lesson).toStdString());
    ASSERT_TRUE(loaded.ok());
    const Narrator narrator({}, loaded.spec->startEpochSeconds);
    const auto headers = storyAt(run, "m1", run.records.size(), narrator).headers();
    ASSERT_EQ(countPrefix(headers, "Received: "), 1);
    const auto received = std::find_if(headers.begin(), headers.end(),
                                       [](const std::string& h) { return h.rfind("Received: ", 0) == 0; });
    EXPECT_NE(received->find("by smtp.sender.test with ESMTPA "), std::string::npos) << *received;
    EXPECT_NE(received->find("; Wed, 14 Jul 2010 09:00:"), std::string::npos) << *received;
}

TEST(MessageStory, EachHopKeepsItsWholeTranscriptWithTheRealCodes)
{
    const HeadlessRun run = runHeadless(lessonPath(QStringLiteral("01-first-email.yaml")));
    const MessageStory story = storyAt(run, "m1", run.records.size());
    ASSERT_EQ(story.hops().size(), 3u);
    EXPECT_EQ(story.hops()[0].port, 587);
    EXPECT_EQ(story.hops()[1].port, 25);
    EXPECT_EQ(story.hops()[2].port, 24);
    EXPECT_EQ(story.hops()[1].client, "smtp.sender.test");
    EXPECT_EQ(story.hops()[1].server, "mx1.example.org");
    std::vector<std::string> said;
    for (const auto& line : story.hops()[1].lines)
        if (line.side == TranscriptLine::Side::Client || line.side == TranscriptLine::Side::Server) said.push_back(line.text);
    EXPECT_EQ(said, (std::vector<std::string>{"220 mx1.example.org ESMTP ready", "EHLO smtp.sender.test",
                                               "250 mx1.example.org", "MAIL FROM:<alice@sender.test>", "250 2.1.0 Ok",
                                               "RCPT TO:<bob@example.org>", "250 2.1.5 Ok", "DATA",
                                               "354 End data with <CR><LF>.<CR><LF>",
                                               "250 2.0.0 Ok: queued as 500001", "QUIT", "221 2.0.0 Bye"}));
    EXPECT_TRUE(story.hops()[1].accepted);
    EXPECT_TRUE(story.hops()[1].closed);
    // The letter itself travels after 354, before the server's 250.
    const auto& lines = story.hops()[1].lines;
    const auto letter = std::find_if(lines.begin(), lines.end(), [](const TranscriptLine& l) { return l.side == TranscriptLine::Side::Letter; });
    ASSERT_NE(letter, lines.end());
    EXPECT_EQ(std::prev(letter)->text.substr(0, 3), "354");
    EXPECT_EQ(std::next(letter)->text.substr(0, 3), "250");

    const MessageStory early = storyAt(run, "m1", 10);
    ASSERT_EQ(early.hops().size(), 1u);
    EXPECT_LT(early.hops()[0].lines.size(), story.hops()[0].lines.size());
}

TEST(MessageStory, AForgedResultsLineIsOnTheLetterUntilTheSortingStationTearsItOff)
{
    // Lesson 14: Mallory writes "Authentication-Results: mx.school.test; ... dmarc=pass" on top.
    const HeadlessRun run = runHeadless(lessonPath(QStringLiteral("14-the-from-line-lies.yaml")));
    const std::string forged = "Authentication-Results: mx.school.test; spf=pass smtp.mailfrom=bank.test";
    const auto hasForged = [&](const std::vector<std::string>& lines) {
        return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.rfind(forged, 0) == 0; });
    };
    std::size_t checked = run.records.size();
    for (std::size_t i = 0; i < run.records.size(); ++i)
        if (run.records[i].type == EventType::AuthChecked && run.records[i].message == "m2") {
            checked = i;
            break;
        }
    ASSERT_LT(checked, run.records.size());
    const MessageStory before = storyAt(run, "m2", checked);
    EXPECT_TRUE(hasForged(before.headers()));
    EXPECT_EQ(before.writerLines().size(), 1u);
    const MessageStory after = storyAt(run, "m2", checked + 1);
    EXPECT_FALSE(hasForged(after.headers()));
    ASSERT_EQ(after.checks().size(), 1u);
    ASSERT_EQ(after.checks().front().removed.size(), 1u);
    EXPECT_EQ(after.checks().front().removed.front().rfind(forged, 0), 0u);
}

TEST(MessageStory, ABccRecipientIsOnTheEnvelopeOnly)
{
    const HeadlessRun run = runHeadless(lessonPath(QStringLiteral("07-several-recipients.yaml")));
    const MessageStory story = storyAt(run, "m1", run.records.size());
    EXPECT_EQ(story.rcptTo().size(), 4u);
    EXPECT_EQ(story.envelopeOnly(), std::vector<std::string>{"dave@example.org"});
    const auto headers = story.headers();
    for (const auto& h : headers)
        if (h.rfind("Received:", 0) != 0) {
            EXPECT_EQ(h.find("dave@example.org"), std::string::npos) << h;
        }
    // The unknown user was refused at RCPT; the letter comes back as a notice.
    EXPECT_EQ(story.hops()[1].rcptAccepted, (std::vector<std::string>{"bob@example.org", "carol@example.org", "dave@example.org"}));
    const auto& marks = story.marks();
    EXPECT_TRUE(std::any_of(marks.begin(), marks.end(), [](const JourneyMark& m) { return m.kind == JourneyMark::Kind::Returned; }));
}

TEST(MessageStory, TheJourneyListsTheRoadTripsSoFar)
{
    const HeadlessRun run = runHeadless(lessonPath(QStringLiteral("01-first-email.yaml")));
    const MessageStory story = storyAt(run, "m1", run.records.size());
    std::vector<std::string> stops;
    for (const auto& leg : story.legs()) stops.push_back(leg.from + ">" + leg.to);
    EXPECT_EQ(stops, (std::vector<std::string>{"alice>smtp.sender.test", "smtp.sender.test>backbone",
                                                "backbone>mx1.example.org", "mx1.example.org>box.example.org",
                                                "box.example.org>bob"}));  // Bob's phone fetches it
    EXPECT_EQ(storyAt(run, "m1", positionOf(run, EventType::RoadDepart, 1)).legs().size(), 1u);
}

QString tlsData(const char* file) { return QStringLiteral(POSTIE_TEST_DATA_DIR "/") + QLatin1String(file); }

TEST(MessageStory, TheReceivedWordFollowsWhatTheTraceSaysOfTlsAndAuth)
{
    // Submission in TLS with AUTH: ESMTPSA; the relay in TLS without AUTH: ESMTPS; then LMTP.
    const HeadlessRun run = runHeadless(tlsData("tls_snooper.yaml"));
    const MessageStory story = storyAt(run, "m1", run.records.size());
    ASSERT_EQ(story.hops().size(), 3u);
    EXPECT_TRUE(story.hops()[0].tls);
    EXPECT_TRUE(story.hops()[0].authenticated);
    EXPECT_EQ(story.hops()[0].protocol(), "ESMTPSA");
    EXPECT_TRUE(story.hops()[1].tls);
    EXPECT_FALSE(story.hops()[1].authenticated);
    EXPECT_EQ(story.hops()[1].protocol(), "ESMTPS");
    EXPECT_EQ(story.hops()[2].protocol(), "LMTP");
    const auto headers = story.headers();
    EXPECT_TRUE(std::any_of(headers.begin(), headers.end(), [](const std::string& h) {
        return h.find("by smtp.sender.test with ESMTPSA ") != std::string::npos;
    }));
    EXPECT_TRUE(std::any_of(headers.begin(), headers.end(), [](const std::string& h) {
        return h.find("by mx.school.test with ESMTPS ") != std::string::npos;
    }));

    // With STARTTLS torn off on the way, the relay talks in clear: plain ESMTP.
    const HeadlessRun stripped = runHeadless(tlsData("tls_stripped.yaml"));
    const MessageStory clear = storyAt(stripped, "m1", stripped.records.size());
    ASSERT_EQ(clear.hops().size(), 3u);
    EXPECT_EQ(clear.hops()[0].protocol(), "ESMTPSA");
    EXPECT_FALSE(clear.hops()[1].tls);
    EXPECT_EQ(clear.hops()[1].protocol(), "ESMTP");
    // Until tls.started, the session is not in TLS: the word depends on the moment.
    std::size_t started = 0;
    while (run.records[started].type != EventType::TlsStarted) ++started;
    EXPECT_FALSE(storyAt(run, "m1", started).hops()[0].tls);
    EXPECT_TRUE(storyAt(run, "m1", started + 1).hops()[0].tls);
}

TEST(MessageStory, AMultiLineReplyIsWrittenLineByLineAsTheProtocolDoes)
{
    const HeadlessRun run = runHeadless(tlsData("tls_snooper.yaml"));
    const MessageStory story = storyAt(run, "m1", run.records.size());
    ASSERT_FALSE(story.hops().empty());
    std::vector<std::string> server;
    bool tlsLine = false;
    for (const auto& line : story.hops()[0].lines) {
        if (line.side == TranscriptLine::Side::Server) server.push_back(line.text);
        if (line.side == TranscriptLine::Side::Tls) tlsLine = true;
    }
    const auto at = std::find(server.begin(), server.end(), "250-smtp.sender.test");
    ASSERT_NE(at, server.end());
    ASSERT_NE(at + 1, server.end());
    EXPECT_EQ(*(at + 1), "250 STARTTLS");
    EXPECT_NE(std::find(server.begin(), server.end(), "220 2.0.0 Ready to start TLS"), server.end());
    EXPECT_TRUE(tlsLine) << "the moment TLS starts is in the transcript";
    for (const auto& line : server) EXPECT_EQ(line.find('\n'), std::string::npos) << line;
}

TEST(MessageStory, EachHopKnowsHowItsLetterTravelled)
{
    const HeadlessRun run = runHeadless(tlsData("tls_stripped.yaml"));
    const MessageStory m1 = storyAt(run, "m1", run.records.size());
    ASSERT_EQ(m1.hops().size(), 3u);
    EXPECT_EQ(m1.hops()[0].seal, Seal::Envelope);
    EXPECT_EQ(m1.hops()[1].seal, Seal::Postcard);
    const MessageStory m2 = storyAt(run, "m2", run.records.size());
    ASSERT_FALSE(m2.hops().empty());
    EXPECT_EQ(m2.hops()[0].seal, Seal::LockedBox);
    // Before its truck leaves, a hop makes no claim.
    const MessageStory early = storyAt(run, "m1", positionOf(run, EventType::RoadDepart));
    ASSERT_FALSE(early.hops().empty());
    EXPECT_FALSE(early.hops()[0].seal.has_value());
}

} // namespace
} // namespace postie::gui
