// The narration's grammar and its two sets of words: a verb agrees with the station that acts
// ("The town's writers knock", "The PO boxes at box.example.org answer"), and with email
// words the places and the letter take their email names.
#include "trace/narrator.h"

#include <gtest/gtest.h>

namespace postie {
namespace {

TraceRecord record(EventType type, std::string station, std::string peer = {})
{
    TraceRecord r;
    r.type = type;
    r.station = std::move(station);
    r.peer = std::move(peer);
    r.message = "m1";
    return r;
}

Narrator town()
{
    return Narrator({{"alice", {"client", "Alice's laptop"}},
                     {"writers", {"client", "The town's writers"}},
                     {"rooms", {"client", "Classrooms"}},
                     {"smtp.sender.test", {"outgoing", "School post office (virus check)"}},
                     {"dns.sender.test", {"resolver", ""}},
                     {"mx1.example.org", {"incoming", ""}},
                     {"box.example.org", {"mailbox", ""}}},
                    std::nullopt);
}

TraceRecord connect(std::string from)
{
    TraceRecord r = record(EventType::SmtpConnect, std::move(from), "smtp.sender.test");
    r.port = 587;
    return r;
}

TEST(NarratorWords, ASingleWriterKnocksAndAPluralOneKnock)
{
    const Narrator n = town();
    EXPECT_EQ(n.tell(connect("alice")),
              "Alice's laptop knocks at the door of the post office smtp.sender.test (SMTP connection, port 587)");
    EXPECT_EQ(n.tell(connect("writers")),
              "The town's writers knock at the door of the post office smtp.sender.test (SMTP connection, port 587)");
    EXPECT_EQ(n.tell(connect("rooms")).rfind("Classrooms knock at", 0), 0u);
}

TEST(NarratorWords, ThePoBoxesAtAHostAnswerInThePlural)
{
    TraceRecord reply = record(EventType::SmtpReply, "box.example.org", "mx1.example.org");
    reply.port = 24;
    reply.code = 250;
    reply.replyText = "OK";
    const Narrator n = town();
    EXPECT_EQ(n.tell(reply), "The PO boxes at box.example.org answer: \"250 OK\" (LMTP reply)");
    EXPECT_EQ(n.tell(record(EventType::StationDown, "box.example.org")),
              "The PO boxes at box.example.org close their doors (station down)");
    EXPECT_EQ(n.tell(record(EventType::StationDown, "mx1.example.org")),
              "The sorting station mx1.example.org closes its doors (station down)");
}

TEST(NarratorWords, ALabelIsPluralByItsLastWordAsDocumented)
{
    for (const char* many : {"The town's writers", "Classrooms", "Staff rooms (IMAP)", "PO boxes"})
        EXPECT_TRUE(Narrator::pluralLabel(many)) << many;
    for (const char* one : {"Alice's laptop", "Bob's phone (IMAP)", "Office", "Campus", "Alice's", "Boss",
                            "Newsletter editor", "Lewis", ""})
        EXPECT_FALSE(Narrator::pluralLabel(one)) << one;
}

TEST(NarratorWords, ALabelInAnotherLanguageTakesTheNumberItIsGiven)
{
    // The app tells the run with the labels in its own language; their number comes from the
    // English label, as the English rule reads it there.
    const Narrator n({{"rooms", {"client", "Klassenzimmer", true}},
                      {"office", {"client", "Bureau des lettres", false}},
                      {"alice", {"client", "Alices Laptop"}},
                      {"smtp.sender.test", {"outgoing", ""}}},
                     std::nullopt);
    EXPECT_TRUE(n.plural("rooms"));
    EXPECT_FALSE(n.plural("office"));
    EXPECT_FALSE(n.plural("alice"));
    EXPECT_EQ(n.tell(connect("rooms")).rfind("Klassenzimmer knock at", 0), 0u);
    EXPECT_EQ(n.tell(connect("office")).rfind("Bureau des lettres knocks at", 0), 0u);
}

TEST(NarratorWords, EmailWordsNameThePlacesAndTheMessageAndKeepTheProtocolWords)
{
    Narrator n = town();
    n.setWords(NarrationWords::Email);
    TraceRecord query = record(EventType::DnsQuery, "smtp.sender.test", "dns.sender.test");
    query.qtype = DnsType::MX;
    query.name = "example.org";
    EXPECT_EQ(n.tell(query), "The outgoing SMTP server (MSA) smtp.sender.test asks the DNS resolver dns.sender.test "
                             "which incoming MX server serves example.org (DNS MX query)");
    TraceRecord stored = record(EventType::MailboxStored, "box.example.org");
    stored.mailbox = "bob@example.org";
    EXPECT_EQ(n.tell(stored), "Message m1 is put in bob@example.org's mailbox at the mailbox store (IMAP/POP3) "
                              "box.example.org (delivered to the mailbox)");
    EXPECT_EQ(n.tell(record(EventType::StationDown, "box.example.org")),
              "The mailbox store (IMAP/POP3) box.example.org closes its doors (station down)")
        << "one mailbox store in email words";
    EXPECT_EQ(n.tell(connect("writers")).rfind("The town's writers knock at the door of the outgoing SMTP server", 0),
              0u);

    n.setWords(NarrationWords::Postal);
    EXPECT_EQ(n.tell(stored), "Letter m1 is put in bob@example.org's PO box in the PO boxes at box.example.org "
                              "(delivered to the mailbox)");
}

} // namespace
} // namespace postie
