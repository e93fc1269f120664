// The PO boxes at a moment that moves (the app's File > Open in a mail program, postie-cli imap
// --speed): letters arrive as the moment goes forward, an idling client hears of them, and a
// client hears of letters a POP3 device took; one whose UIDs no longer hold (the moment went
// back) is told to go.
#include "imap/imap_session.h"
#include "scenario/live_mailboxes.h"
#include "scenario/scenario_loader.h"
#include "support/imap_conversation.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace postie {
namespace {

using namespace std::chrono_literals;

ScenarioSpec townOf(const std::string& path)
{
    const auto loaded = loadScenarioFile(std::string(POSTIE_SOURCE_DIR) + path);
    EXPECT_TRUE(loaded.ok());
    return *loaded.spec;
}

std::size_t inboxOf(const LiveMailboxes& live, const std::string& user)
{
    const auto* folders = live.boxes().folders(user);
    return folders ? folders->front().letters.size() : 0;
}

using Client = testing::ImapConversation;

// Alice writes to Bob, whose desktop fetches by POP3 every 10 minutes: each letter is
// {when, subject}.
ScenarioSpec pop3Town(const std::vector<std::pair<std::string, std::string>>& letters)
{
    std::string text = R"(format: postie/1
title: Bob reads by POP3
stations:
  - {id: alice, kind: client, user: alice@a.test, submit_to: smtp.a.test}
  - {id: smtp.a.test, kind: outgoing, resolver: dns.a.test}
  - {id: dns.a.test, kind: resolver}
  - {id: mx.b.test, kind: incoming, accepts: [b.test], deliver_to: box.b.test}
  - {id: box.b.test, kind: mailbox, users: [bob@b.test]}
  - {id: bob, kind: client, user: bob@b.test, read_from: box.b.test, check: {protocol: pop3, every: 10m}}
dns:
  - {name: b.test, type: MX, preference: 10, host: mx.b.test}
  - {name: mx.b.test, type: A, address: 192.0.2.9}
roads:
  - {between: [alice, smtp.a.test], latency: 1ms}
  - {between: [smtp.a.test, dns.a.test], latency: 1ms}
  - {between: [smtp.a.test, mx.b.test], latency: 1ms}
  - {between: [mx.b.test, box.b.test], latency: 1ms}
  - {between: [box.b.test, bob], latency: 1ms}
mail:
)";
    for (const auto& [at, subject] : letters)
        text += "  - {at: " + at + ", from: alice@a.test, to: [bob@b.test], subject: \"" + subject + "\"}\n";
    const auto loaded = loadScenarioText(text, "pop3.yaml");
    EXPECT_TRUE(loaded.ok());
    return *loaded.spec;
}


TEST(LiveMailboxes, LettersArriveAsTheMomentMovesOnAndGoAgainWhenItGoesBack)
{
    LiveMailboxes live(townOf("/tests/data/mail/letters_with_from_lines.yaml"));
    EXPECT_EQ(inboxOf(live, "bob@example.org"), 0u);  // Bob's box is there before any letter
    EXPECT_TRUE(live.moveTo(SimTime::fromSeconds(30)));
    EXPECT_EQ(inboxOf(live, "bob@example.org"), 1u);
    EXPECT_FALSE(live.moveTo(SimTime::fromSeconds(31)));  // nothing new
    EXPECT_TRUE(live.moveTo(SimTime::fromSeconds(180)));
    EXPECT_EQ(inboxOf(live, "bob@example.org"), 2u);
    EXPECT_EQ(live.boxes().uidValidity(), 1u);  // it only grew: the UIDs hold

    EXPECT_TRUE(live.moveTo(SimTime::fromSeconds(30)));
    EXPECT_EQ(inboxOf(live, "bob@example.org"), 1u);
    EXPECT_EQ(live.boxes().uidValidity(), 2u);
    EXPECT_EQ(live.at(), SimTime::fromSeconds(30));
}

TEST(LiveMailboxes, AnIdlingClientHearsOfEachNewLetterAndABusyOneBeforeItsNextAnswer)
{
    LiveMailboxes live(townOf("/tests/data/mail/letters_with_from_lines.yaml"));
    live.moveTo(SimTime::fromSeconds(30));
    Client idler(live.boxes()), busy(live.boxes());
    for (Client* c : {&idler, &busy}) EXPECT_NE(c->say("a1 LOGIN bob@example.org postie\r\na2 SELECT INBOX\r\n").find("* 1 EXISTS"), std::string::npos);
    EXPECT_EQ(idler.say("a3 IDLE\r\n"), "+ idling\r\n");

    live.moveTo(SimTime::fromSeconds(60));  // only Carol's letter came
    EXPECT_EQ(idler.session.refresh(), "");
    live.moveTo(SimTime::fromSeconds(180));
    EXPECT_EQ(idler.session.refresh(), "* 2 EXISTS\r\n");
    EXPECT_EQ(idler.session.refresh(), "");  // told once
    EXPECT_EQ(busy.session.refresh(), "");   // not idling: it hears with its next answer
    EXPECT_EQ(busy.say("a3 NOOP\r\n"), "* 2 EXISTS\r\na3 OK NOOP completed\r\n");
    EXPECT_EQ(idler.say("DONE\r\n"), "a3 OK IDLE terminated\r\n");
    EXPECT_NE(busy.say("a4 FETCH 2 (ENVELOPE)\r\n").find("\"From the office\""), std::string::npos);
}

TEST(LiveMailboxes, AClientIsToldToConnectAgainWhenTheMomentGoesBack)
{
    LiveMailboxes live(townOf("/tests/data/mail/letters_with_from_lines.yaml"));
    live.moveTo(SimTime::fromSeconds(180));
    Client c(live.boxes());
    c.say("a1 LOGIN bob@example.org postie\r\na2 SELECT INBOX\r\na3 IDLE\r\n");
    live.moveTo(SimTime::fromSeconds(30));
    EXPECT_EQ(c.session.refresh(), "* BYE the town went back in time; connect again\r\n");
    EXPECT_TRUE(c.session.loggedOut());

    // A new connection sees the earlier moment under the new UIDVALIDITY.
    Client again(live.boxes());
    const std::string selected = again.say("b1 LOGIN bob@example.org postie\r\nb2 SELECT INBOX\r\n");
    EXPECT_NE(selected.find("* 1 EXISTS"), std::string::npos);
    EXPECT_NE(selected.find("[UIDVALIDITY 2]"), std::string::npos) << selected;
}

// POP3 takes letters away (RFC 1939 DELE, removed at QUIT): a client that has the folder open
// hears "* N EXPUNGE" (RFC 3501 §7.4.1) and keeps its UIDs, which name each letter for good. A
// client in the middle of a FETCH by number hears it only with its next other command.
TEST(LiveMailboxes, LettersFetchedByPop3AreExpungedAndTheUidsHold)
{
    LiveMailboxes live(pop3Town({{"0s", "One"}, {"15m", "Two"}}));
    live.moveTo(SimTime::fromSeconds(60));
    ASSERT_EQ(inboxOf(live, "bob@b.test"), 1u);
    Client idler(live.boxes()), busy(live.boxes());
    for (Client* c : {&idler, &busy}) EXPECT_NE(c->say("a1 LOGIN bob@b.test postie\r\na2 SELECT INBOX\r\n").find("* 1 EXISTS"), std::string::npos);
    EXPECT_EQ(idler.say("a3 IDLE\r\n"), "+ idling\r\n");

    EXPECT_TRUE(live.moveTo(SimTime::fromSeconds(12 * 60)));  // Bob's device took "One" at 10:00
    EXPECT_EQ(inboxOf(live, "bob@b.test"), 0u);
    EXPECT_EQ(live.boxes().uidValidity(), 1u);
    EXPECT_EQ(idler.session.refresh(), "* 1 EXPUNGE\r\n");
    EXPECT_EQ(busy.session.refresh(), "");
    EXPECT_EQ(busy.say("a3 FETCH 1 (UID)\r\n"), "* 1 FETCH (UID 1)\r\na3 OK FETCH completed\r\n");  // as it knows it
    EXPECT_EQ(busy.say("a4 NOOP\r\n"), "* 1 EXPUNGE\r\na4 OK NOOP completed\r\n");
    // What Thunderbird asks next, of the folder it now knows is empty.
    EXPECT_EQ(busy.say("a5 UID fetch 1:* (FLAGS)\r\n"), "a5 OK UID FETCH completed\r\n");

    EXPECT_TRUE(live.moveTo(SimTime::fromSeconds(16 * 60)));  // "Two" is filed: UID 2, never 1 again
    EXPECT_EQ(idler.session.refresh(), "* 1 EXISTS\r\n");
    EXPECT_EQ(idler.say("DONE\r\n"), "a3 OK IDLE terminated\r\n");
    EXPECT_EQ(idler.say("a4 UID FETCH 1:* (FLAGS)\r\n"), "* 1 FETCH (UID 2 FLAGS ())\r\na4 OK UID FETCH completed\r\n");
    Client late(live.boxes());
    EXPECT_NE(late.say("b1 LOGIN bob@b.test postie\r\nb2 EXAMINE INBOX\r\n").find("[UIDNEXT 3]"), std::string::npos);
}

// Three letters taken at one QUIT and one come since: each is told, highest number first, and
// the folder the client knows is the one the server has.
TEST(LiveMailboxes, SeveralLettersTakenAtOnceAreEachExpunged)
{
    LiveMailboxes live(pop3Town({{"0s", "One"}, {"1m", "Two"}, {"2m", "Three"}, {"11m", "Four"}}));
    live.moveTo(SimTime::fromSeconds(3 * 60));
    Client c(live.boxes());
    EXPECT_NE(c.say("a1 LOGIN bob@b.test postie\r\na2 SELECT INBOX\r\n").find("* 3 EXISTS"), std::string::npos);
    EXPECT_EQ(c.say("a3 IDLE\r\n"), "+ idling\r\n");
    live.moveTo(SimTime::fromSeconds(12 * 60));
    EXPECT_EQ(c.session.refresh(), "* 3 EXPUNGE\r\n* 2 EXPUNGE\r\n* 1 EXPUNGE\r\n* 1 EXISTS\r\n");
    EXPECT_EQ(c.say("DONE\r\n"), "a3 OK IDLE terminated\r\n");
    EXPECT_EQ(c.say("a4 UID FETCH 1:* (UID)\r\n"), "* 1 FETCH (UID 4)\r\na4 OK UID FETCH completed\r\n");
}

// A device reading a letter by IMAP sets its \Seen flag: an idling client hears it.
TEST(LiveMailboxes, AnIdlingClientHearsWhenADeviceReadsALetter)
{
    LiveMailboxes live(townOf("/tests/data/mail/letters_with_from_lines.yaml"));
    live.moveTo(SimTime::fromSeconds(180));
    Client c(live.boxes());
    const std::string selected = c.say("a1 LOGIN bob@example.org postie\r\na2 SELECT INBOX\r\n");
    ASSERT_NE(selected.find("* 2 EXISTS"), std::string::npos);
    ASSERT_NE(selected.find("[UNSEEN 1]"), std::string::npos);
    EXPECT_EQ(c.say("a3 IDLE\r\n"), "+ idling\r\n");
    live.moveTo(SimTime::fromSeconds(11 * 60));  // Bob's phone checks every 10 minutes
    EXPECT_EQ(c.session.refresh(), "* 1 FETCH (FLAGS (\\Seen))\r\n* 2 FETCH (FLAGS (\\Seen))\r\n");
}

} // namespace
} // namespace postie
