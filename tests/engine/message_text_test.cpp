// A letter as a mail program reads it: the whole message with CRLF line ends, MIME, a body that
// makes it its size, and its mbox form (mboxrd quoting, the From_ line).
#include "imap/imap_mailboxes.h"
#include "mail/mailbox_export.h"
#include "mail/mailbox_snapshot.h"
#include "mail/mailbox_store.h"
#include "mail/message_text.h"
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace postie {
namespace {

ScenarioSpec town(const std::string& path)
{
    const auto loaded = loadScenarioFile(std::string(POSTIE_SOURCE_DIR) + "/" + path);
    EXPECT_TRUE(loaded.ok()) << path;
    return *loaded.spec;
}

// The letters a user's PO box holds at the end of a run.
std::vector<MessagePtr> lettersOf(const World& world, const std::string& user)
{
    std::vector<MessagePtr> out;
    for (const auto& s : world.stations())
        if (const auto* store = dynamic_cast<const MailboxStore*>(s.get()))
            if (const auto box = store->boxes().find(user); box != store->boxes().end())
                for (const auto& l : box->second.letters) out.push_back(l.message);
    return out;
}

std::string readAll(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

TEST(MessageText, MboxrdQuotesEveryFromLineOneLevelDeeper)
{
    EXPECT_EQ(quotedFromLines("Subject: x\n\nFrom here\n>From there\n>>From afar\nFromage\n From\nFrom the end"),
              "Subject: x\n\n>From here\n>>From there\n>>>From afar\nFromage\n From\n>From the end");
    EXPECT_EQ(mboxFromLine("", 0), "From MAILER-DAEMON Thu Jan  1 00:00:00 1970");
    EXPECT_EQ(mboxFromLine("alice@sender.test", 1279098000), "From alice@sender.test Wed Jul 14 09:00:00 2010");
}

// A letter without a text of its own gets one that makes the message, as its writer submits it
// (without the lines the servers add), exactly its size; the text itself is written with CRLF.
TEST(MessageText, ALetterWithoutTextIsItsSizeAsSubmittedWithCrlfLineEnds)
{
    ScenarioRun run(town("tests/data/mail/letters_with_from_lines.yaml"));
    run.runToEnd();
    const auto carol = lettersOf(run.world(), "carol@example.org");
    ASSERT_EQ(carol.size(), 2u);
    for (const MessagePtr& m : carol) {
        const std::string text = messageText(*m, run.world());
        EXPECT_EQ(text.find('\n'), text.find("\r\n") + 1);
        EXPECT_EQ(text.find("\n\n"), std::string::npos);  // no bare LF anywhere
        std::size_t added = 0;  // the Return-Path and Received fields, their folded lines too
        bool inAdded = false;
        for (std::size_t at = 0; at < text.size();) {
            const std::size_t end = text.find("\r\n", at) + 2;
            const std::string line = text.substr(at, end - at);
            if (line == "\r\n") break;
            if (line[0] != ' ' && line[0] != '\t') inAdded = line.starts_with("Return-Path:") || line.starts_with("Received:");
            EXPECT_LE(line.size(), 80u) << line;  // 78 and the CRLF (RFC 5322 §2.1.1)
            if (inAdded) added += line.size();
            at = end;
        }
        EXPECT_GT(added, 0u);
        EXPECT_EQ(text.size() - added, m->sizeBytes) << m->subject;
        EXPECT_NE(text.find("\r\nContent-Type: text/plain; charset=utf-8\r\n"), std::string::npos);
        EXPECT_EQ(letterBody(*m, run.world()), letterBody(*m, run.world()));  // the same every time
    }
    // A text the scenario gives is the body, as written.
    const auto bob = lettersOf(run.world(), "bob@example.org");
    ASSERT_FALSE(bob.empty());
    EXPECT_NE(messageText(*bob.front(), run.world()).find("\r\n\r\nHello Bob,\r\nFrom now on"), std::string::npos);
}

// Exported, each user's mbox holds their letters; a Maildir keeps read ones in cur/ with :2,S.
TEST(MailboxExport, WritesEveryUsersMboxAndMaildir)
{
    ScenarioRun run(town("tests/data/mail/letters_with_from_lines.yaml"));
    run.runToEnd();
    const auto dir = std::filesystem::temp_directory_path() / ("postie-export-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    const MailboxExport mbox = exportMailboxes(run.world(), dir / "mbox", MailboxFormat::Mbox);
    ASSERT_EQ(mbox.error, "");
    ASSERT_EQ(mbox.boxes.size(), 2u);
    EXPECT_EQ(mbox.boxes[0].user, "bob@example.org");
    const std::string bob = readAll(dir / "mbox" / "bob@example.org.mbox");
    EXPECT_TRUE(bob.starts_with("From alice@sender.test Sat Jan  1 00:00:00 2000\nReturn-Path: <alice@sender.test>\n"));
    EXPECT_NE(bob.find("\n>From now on we meet at noon.\n>>From the old plan"), std::string::npos);
    EXPECT_EQ(bob.find('\r'), std::string::npos);

    const MailboxExport maildir = exportMailboxes(run.world(), dir / "maildir", MailboxFormat::Maildir);
    ASSERT_EQ(maildir.error, "");
    std::size_t seen = 0, unseen = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir / "maildir" / "bob@example.org" / "cur")) {
        EXPECT_TRUE(e.path().filename().string().ends_with(":2,S"));
        ++seen;
    }
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir / "maildir" / "carol@example.org" / "new"))
        ++unseen;
    EXPECT_EQ(seen, 2u);    // Bob's IMAP phone has fetched both of his
    EXPECT_EQ(unseen, 2u);  // Carol has no device
    // A folder that cannot be made is said, not thrown.
    std::ofstream(dir / "a-file") << "x";
    EXPECT_NE(exportMailboxes(run.world(), dir / "a-file" / "inside", MailboxFormat::Mbox).error, "");
    std::filesystem::remove_all(dir);
}

// A letter's text as a file holds it: LF line ends.
std::string withLf(std::string text)
{
    for (std::size_t at = 0; (at = text.find("\r\n", at)) != std::string::npos;) text.erase(at, 1);
    return text;
}

// Forty-one users are written side by side (one writer a core); every file still holds exactly
// its user's letters, each as the IMAP view serves it, whoever wrote it.
TEST(MailboxExport, EveryUsersFileHoldsTheirLettersWhenWrittenSideBySide)
{
    ScenarioRun run(town("tests/data/mail/newsletter_to_forty.yaml"));
    run.runToEnd();
    const auto dir = std::filesystem::temp_directory_path() / ("postie-export-40-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    const std::vector<UserLetters> users = lettersByUser(run.world());
    ASSERT_EQ(users.size(), 41u);
    const MailboxExport mbox = exportMailboxes(run.world(), dir / "mbox", MailboxFormat::Mbox);
    const MailboxExport maildir = exportMailboxes(run.world(), dir / "maildir", MailboxFormat::Maildir);
    ASSERT_EQ(mbox.error, "");
    ASSERT_EQ(maildir.error, "");
    ASSERT_EQ(mbox.boxes.size(), users.size());
    for (std::size_t i = 0; i < users.size(); ++i) {
        const UserLetters& user = users[i];
        ASSERT_EQ(user.inbox.size(), 1u) << user.address;
        const Message& m = *user.inbox.front().message;
        const std::string text = withLf(messageText(m, run.world()));
        EXPECT_NE(text.find("for <" + user.address + ">"), std::string::npos) << user.address;
        EXPECT_EQ(mbox.boxes[i].user, user.address);
        EXPECT_EQ(mbox.boxes[i].letters, 1u + user.junk.size());
        EXPECT_EQ(readAll(mbox.boxes[i].path), mboxFromLine(m.mailFrom, user.inbox.front().filedAt) + "\n" + text + "\n")
            << user.address;
        std::vector<std::filesystem::path> files;
        for (const auto& e : std::filesystem::directory_iterator(maildir.boxes[i].path / "new")) files.push_back(e.path());
        ASSERT_EQ(files.size(), 1u) << user.address;
        EXPECT_EQ(readAll(files.front()), text) << user.address;
        if (user.junk.empty()) continue;
        const Message& junk = *user.junk.front().message;
        EXPECT_EQ(junk.subject, "You won");
        EXPECT_EQ(readAll(dir / "mbox" / (user.address + ".Junk.mbox")),
                  mboxFromLine(junk.mailFrom, user.junk.front().filedAt) + "\n" + withLf(messageText(junk, run.world())) + "\n");
        EXPECT_TRUE(std::filesystem::exists(maildir.boxes[i].path / ".Junk" / "new"));
    }
    std::filesystem::remove_all(dir);
}

// The IMAP view and the mailbox files are made from one list of every user's letters: the same
// users, folders and letters in the same order.
TEST(MailboxSnapshot, TheImapViewShowsTheLettersTheFilesHold)
{
    ScenarioRun run(town("tests/data/mail/newsletter_to_forty.yaml"));
    run.runToEnd();
    const std::vector<UserLetters> users = lettersByUser(run.world());
    const ImapMailboxes boxes = ImapMailboxes::of(run.world());
    ASSERT_EQ(boxes.users().size(), users.size());
    bool anyJunk = false;
    for (const UserLetters& user : users) {
        const auto* folders = boxes.folders(user.address);
        ASSERT_NE(folders, nullptr) << user.address;
        ASSERT_EQ(folders->size(), 2u);
        const auto same = [](const std::vector<ImapLetter>& shown, const std::vector<FiledLetter>& filed) {
            return std::equal(shown.begin(), shown.end(), filed.begin(), filed.end(), [](const ImapLetter& a, const FiledLetter& b) {
                return a.message == b.message && a.seen == b.seen && a.filedAt == b.filedAt;
            });
        };
        EXPECT_TRUE(same((*folders)[0].letters, user.inbox)) << user.address;
        EXPECT_TRUE(same((*folders)[1].letters, user.junk)) << user.address;
        for (const FiledLetter& l : user.junk) EXPECT_TRUE(l.message->junk);
        for (const FiledLetter& l : user.inbox) EXPECT_FALSE(l.message->junk);
        anyJunk = anyJunk || !user.junk.empty();
    }
    EXPECT_TRUE(anyJunk);  // the letter the spam filter flags is filed in Junk
}

} // namespace
} // namespace postie
