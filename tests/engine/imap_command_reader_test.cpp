// The IMAP command reader: whole commands out of bytes split anywhere, literals with and without
// the go-ahead, sections in brackets, and everything broken or too big answered BAD while the
// reader carries on with the next command.
#include "imap/imap_command_reader.h"

#include <gtest/gtest.h>

namespace postie::imap {
namespace {

std::vector<Reading> readAll(CommandReader& reader)
{
    std::vector<Reading> out;
    while (auto r = reader.next()) out.push_back(std::move(*r));
    return out;
}

std::vector<Reading> read(std::string_view bytes, Limits limits = {})
{
    CommandReader reader(limits);
    reader.feed(bytes);
    return readAll(reader);
}

TEST(ImapCommandReader, ReadsATagACommandAndItsArguments)
{
    const auto r = read("a1 uid fetch 1:* (FLAGS BODY.PEEK[HEADER.FIELDS (FROM TO)]<0.100> RFC822.SIZE)\r\n");
    ASSERT_EQ(r.size(), 1u);
    ASSERT_EQ(r[0].kind, Reading::Kind::Command) << r[0].error;
    const Command& c = r[0].command;
    EXPECT_EQ(c.tag, "a1");
    EXPECT_EQ(c.name, "UID");
    ASSERT_EQ(c.args.size(), 3u);
    EXPECT_EQ(c.args[0].text, "fetch");
    EXPECT_EQ(c.args[1].text, "1:*");
    ASSERT_EQ(c.args[2].kind, Value::Kind::List);
    ASSERT_EQ(c.args[2].items.size(), 3u);
    EXPECT_EQ(c.args[2].items[1].text, "BODY.PEEK[HEADER.FIELDS (FROM TO)]<0.100>");
}

TEST(ImapCommandReader, ReadsQuotedStringsAndLiteralsWithAndWithoutTheGoAhead)
{
    CommandReader reader;
    reader.feed("A2 LOGIN {15}\r\n");
    auto r = readAll(reader);
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].kind, Reading::Kind::GoAhead);  // the server answers "+" now
    EXPECT_EQ(r[0].tag, "A2");
    reader.feed("bob@example");  // split anywhere
    reader.feed(".org \"pos\\\"tie\"\r\n");
    r = readAll(reader);
    ASSERT_EQ(r.size(), 1u);
    ASSERT_EQ(r[0].kind, Reading::Kind::Command) << r[0].error;
    ASSERT_EQ(r[0].command.args.size(), 2u);
    EXPECT_EQ(r[0].command.args[0].text, "bob@example.org");
    EXPECT_EQ(r[0].command.args[0].kind, Value::Kind::String);
    EXPECT_EQ(r[0].command.args[1].text, "pos\"tie");
    // {n+} comes at once (RFC 7888): no go-ahead; a literal may hold anything, CRLF too.
    r = read("A3 LOGIN {4+}\r\na\r\nb {0}\r\n\r\n");
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[0].kind, Reading::Kind::GoAhead);  // for the empty {0}
    ASSERT_EQ(r[1].kind, Reading::Kind::Command) << r[1].error;
    EXPECT_EQ(r[1].command.args[0].text, "a\r\nb");
    EXPECT_EQ(r[1].command.args[1].text, "");
}

TEST(ImapCommandReader, ByteByByteGivesTheSameCommands)
{
    const std::string bytes = "t1 NOOP\r\nt2 SELECT INBOX\nt3 LOGIN {3+}\r\nbob pw\r\nt4 SEARCH UNSEEN\r\n";
    CommandReader reader;
    std::vector<std::string> names;
    for (char c : bytes) {
        reader.feed(std::string_view(&c, 1));
        while (auto r = reader.next()) names.push_back(r->kind == Reading::Kind::Command ? r->command.name : r->error);
    }
    EXPECT_EQ(names, (std::vector<std::string>{"NOOP", "SELECT", "LOGIN", "SEARCH"}));
    EXPECT_EQ(reader.pending(), 0u);
}

TEST(ImapCommandReader, AnswersBrokenCommandsBadAndCarriesOn)
{
    const auto r = read("a1 FETCH 1 (FLAGS\r\n"     // a list not closed
                        "a2 LOGIN \"bob\r\n"        // a string not closed
                        "+ NOOP\r\n"                // not a tag
                        "a3\r\n"                    // no command
                        "a4 FETCH 1 BODY[HEADER\r\n"
                        "a5 X ((((((((((1))))))))))\r\n"  // nested too deep
                        "a6 fe7ch 1\r\n"
                        "a7 NOOP\r\n");
    ASSERT_EQ(r.size(), 8u);
    for (int i = 0; i < 7; ++i) EXPECT_EQ(r[i].kind, Reading::Kind::Bad) << i;
    EXPECT_EQ(r[0].tag, "a1");
    EXPECT_EQ(r[2].tag, "");  // untagged: "* BAD"
    EXPECT_EQ(r[5].error, "lists nest too deep");
    EXPECT_EQ(r[7].kind, Reading::Kind::Command);
    EXPECT_EQ(r[7].command.name, "NOOP");
}

TEST(ImapCommandReader, RefusesWhatIsTooBigWithoutKeepingIt)
{
    Limits small;
    small.line = 100;
    small.literal = 10;
    small.command = 200;
    CommandReader reader(small);
    reader.feed("a1 NOOP " + std::string(5000, 'x'));  // no end of line yet: refused, thrown away
    EXPECT_LT(reader.pending(), 200u);
    reader.feed("xxx\r\na2 LOGIN {11}\r\n");  // too big: BAD instead of the go-ahead
    reader.feed("a3 LOGIN {11+}\r\nhello world pw\r\na4 NOOP\r\n");  // comes anyway: skipped, the rest of a3 too
    const auto r = readAll(reader);
    ASSERT_EQ(r.size(), 4u);
    EXPECT_EQ(r[0].kind, Reading::Kind::Bad);
    EXPECT_EQ(r[0].tag, "a1");
    EXPECT_EQ(r[1].kind, Reading::Kind::Bad);
    EXPECT_EQ(r[1].tag, "a2");
    EXPECT_EQ(r[2].kind, Reading::Kind::Bad);
    EXPECT_EQ(r[2].tag, "a3");
    ASSERT_EQ(r[3].kind, Reading::Kind::Command) << r[3].error;
    EXPECT_EQ(r[3].command.name, "NOOP");
}

} // namespace
} // namespace postie::imap
