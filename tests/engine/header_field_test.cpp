// A header field as a message holds it: folded at white space so no line passes 78 characters
// (RFC 5322 §2.1.1, §2.2.3), and unfolded back to exactly its value.
#include "mail/header_field.h"

#include <gtest/gtest.h>

#include <sstream>

namespace postie {
namespace {

// RFC 5322 §2.2.3: unfolding removes every line end that is followed by white space.
std::string unfolded(std::string text)
{
    for (std::size_t at = 0; (at = text.find("\r\n", at)) != std::string::npos;) {
        if (at + 2 < text.size()) text.erase(at, 2);
        else break;
    }
    return text;
}

std::vector<std::string> linesOf(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line.substr(0, line.size() - 1));  // without CR
    return out;
}

TEST(HeaderField, AShortFieldIsOneLine)
{
    EXPECT_EQ(foldedField({"Subject", "Hello"}), "Subject: Hello\r\n");
    EXPECT_EQ(foldedField({"Subject", "Hello"}, "\n"), "Subject: Hello\n");
    const std::string exactly78 = "Subject: " + std::string(69, 'x');
    EXPECT_EQ(foldedLine(exactly78), exactly78 + "\r\n");
}

// A Received line (about 160 characters as the model makes it) is broken before its "by" and
// "for" clauses, as Postfix writes it, and then at spaces where a clause is still too long.
TEST(HeaderField, ALongReceivedLineIsFoldedAtItsSpaces)
{
    const HeaderField received{"Received", "from mx1.example.org (mx1.example.org [203.0.113.25]) by box.example.org "
                                           "with LMTP id m1.1 for <reader7@example.org>; Sat, 01 Jan 2000 00:00:05 +0000"};
    const std::string folded = foldedField(received);
    const auto lines = linesOf(folded);
    ASSERT_GT(lines.size(), 1u);
    for (const auto& line : lines) EXPECT_LE(line.size(), 78u) << line;
    for (std::size_t i = 1; i < lines.size(); ++i) EXPECT_EQ(lines[i].front(), ' ') << lines[i];
    EXPECT_EQ(lines, (std::vector<std::string>{"Received: from mx1.example.org (mx1.example.org [203.0.113.25])",
                                               " by box.example.org with LMTP id m1.1",
                                               " for <reader7@example.org>; Sat, 01 Jan 2000 00:00:05 +0000"}));
    EXPECT_EQ(unfolded(folded), "Received: " + received.value + "\r\n");
    const HeaderField longHost{"Received", "from " + std::string(60, 'h') + ".example (" + std::string(60, 'h') +
                                               ".example [192.0.2.1]) by mx.example with ESMTP id 1; date"};
    const std::string hosts = foldedField(longHost);
    for (const auto& line : linesOf(hosts)) EXPECT_LE(line.size(), 78u) << line;
    EXPECT_EQ(unfolded(hosts), "Received: " + longHost.value + "\r\n");
    // A short one stays on its line.
    EXPECT_EQ(foldedField({"Received", "from a by b"}), "Received: from a by b\r\n");
}

TEST(HeaderField, AWordLongerThanALineStaysWholeOnALineOfItsOwn)
{
    const std::string word(100, 'a');
    const std::string folded = foldedField({"X-Long", "short " + word + " end"});
    EXPECT_EQ(folded, "X-Long: short\r\n " + word + "\r\n end\r\n");
    // Nothing to break at: the line stays long rather than being cut inside a word.
    EXPECT_EQ(foldedField({"X-Long", word}), "X-Long: " + word + "\r\n");
}

TEST(HeaderField, NoLineIsOnlyWhiteSpaceAndRunsOfSpacesStayTogether)
{
    const std::string value = std::string(70, 'b') + "      " + std::string(20, 'c') + "   ";
    const std::string folded = foldedField({"X-Spaces", value});
    for (const auto& line : linesOf(folded)) EXPECT_NE(line.find_first_not_of(" \t"), std::string::npos) << line;
    EXPECT_EQ(unfolded(folded), "X-Spaces: " + value + "\r\n");
}

TEST(HeaderField, AFoldTheValueHoldsIsKeptAndABareLineEndBecomesASpace)
{
    EXPECT_EQ(foldedField({"To", "Bob\r\n   <bob@b.test>"}), "To: Bob\r\n   <bob@b.test>\r\n");
    EXPECT_EQ(foldedField({"To", "Bob\n\t<bob@b.test>"}, "\n"), "To: Bob\n\t<bob@b.test>\n");
    EXPECT_EQ(foldedField({"Subject", "one\r\ntwo\nthree"}), "Subject: one two three\r\n");
    EXPECT_EQ(foldedField({"Subject", "ends\r\n"}), "Subject: ends \r\n");
}

} // namespace
} // namespace postie
