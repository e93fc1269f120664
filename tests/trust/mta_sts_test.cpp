// MTA-STS as RFC 8461 writes it: the TXT record (§3.1), the policy file (§3.2), MX patterns
// (§4.1) and what a sender finds for a domain (§5).
#include "trust/mta_sts.h"

#include <gtest/gtest.h>

namespace postie {
namespace {

const char* kPolicy = "version: STSv1\nmode: enforce\nmx: mx1.example.org\nmx: *.mail.example.org\nmax_age: 604800\n";

TEST(MtaSts, ThePolicyFileIsReadLineByLine)
{
    const auto parsed = parseStsPolicy(kPolicy);
    ASSERT_TRUE(std::holds_alternative<StsPolicy>(parsed));
    const auto& p = std::get<StsPolicy>(parsed);
    EXPECT_EQ(p.mode, StsMode::Enforce);
    EXPECT_EQ(p.mx, (std::vector<std::string>{"mx1.example.org", "*.mail.example.org"}));
    EXPECT_EQ(p.maxAgeSeconds, 604800);
    // Unknown keys are ignored (§3.2); CRLF line ends are the file's own.
    EXPECT_TRUE(std::holds_alternative<StsPolicy>(
        parseStsPolicy("version: STSv1\r\nmode: none\r\nmax_age: 86400\r\nextension: yes\r\n")));
}

TEST(MtaSts, EachMissingOrWrongLineIsAnErrorWithItsColumn)
{
    auto error = [](const char* text) {
        const auto parsed = parseStsPolicy(text);
        return std::holds_alternative<RecordSyntaxError>(parsed) ? std::get<RecordSyntaxError>(parsed)
                                                                 : RecordSyntaxError{0, "no error"};
    };
    EXPECT_EQ(error("version: STSv2\nmode: enforce\nmx: a.test\nmax_age: 1").column, 9u);
    EXPECT_EQ(error("version: STSv1\nmode: enforcing\nmx: a.test\nmax_age: 1").column, 21u);
    EXPECT_EQ(error("version: STSv1\nmode: enforce\nmax_age: 1").column, kWholePolicy);  // no mx
    EXPECT_EQ(error("mode: enforce\nmx: a.test\nmax_age: 1").column, kWholePolicy);      // no version
    EXPECT_NE(error("version: STSv1\nmode: enforce\nmx: a.test\nmax_age: 31557601").message.find("31557600"),
              std::string::npos);
    // A number far too long is refused, not counted past what a long long holds.
    EXPECT_NE(error("version: STSv1\nmode: enforce\nmx: a.test\nmax_age: 60487777777777777777777777").message.find("31557600"),
              std::string::npos);
    EXPECT_NE(error("version: STSv1\nmode enforce\nmx: a.test\nmax_age: 1").message.find("key: value"),
              std::string::npos);
}

TEST(MtaSts, TheTxtRecordNeedsVersionFirstAndAnId)
{
    EXPECT_FALSE(stsRecordSyntaxError("v=STSv1; id=20261203T000000;"));
    EXPECT_TRUE(stsRecordSyntaxError("id=1; v=STSv1"));
    EXPECT_TRUE(stsRecordSyntaxError("v=STSv1;"));
    EXPECT_TRUE(stsRecordSyntaxError("v=STSv1; id=has-dash"));
    EXPECT_TRUE(stsRecordSyntaxError("v=STSv1; id=123456789012345678901234567890123"));  // 33
}

TEST(MtaSts, AWildcardPatternMatchesExactlyOneLabel)
{
    const auto p = std::get<StsPolicy>(parseStsPolicy(kPolicy));
    EXPECT_TRUE(stsMxMatches(p, "mx1.example.org"));
    EXPECT_TRUE(stsMxMatches(p, "MX1.Example.org"));
    EXPECT_TRUE(stsMxMatches(p, "a.mail.example.org"));
    EXPECT_FALSE(stsMxMatches(p, "b.a.mail.example.org"));
    EXPECT_FALSE(stsMxMatches(p, "mail.example.org"));
    EXPECT_FALSE(stsMxMatches(p, "mx2.example.org"));
}

TEST(MtaSts, ASenderFindsAPolicyOnlyWhenTheTxtRecordAnnouncesIt)
{
    DnsRecord policy;
    policy.name = "mta-sts.example.org";
    policy.type = DnsRecord::Type::MtaStsPolicy;
    policy.text = kPolicy;
    DnsRecord txt;
    txt.name = "_mta-sts.example.org";
    txt.type = DnsRecord::Type::TXT;
    txt.text = "v=STSv1; id=1";
    EXPECT_FALSE(findStsPolicy(DnsZone({policy}), "example.org"));
    const auto found = findStsPolicy(DnsZone({policy, txt}), "example.org");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->mode, StsMode::Enforce);
    EXPECT_FALSE(findStsPolicy(DnsZone({policy, txt}), "other.test"));
    // The policy file is no DNS record: no question finds it.
    EXPECT_EQ(DnsZone({policy}).lookup("mta-sts.example.org", DnsType::TXT).rcode, DnsRcode::NxDomain);
}

} // namespace
} // namespace postie
