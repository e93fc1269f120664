// An IMAP session on the PO boxes as a run leaves them: a mail program's conversation, command by
// command, and the read-only rules (NO for what would change a mailbox, BAD for the rest).
#include "imap/imap_session.h"
#include "support/imap_conversation.h"
#include "mail/message_text.h"
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"

#include <gtest/gtest.h>

namespace postie::imap {
namespace {

using Conversation = testing::ImapConversation;

class ImapSessionTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const auto loaded = loadScenarioFile(std::string(POSTIE_SOURCE_DIR) + "/tests/data/mail/letters_with_from_lines.yaml");
        ASSERT_TRUE(loaded.ok());
        run = std::make_unique<ScenarioRun>(*loaded.spec);
        run->runToEnd();
        boxes = ImapMailboxes::of(run->world());
    }
    std::unique_ptr<ScenarioRun> run;
    ImapMailboxes boxes;
};

TEST_F(ImapSessionTest, AMailProgramLogsInListsSelectsAndFetches)
{
    Conversation c(boxes);
    EXPECT_TRUE(c.session.greeting().starts_with("* OK [CAPABILITY IMAP4rev1"));
    EXPECT_EQ(c.say("a0 SELECT INBOX\r\n"), "a0 BAD SELECT comes after LOGIN\r\n");
    EXPECT_EQ(c.say("a1 LOGIN bob@example.org secret\r\n"),
              "a1 NO [AUTHENTICATIONFAILED] log in with a PO box's address and the password postie\r\n");
    EXPECT_TRUE(c.say("a2 LOGIN \"Bob@Example.org\" postie\r\n").starts_with("a2 OK"));
    EXPECT_EQ(c.say("a3 LIST \"\" *\r\n"), "* LIST () \"/\" INBOX\r\n* LIST (\\Junk) \"/\" Junk\r\na3 OK LIST completed\r\n");
    const std::string selected = c.say("a4 SELECT inbox\r\n");
    EXPECT_NE(selected.find("* 2 EXISTS\r\n"), std::string::npos) << selected;
    EXPECT_NE(selected.find("[UIDNEXT 3]"), std::string::npos);
    EXPECT_TRUE(selected.ends_with("a4 OK [READ-ONLY] SELECT completed\r\n"));

    const std::string listing = c.say("a5 FETCH 1:* (FLAGS ENVELOPE)\r\n");
    EXPECT_NE(listing.find("* 1 FETCH (FLAGS (\\Seen) ENVELOPE (\"Sat, 01 Jan 2000 00:00:00 +0000\" \"Plans\" "
                           "((NIL NIL \"alice\" \"sender.test\"))"),
              std::string::npos)
        << listing;
    EXPECT_NE(listing.find("* 2 FETCH (FLAGS (\\Seen) ENVELOPE (\"Sat, 01 Jan 2000 00:02:00 +0000\" \"From the office\""),
              std::string::npos);

    // BODY.PEEK[] is the stored message byte for byte, as a literal.
    const auto* inbox = boxes.folders("bob@example.org");
    ASSERT_NE(inbox, nullptr);
    const std::string text = messageText(*inbox->front().letters.front().message, run->world());
    const std::string body = c.say("a6 UID FETCH 1 (BODY.PEEK[] RFC822.SIZE)\r\n");
    EXPECT_EQ(body, "* 1 FETCH (UID 1 BODY[] {" + std::to_string(text.size()) + "}\r\n" + text + " RFC822.SIZE " +
                        std::to_string(text.size()) + ")\r\na6 OK UID FETCH completed\r\n");
    const std::string fields = c.say("a7 FETCH 1 (BODY.PEEK[HEADER.FIELDS (Subject)])\r\n");
    EXPECT_EQ(fields, "* 1 FETCH (BODY[HEADER.FIELDS (Subject)] {18}\r\nSubject: Plans\r\n\r\n)\r\na7 OK FETCH completed\r\n");
    EXPECT_EQ(c.say("a8 UID SEARCH UNSEEN\r\n"), "* SEARCH\r\na8 OK UID SEARCH completed\r\n");
    EXPECT_EQ(c.say("a9 SEARCH ALL\r\n"), "* SEARCH 1 2\r\na9 OK SEARCH completed\r\n");
    EXPECT_EQ(c.say("b1 LOGOUT\r\n"), "* BYE logging out\r\nb1 OK LOGOUT completed\r\n");
    EXPECT_TRUE(c.session.loggedOut());
}

// Thunderbird lists a folder with BODY.PEEK[HEADER.FIELDS (... Received)]: a folded field comes
// whole, its continuation lines with it, and HEADER.FIELDS.NOT leaves them out with it.
TEST_F(ImapSessionTest, AFoldedFieldComesWholeInHeaderFields)
{
    Conversation c(boxes);
    c.say("a1 LOGIN bob@example.org postie\r\n");
    c.say("a2 EXAMINE INBOX\r\n");
    const auto* inbox = boxes.folders("bob@example.org");
    ASSERT_NE(inbox, nullptr);
    const std::string text = messageText(*inbox->front().letters.front().message, run->world());
    std::string received;  // every Received field, each with its folded lines
    bool inReceived = false;
    for (std::size_t at = 0; at < text.find("\r\n\r\n");) {
        const std::size_t end = text.find("\r\n", at) + 2;
        const std::string line = text.substr(at, end - at);
        if (line[0] != ' ') inReceived = line.starts_with("Received:");
        if (inReceived) received += line;
        at = end;
    }
    ASSERT_NE(received.find("\r\n by "), std::string::npos) << "the Received lines are folded";
    const std::string picked = c.say("a3 FETCH 1 (BODY.PEEK[HEADER.FIELDS (RECEIVED)])\r\n");
    EXPECT_EQ(picked, "* 1 FETCH (BODY[HEADER.FIELDS (RECEIVED)] {" + std::to_string(received.size() + 2) + "}\r\n" +
                          received + "\r\n)\r\na3 OK FETCH completed\r\n");
    const std::string others = c.say("a4 FETCH 1 (BODY.PEEK[HEADER.FIELDS.NOT (Received)])\r\n");
    EXPECT_EQ(others.find("\r\n by "), std::string::npos) << others;
    EXPECT_NE(others.find("\r\nSubject: Plans\r\n"), std::string::npos) << others;
}

// Thunderbird 153's own commands, as it sent them to `postie-cli imap`: it finds the INBOX and
// the Junk folder, is told no for a Trash folder and for marking a letter read, lists the folder
// and shows a letter. Each answer is the one it needs to go on.
TEST_F(ImapSessionTest, ThunderbirdsConversationGoesThrough)
{
    Conversation c(boxes);
    const auto endsWith = [](const std::string& answer, const std::string& last) {
        return answer.ends_with(last) ? ::testing::AssertionSuccess() : ::testing::AssertionFailure() << answer;
    };
    EXPECT_TRUE(endsWith(c.say("9 login \"bob@example.org\" \"postie\"\r\n"), "9 OK [CAPABILITY IMAP4rev1 LITERAL+ IDLE] logged in\r\n"));
    EXPECT_EQ(c.say("10 list \"\" \"*\"\r\n"), "* LIST () \"/\" INBOX\r\n* LIST (\\Junk) \"/\" Junk\r\n10 OK LIST completed\r\n");
    EXPECT_EQ(c.say("11 lsub \"\" \"*\"\r\n"), "* LSUB () \"/\" INBOX\r\n* LSUB (\\Junk) \"/\" Junk\r\n11 OK LSUB completed\r\n");
    EXPECT_EQ(c.say("12 list \"\" \"Trash\"\r\n"), "12 OK LIST completed\r\n");
    EXPECT_TRUE(endsWith(c.say("13 create \"Trash\"\r\n"), "13 NO [READ-ONLY] the PO boxes are shown, not changed\r\n"));
    EXPECT_TRUE(endsWith(c.say("14 select \"INBOX\"\r\n"), "14 OK [READ-ONLY] SELECT completed\r\n"));
    EXPECT_EQ(c.say("15 UID fetch 1:* (FLAGS)\r\n"),
              "* 1 FETCH (UID 1 FLAGS (\\Seen))\r\n* 2 FETCH (UID 2 FLAGS (\\Seen))\r\n15 OK UID FETCH completed\r\n");
    const std::string listed = c.say(
        "16 UID fetch 1 (UID RFC822.SIZE FLAGS BODY.PEEK[HEADER.FIELDS (From To Cc Bcc Subject Date Message-ID Priority "
        "X-Priority References Newsgroups In-Reply-To Content-Type Reply-To Received)])\r\n");
    EXPECT_TRUE(endsWith(listed, ")\r\n16 OK UID FETCH completed\r\n"));
    EXPECT_NE(listed.find("\r\nSubject: Plans\r\n"), std::string::npos) << listed;
    EXPECT_NE(listed.find("\r\n by box.example.org with LMTP"), std::string::npos) << listed;  // Received, whole
    const std::string shown =
        c.say("17 UID fetch 1 (UID BODY.PEEK[HEADER.FIELDS (Content-Type Content-Transfer-Encoding)] BODY.PEEK[TEXT]<0.2048>)\r\n");
    EXPECT_NE(shown.find("{76}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                         " BODY[TEXT]<0> {"),
              std::string::npos)
        << shown;
    EXPECT_NE(shown.find("Hello Bob,\r\nFrom now on"), std::string::npos) << shown;  // as written: no mbox quoting
    EXPECT_EQ(c.say("18 uid store 1 +Flags (\\Seen)\r\n"), "18 NO [READ-ONLY] the PO boxes are shown, not changed\r\n");
    EXPECT_EQ(c.say("19 IDLE\r\n"), "+ idling\r\n");
    EXPECT_EQ(c.say("DONE\r\n"), "19 OK IDLE terminated\r\n");
}

TEST_F(ImapSessionTest, NothingChangesAMailboxAndUnknownWordsAreBad)
{
    Conversation c(boxes);
    c.say("a1 LOGIN carol@example.org postie\r\n");
    const std::string selected = c.say("a2 EXAMINE INBOX\r\n");
    EXPECT_NE(selected.find("* OK [UNSEEN 1]"), std::string::npos) << selected;  // Carol has no device
    EXPECT_EQ(c.say("a3 STORE 1 +FLAGS (\\Seen)\r\n"), "a3 NO [READ-ONLY] the PO boxes are shown, not changed\r\n");
    EXPECT_EQ(c.say("a4 UID EXPUNGE 1\r\n"), "a4 NO [READ-ONLY] the PO boxes are shown, not changed\r\n");
    EXPECT_EQ(c.say("a5 FROB\r\n"), "a5 BAD unknown command FROB\r\n");
    EXPECT_EQ(c.say("a6 FETCH x (FLAGS)\r\n"), "a6 BAD \"x\" is not a set like 1:* or 2,4:6\r\n");
    EXPECT_EQ(c.say("a7 FETCH 1 (BODY[MIME.FOO])\r\n"), "a7 BAD the section MIME.FOO is not offered\r\n");
    EXPECT_EQ(c.say("a8 SEARCH FROM alice\r\n"), "a8 BAD SEARCH offers ALL, SEEN and UNSEEN, not FROM\r\n");
    EXPECT_EQ(c.say("a9 SELECT Drafts\r\n"), "a9 NO no folder Drafts; there are INBOX and Junk\r\n");
    EXPECT_EQ(c.say("b1 FETCH 1 FLAGS\r\n"), "b1 BAD FETCH needs a folder: SELECT INBOX first\r\n");
    EXPECT_EQ(c.say("b2 FETCH 1 (FLAGS\r\n"), "b2 BAD a list is not closed with ')'\r\n");
    // Nothing it says changed a letter's flags.
    c.say("b3 SELECT INBOX\r\n");
    EXPECT_EQ(c.say("b4 SEARCH UNSEEN\r\n"), "* SEARCH 1 2\r\nb4 OK SEARCH completed\r\n");
}

// LIST's wildcards (RFC 3501 §6.3.8): "*" matches anything, "%" anything but the hierarchy
// delimiter, and a pattern of many wildcards is answered at once rather than backtracked.
TEST_F(ImapSessionTest, ListMatchesWildcardsWithoutBacktracking)
{
    Conversation c(boxes);
    c.say("a1 LOGIN bob@example.org postie\r\n");
    EXPECT_EQ(c.say("a2 LIST \"\" J%\r\n"), "* LIST (\\Junk) \"/\" Junk\r\na2 OK LIST completed\r\n");
    EXPECT_EQ(c.say("a3 LIST \"\" in*x\r\n"), "* LIST () \"/\" INBOX\r\na3 OK LIST completed\r\n");
    EXPECT_EQ(c.say("a4 LIST \"\" *O\r\n"), "a4 OK LIST completed\r\n");
    EXPECT_EQ(c.say("a5 LIST \"\" %/%\r\n"), "a5 OK LIST completed\r\n");
    // A backtracking matcher tries every way of sharing INBOX's five letters among 400 stars
    // (about 10^11) before it gives up; this one does 400 x 6 steps.
    EXPECT_EQ(c.say("a6 LIST \"\" " + std::string(400, '*') + "O\r\n"), "a6 OK LIST completed\r\n");
    EXPECT_EQ(c.say("a7 LIST \"\" " + std::string(400, '%') + "k\r\n"), "* LIST (\\Junk) \"/\" Junk\r\na7 OK LIST completed\r\n");
}


TEST(ImapSequenceSet, ReadsRangesStarsAndLists)
{
    bool ok = false;
    using Ranges = SequenceRanges;
    EXPECT_EQ(sequenceSet("1:*", 3, ok), (Ranges{{1, 3}}));
    EXPECT_TRUE(ok);
    EXPECT_EQ(sequenceSet("4:2,1,9", 5, ok), (Ranges{{1, 4}}));
    EXPECT_EQ(sequenceSet("7,2,9:8,5", 9, ok), (Ranges{{2, 2}, {5, 5}, {7, 9}}));
    EXPECT_EQ(sequenceSet("*", 0, ok), (Ranges{}));
    EXPECT_TRUE(ok);
    // Thunderbird asks for "UID FETCH 1:*" of a folder that has just been emptied: nothing, not BAD.
    EXPECT_EQ(sequenceSet("1:*", 0, ok), (Ranges{}));
    EXPECT_TRUE(ok);
    // A folder of two million letters: every one is named, none cut off.
    EXPECT_EQ(sequenceSet("1:*", 2'000'000, ok), (Ranges{{1, 2'000'000}}));
    std::size_t at = 0;
    const Ranges gaps{{2, 3}, {7, 7}};
    std::vector<std::uint32_t> in;
    for (std::uint32_t n = 1; n <= 9; ++n)
        if (inRanges(gaps, at, n)) in.push_back(n);
    EXPECT_EQ(in, (std::vector<std::uint32_t>{2, 3, 7}));
    sequenceSet("1:x", 5, ok);
    EXPECT_FALSE(ok);
    sequenceSet("0", 5, ok);
    EXPECT_FALSE(ok);
}

} // namespace
} // namespace postie::imap
