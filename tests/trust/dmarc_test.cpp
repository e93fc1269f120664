// DMARC (RFC 7489): policy discovery at _dmarc.<From: domain> with the organisational-domain
// fallback, identifier alignment, the p/sp policies and pct sampling, and the record syntax.
#include "trust/dmarc.h"

#include "support/spec_builder.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace postie {
namespace {

using namespace postie::testing;

DnsZone policy(const std::string& record, const std::string& at = "_dmarc.a.test")
{
    return DnsZone({txtRecord(at, record)});
}

const AuthOutcome kSpfFail{"fail", "a.test"};
const AuthOutcome kNoSpf{};

DmarcCheck check(const DnsZone& dns, const AuthOutcome& spf, const std::vector<AuthOutcome>& dkim,
                 const std::string& from = "a.test", double draw = 0)
{
    return checkDmarc(dns, from, spf, dkim, draw);
}

RecordSyntaxError parseError(std::string_view text)
{
    const auto parsed = parseDmarcRecord(text);
    EXPECT_TRUE(std::holds_alternative<RecordSyntaxError>(parsed)) << text;
    return std::holds_alternative<RecordSyntaxError>(parsed) ? std::get<RecordSyntaxError>(parsed) : RecordSyntaxError{};
}

TEST(Dmarc, TheOrganizationalDomainIsTheRegisteredName)
{
    EXPECT_EQ(organizationalDomain("a.test"), "a.test");
    EXPECT_EQ(organizationalDomain("mail.news.a.test"), "a.test");
    EXPECT_EQ(organizationalDomain("Mail.A.Test."), "a.test");
    EXPECT_EQ(organizationalDomain("mail.bank.co.uk"), "bank.co.uk");
    EXPECT_EQ(organizationalDomain("bank.co.uk"), "bank.co.uk");
    EXPECT_EQ(organizationalDomain("shop.com.au"), "shop.com.au");
    EXPECT_EQ(organizationalDomain("co.uk"), "co.uk");
    EXPECT_EQ(organizationalDomain("localhost"), "localhost");
}

TEST(Dmarc, RelaxedAlignmentWantsTheSameOrganizationalDomainAndStrictTheSameName)
{
    EXPECT_TRUE(domainsAlign("sub.a.test", "a.test", false));
    EXPECT_FALSE(domainsAlign("sub.a.test", "a.test", true));
    EXPECT_TRUE(domainsAlign("A.test", "a.test.", true));
    EXPECT_FALSE(domainsAlign("bank.co.uk", "evil.co.uk", false));
    EXPECT_FALSE(domainsAlign("", "a.test", false));
}

TEST(Dmarc, SpfAlignsRelaxedWithASubdomainButNotStrict)
{
    const AuthOutcome spf{"pass", "bounce.a.test"};
    const auto relaxed = check(policy("v=DMARC1; p=reject"), spf, {});
    EXPECT_EQ(relaxed.result, DmarcResult::Pass);
    EXPECT_TRUE(relaxed.spfAligned);
    EXPECT_EQ(relaxed.applied, DmarcPolicy::None);
    const auto strict = check(policy("v=DMARC1; p=reject; aspf=s"), spf, {});
    EXPECT_EQ(strict.result, DmarcResult::Fail);
    EXPECT_FALSE(strict.spfAligned);
    EXPECT_EQ(strict.applied, DmarcPolicy::Reject);
    EXPECT_NE(strict.reason.find("not aligned with a.test (strict)"), std::string::npos) << strict.reason;
}

TEST(Dmarc, DkimAlignsRelaxedWithASubdomainButNotStrict)
{
    const std::vector<AuthOutcome> dkim = {{"pass", "sub.a.test"}};
    EXPECT_EQ(check(policy("v=DMARC1; p=reject"), kSpfFail, dkim).result, DmarcResult::Pass);
    const auto strict = check(policy("v=DMARC1; p=reject; adkim=s"), kSpfFail, dkim);
    EXPECT_EQ(strict.result, DmarcResult::Fail);
    EXPECT_FALSE(strict.dkimAligned);
    EXPECT_TRUE(check(policy("v=DMARC1; p=reject; adkim=s"), kSpfFail, {{"pass", "a.test"}}).dkimAligned);
}

TEST(Dmarc, SpfAlonePassesWhenDkimFails)
{
    const auto c = check(policy("v=DMARC1; p=reject"), {"pass", "a.test"}, {{"fail", "a.test"}});
    EXPECT_EQ(c.result, DmarcResult::Pass);
    EXPECT_TRUE(c.spfAligned);
    EXPECT_FALSE(c.dkimAligned);
    EXPECT_EQ(c.reason, "pass: SPF pass for a.test, aligned");
}

TEST(Dmarc, DkimAlonePassesAForwardedLetterWhoseSpfFails)
{
    const auto c = check(policy("v=DMARC1; p=reject"), kSpfFail, {{"pass", "a.test"}});
    EXPECT_EQ(c.result, DmarcResult::Pass);
    EXPECT_FALSE(c.spfAligned);
    EXPECT_TRUE(c.dkimAligned);
}

TEST(Dmarc, AnUnalignedPassIsNotEnough)
{
    // The spoofer's own domain passes SPF and DKIM, but From: says a.test.
    const auto c = check(policy("v=DMARC1; p=quarantine"), {"pass", "evil.test"}, {{"pass", "evil.test"}});
    EXPECT_EQ(c.result, DmarcResult::Fail);
    EXPECT_EQ(c.policy, DmarcPolicy::Quarantine);
    EXPECT_EQ(c.applied, DmarcPolicy::Quarantine);
    EXPECT_EQ(c.policyDomain, "a.test");
    EXPECT_EQ(c.record, "v=DMARC1; p=quarantine");
    EXPECT_STREQ(dmarcResultName(c.result), "fail");
}

TEST(Dmarc, AFailureAppliesThePolicyP)
{
    const auto c = check(policy("v=DMARC1; p=reject; rua=mailto:dmarc@a.test"), kSpfFail, {});
    EXPECT_EQ(c.result, DmarcResult::Fail);
    EXPECT_EQ(c.policy, DmarcPolicy::Reject);
    EXPECT_EQ(c.applied, DmarcPolicy::Reject);
    EXPECT_FALSE(c.sampledOut);
    EXPECT_EQ(c.reason, "fail: nothing passed for a domain aligned with a.test (SPF fail for a.test; no DKIM signature); policy p=reject");
}

TEST(Dmarc, ASubdomainWithoutItsOwnRecordGetsTheOrganizationalDomainsSp)
{
    const auto withSp = check(policy("v=DMARC1; p=reject; sp=quarantine"), kSpfFail, {}, "news.a.test");
    EXPECT_EQ(withSp.policyDomain, "a.test");
    EXPECT_EQ(withSp.fromDomain, "news.a.test");
    EXPECT_EQ(withSp.policy, DmarcPolicy::Quarantine);
    const auto withoutSp = check(policy("v=DMARC1; p=reject"), kSpfFail, {}, "news.a.test");
    EXPECT_EQ(withoutSp.policy, DmarcPolicy::Reject);
    // A subdomain with a record of its own uses that record's p=.
    const DnsZone both({txtRecord("_dmarc.a.test", "v=DMARC1; p=reject; sp=quarantine"), txtRecord("_dmarc.news.a.test", "v=DMARC1; p=none")});
    const auto own = check(both, kSpfFail, {}, "news.a.test");
    EXPECT_EQ(own.policyDomain, "news.a.test");
    EXPECT_EQ(own.policy, DmarcPolicy::None);
    // sp= is for subdomains only: the org domain itself gets p=.
    EXPECT_EQ(check(both, kSpfFail, {}, "a.test").policy, DmarcPolicy::Reject);
}

TEST(Dmarc, PctSamplesTheFailuresAndTheRestGetTheNextLowerPolicy)
{
    const DnsZone half = policy("v=DMARC1; p=reject; pct=50");
    const auto inside = check(half, kSpfFail, {}, "a.test", 49.9);
    EXPECT_FALSE(inside.sampledOut);
    EXPECT_EQ(inside.applied, DmarcPolicy::Reject);
    const auto outside = check(half, kSpfFail, {}, "a.test", 50.0);
    EXPECT_TRUE(outside.sampledOut);
    EXPECT_EQ(outside.policy, DmarcPolicy::Reject);
    EXPECT_EQ(outside.applied, DmarcPolicy::Quarantine);
    EXPECT_NE(outside.reason.find("RFC 7489 §6.6.4"), std::string::npos);
    const auto quarantine = check(policy("v=DMARC1; p=quarantine; pct=0"), kSpfFail, {}, "a.test", 0.0);
    EXPECT_TRUE(quarantine.sampledOut);
    EXPECT_EQ(quarantine.applied, DmarcPolicy::None);
    EXPECT_FALSE(check(policy("v=DMARC1; p=reject"), kSpfFail, {}, "a.test", 99.99).sampledOut);
}

TEST(Dmarc, NoRecordGivesNone)
{
    const auto c = check(DnsZone{}, kSpfFail, {}, "news.a.test");
    EXPECT_EQ(c.result, DmarcResult::None);
    EXPECT_EQ(c.applied, DmarcPolicy::None);
    EXPECT_EQ(c.reason, "no DMARC record at _dmarc.news.a.test or _dmarc.a.test");
    // A TXT at _dmarc that is not v=DMARC1 is no DMARC record (§6.6.3 step 2).
    EXPECT_EQ(check(policy("v=spf1 -all"), kSpfFail, {}).result, DmarcResult::None);
}

TEST(Dmarc, AServfailIsATempError)
{
    EXPECT_EQ(check(DnsZone({servFailRecord("_dmarc.a.test")}), kSpfFail, {}).result, DmarcResult::TempError);
    const auto atOrg = check(DnsZone({servFailRecord("_dmarc.a.test")}), kSpfFail, {}, "news.a.test");
    EXPECT_EQ(atOrg.result, DmarcResult::TempError);
    EXPECT_EQ(atOrg.applied, DmarcPolicy::None);
    EXPECT_STREQ(dmarcResultName(atOrg.result), "temperror");
}

TEST(Dmarc, TwoRecordsAtOneNameStopPolicyDiscovery)
{
    const DnsZone two({txtRecord("_dmarc.a.test", "v=DMARC1; p=reject"), txtRecord("_dmarc.a.test", "v=DMARC1; p=none")});
    const auto c = check(two, kSpfFail, {});
    EXPECT_EQ(c.result, DmarcResult::None);
    EXPECT_EQ(c.applied, DmarcPolicy::None);
    EXPECT_NE(c.reason.find("§6.6.3 step 5"), std::string::npos);
}

TEST(Dmarc, ARecordWithASyntaxErrorAppliesNoPolicy)
{
    const auto c = check(policy("v=DMARC1; p=reject; pct=150"), kSpfFail, {});
    EXPECT_EQ(c.result, DmarcResult::PermError);
    EXPECT_EQ(c.applied, DmarcPolicy::None);
    EXPECT_EQ(check(policy("v=DMARC1; p=block"), kSpfFail, {}).result, DmarcResult::PermError);
}

TEST(Dmarc, ARecordWithoutPButWithRuaCountsAsPNone)
{
    const auto c = check(policy("v=DMARC1; rua=mailto:dmarc@a.test"), kSpfFail, {});
    EXPECT_EQ(c.result, DmarcResult::Fail);
    EXPECT_EQ(c.policy, DmarcPolicy::None);
    EXPECT_EQ(c.applied, DmarcPolicy::None);
    EXPECT_NE(c.reason.find("§6.6.3 step 6"), std::string::npos);
}

TEST(Dmarc, AFullRecordParses)
{
    const auto parsed = parseDmarcRecord("v=DMARC1;p=quarantine; sp=reject; adkim=s; aspf=r; pct=25; rua=mailto:d@a.test; fo=1");
    ASSERT_TRUE(std::holds_alternative<DmarcRecord>(parsed));
    const auto& r = std::get<DmarcRecord>(parsed);
    EXPECT_EQ(r.p, DmarcPolicy::Quarantine);
    EXPECT_EQ(r.sp, DmarcPolicy::Reject);
    EXPECT_TRUE(r.strictDkim);
    EXPECT_FALSE(r.strictSpf);
    EXPECT_EQ(r.pct, 25);
    EXPECT_EQ(r.rua, "mailto:d@a.test");
    const auto defaults = std::get<DmarcRecord>(parseDmarcRecord("v=DMARC1; p=none"));
    EXPECT_EQ(defaults.pct, 100);
    EXPECT_FALSE(defaults.sp);
    EXPECT_FALSE(defaults.strictDkim || defaults.strictSpf);
}

TEST(Dmarc, SyntaxErrorsPointAtTheirColumn)
{
    EXPECT_EQ(parseError("v=DMARC1; rua=mailto:d@a.test").column, 10u);  // p= belongs here
    EXPECT_EQ(parseError("v=DMARC1").column, 8u);
    EXPECT_EQ(parseError("v=DMARC1; p=reject; pct=101").column, 24u);
    EXPECT_EQ(parseError("v=DMARC1; p=reject; adkim=x").column, 26u);
    EXPECT_EQ(parseError("p=reject; v=DMARC1").column, 0u);
    EXPECT_EQ(parseError("v=DMARC2; p=reject").column, 2u);
    EXPECT_EQ(parseError("v=DMARC1; p=maybe").column, 12u);
    EXPECT_EQ(parseError("v=DMARC1; p=none; sp=x").column, 21u);
    EXPECT_EQ(parseError("v=DMARC1; p=none; rua=dmarc@a.test").column, 22u);
    EXPECT_NE(parseError("v=DMARC1; rua=mailto:d@a.test").message.find("p="), std::string::npos);
}

} // namespace
} // namespace postie
