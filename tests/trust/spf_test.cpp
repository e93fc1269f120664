// SPF (RFC 7208) over a small zone per test: record selection, every result and qualifier,
// each mechanism, include and redirect, the lookup limits and the record syntax.
#include "trust/spf.h"

#include "support/spec_builder.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace postie {
namespace {

using namespace postie::testing;

const std::string kClient = "203.0.113.7";

// The check of bob@example.org's domain, sent from `ip`.
SpfCheck check(const std::vector<DnsRecord>& records, const std::string& ip = kClient,
               const std::string& mailFrom = "bob@example.org", const std::string& helo = "mail.example.org")
{
    return checkSpf(DnsZone(records), ip, mailFrom, helo);
}

// The result for example.org publishing `record` (plus any other records), sent from `ip`.
SpfResult resultOf(const std::string& record, const std::string& ip = kClient, std::vector<DnsRecord> more = {})
{
    more.push_back(txtRecord("example.org", record));
    return check(more, ip).result;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// "v=spf1 a:a1.test ... a:aN.test": N lookups of names that exist but hold another address.
std::string aTerms(int from, int to)
{
    std::string terms;
    for (int i = from; i <= to; ++i) terms += " a:a" + std::to_string(i) + ".test";
    return terms;
}

std::vector<DnsRecord> aNames(int from, int to)
{
    std::vector<DnsRecord> records;
    for (int i = from; i <= to; ++i) records.push_back(aRecord("a" + std::to_string(i) + ".test", "192.0.2.1"));
    return records;
}

// ---- results and record selection (RFC 7208 §2.6, §4.3, §4.5) ----

TEST(Spf, ResultNamesAreTheWordsOfAuthenticationResults)
{
    EXPECT_STREQ(spfResultName(SpfResult::None), "none");
    EXPECT_STREQ(spfResultName(SpfResult::Neutral), "neutral");
    EXPECT_STREQ(spfResultName(SpfResult::Pass), "pass");
    EXPECT_STREQ(spfResultName(SpfResult::Fail), "fail");
    EXPECT_STREQ(spfResultName(SpfResult::SoftFail), "softfail");
    EXPECT_STREQ(spfResultName(SpfResult::TempError), "temperror");
    EXPECT_STREQ(spfResultName(SpfResult::PermError), "permerror");
}

TEST(Spf, ADomainWithoutAnSpfRecordGivesNone)
{
    const SpfCheck c = check({txtRecord("example.org", "google-site-verification=abc"), aRecord("example.org", kClient)});
    EXPECT_EQ(c.result, SpfResult::None);
    EXPECT_EQ(c.record, "");
    EXPECT_EQ(c.reason, "no SPF record");
    EXPECT_EQ(c.identity, "mailfrom");
    EXPECT_EQ(c.domain, "example.org");
}

TEST(Spf, ADomainThatDoesNotExistGivesNone)
{
    const SpfCheck c = check({txtRecord("other.test", "v=spf1 -all")});
    EXPECT_EQ(c.result, SpfResult::None);
    EXPECT_TRUE(contains(c.reason, "does not exist")) << c.reason;
}

TEST(Spf, AMalformedDomainGivesNone)
{
    // §4.3: not a multi-label name, or an address literal in HELO.
    EXPECT_EQ(check({txtRecord("localhost", "v=spf1 -all")}, kClient, "bob@localhost").result, SpfResult::None);
    EXPECT_EQ(check({}, kClient, "", "[203.0.113.7]").result, SpfResult::None);
}

TEST(Spf, OnlyTxtThatStartsWithTheVersionAndASpaceIsAnSpfRecord)
{
    EXPECT_EQ(resultOf("v=spf10 -all"), SpfResult::None);
    EXPECT_EQ(resultOf("v=spf1-all"), SpfResult::None);
    EXPECT_EQ(resultOf("xv=spf1 -all"), SpfResult::None);
    // The version is case-insensitive (ABNF strings are) and may stand alone.
    EXPECT_EQ(resultOf("V=SPF1 -all"), SpfResult::Fail);
    EXPECT_EQ(resultOf("v=spf1"), SpfResult::Neutral);
}

TEST(Spf, TwoSpfRecordsGivePermError)
{
    const SpfCheck c = check({txtRecord("example.org", "v=spf1 +all"), txtRecord("example.org", "v=spf1 +all")});
    EXPECT_EQ(c.result, SpfResult::PermError);
    EXPECT_TRUE(contains(c.reason, "more than one SPF record")) << c.reason;
    // Other TXT records beside the one SPF record do not count.
    EXPECT_EQ(check({txtRecord("example.org", "v=spf1 +all"), txtRecord("example.org", "hello")}).result, SpfResult::Pass);
}

TEST(Spf, ServFailOnTheRecordLookupGivesTempError)
{
    const SpfCheck c = check({servFailRecord("example.org")});
    EXPECT_EQ(c.result, SpfResult::TempError);
    EXPECT_TRUE(contains(c.reason, "SERVFAIL")) << c.reason;
}

TEST(Spf, ARecordWhereNoTermMatchesGivesNeutral)
{
    const SpfCheck c = check({txtRecord("example.org", "v=spf1 ip4:192.0.2.1 a:mail.example.org"), aRecord("mail.example.org", "192.0.2.2")});
    EXPECT_EQ(c.result, SpfResult::Neutral);
    EXPECT_EQ(c.record, "v=spf1 ip4:192.0.2.1 a:mail.example.org");
    EXPECT_EQ(c.steps.size(), 2u);
}

TEST(Spf, AnEmptyMailFromChecksTheHeloName)
{
    const std::vector<DnsRecord> zone = {txtRecord("example.org", "v=spf1 -all"), txtRecord("mail.example.net", "v=spf1 a -all"),
                                         aRecord("mail.example.net", kClient)};
    const SpfCheck helo = check(zone, kClient, "", "mail.example.net");
    EXPECT_EQ(helo.identity, "helo");
    EXPECT_EQ(helo.domain, "mail.example.net");
    EXPECT_EQ(helo.result, SpfResult::Pass);
    EXPECT_EQ(check(zone, kClient, "<>", "Mail.Example.Net.").result, SpfResult::Pass);
    // With a sender, its domain is checked and the HELO name is not.
    const SpfCheck from = check(zone, kClient, "bob@example.org", "mail.example.net");
    EXPECT_EQ(from.identity, "mailfrom");
    EXPECT_EQ(from.domain, "example.org");
    EXPECT_EQ(from.result, SpfResult::Fail);
}

// ---- qualifiers (§4.6.2) ----

TEST(Spf, EachQualifierGivesItsResultWhenItsTermMatches)
{
    // The matching term decides; the term after it would decide otherwise.
    EXPECT_EQ(resultOf("v=spf1 ip4:203.0.113.7 -all"), SpfResult::Pass);
    EXPECT_EQ(resultOf("v=spf1 +ip4:203.0.113.7 -all"), SpfResult::Pass);
    EXPECT_EQ(resultOf("v=spf1 -ip4:203.0.113.7 +all"), SpfResult::Fail);
    EXPECT_EQ(resultOf("v=spf1 ~ip4:203.0.113.7 -all"), SpfResult::SoftFail);
    EXPECT_EQ(resultOf("v=spf1 ?ip4:203.0.113.7 -all"), SpfResult::Neutral);
    EXPECT_EQ(resultOf("v=spf1 all"), SpfResult::Pass);
    EXPECT_EQ(resultOf("v=spf1 -all"), SpfResult::Fail);
    EXPECT_EQ(resultOf("v=spf1 ~all"), SpfResult::SoftFail);
    EXPECT_EQ(resultOf("v=spf1 ?all"), SpfResult::Neutral);
    const SpfCheck c = check({txtRecord("example.org", "v=spf1 ip4:192.0.2.1 ~all")});
    EXPECT_EQ(c.reason, "matched ~all");
}

// ---- ip4 (§5.6) ----

TEST(Spf, Ip4SlashTwentyFourHoldsTheWholeBlockAndNothingOutside)
{
    const std::string record = "v=spf1 ip4:203.0.113.0/24 -all";
    EXPECT_EQ(resultOf(record, "203.0.113.0"), SpfResult::Pass);
    EXPECT_EQ(resultOf(record, "203.0.113.7"), SpfResult::Pass);
    EXPECT_EQ(resultOf(record, "203.0.113.255"), SpfResult::Pass);
    EXPECT_EQ(resultOf(record, "203.0.112.255"), SpfResult::Fail);
    EXPECT_EQ(resultOf(record, "203.0.114.0"), SpfResult::Fail);
    // Bits of the written address past the prefix do not matter.
    EXPECT_EQ(resultOf("v=spf1 ip4:203.0.113.77/24 -all", "203.0.113.7"), SpfResult::Pass);
    // A prefix that is not on a byte boundary.
    EXPECT_EQ(resultOf("v=spf1 ip4:203.0.113.128/25 -all", "203.0.113.127"), SpfResult::Fail);
    EXPECT_EQ(resultOf("v=spf1 ip4:203.0.113.128/25 -all", "203.0.113.128"), SpfResult::Pass);
}

TEST(Spf, Ip4WithoutCidrOrSlashThirtyTwoIsExactlyOneAddress)
{
    for (const std::string record : {"v=spf1 ip4:203.0.113.7 -all", "v=spf1 ip4:203.0.113.7/32 -all"}) {
        EXPECT_EQ(resultOf(record, "203.0.113.7"), SpfResult::Pass) << record;
        EXPECT_EQ(resultOf(record, "203.0.113.6"), SpfResult::Fail) << record;
        EXPECT_EQ(resultOf(record, "203.0.113.8"), SpfResult::Fail) << record;
    }
}

TEST(Spf, Ip4SlashZeroHoldsEveryAddress)
{
    EXPECT_EQ(resultOf("v=spf1 ip4:192.0.2.1/0 -all", "198.51.100.1"), SpfResult::Pass);
    EXPECT_EQ(resultOf("v=spf1 ip4:0.0.0.0/0 -all", "255.255.255.255"), SpfResult::Pass);
    EXPECT_EQ(resultOf("v=spf1 ip4:128.0.0.0/1 -all", "127.255.255.255"), SpfResult::Fail);
}

TEST(Spf, Ip6IsValidButNeverMatchesAnIpv4Client)
{
    EXPECT_EQ(resultOf("v=spf1 ip6:::/0 ip6:2001:db8::/32 ip6:::ffff:203.0.113.7 ~all"), SpfResult::SoftFail);
}

// ---- a and mx (§5.3, §5.4) ----

TEST(Spf, AWithoutADomainChecksTheAddressesOfTheDomainItself)
{
    const std::vector<DnsRecord> zone = {aRecord("example.org", "203.0.113.7"), aRecord("example.org", "192.0.2.9")};
    EXPECT_EQ(resultOf("v=spf1 a -all", "203.0.113.7", zone), SpfResult::Pass);
    EXPECT_EQ(resultOf("v=spf1 a -all", "192.0.2.9", zone), SpfResult::Pass);
    EXPECT_EQ(resultOf("v=spf1 a -all", "203.0.113.8", zone), SpfResult::Fail);
}

TEST(Spf, AWithADomainChecksThatDomainsAddresses)
{
    const std::vector<DnsRecord> zone = {aRecord("example.org", "192.0.2.9"), aRecord("out.example.net", "203.0.113.7")};
    EXPECT_EQ(resultOf("v=spf1 a:out.example.net -all", "203.0.113.7", zone), SpfResult::Pass);
    EXPECT_EQ(resultOf("v=spf1 a:out.example.net -all", "192.0.2.9", zone), SpfResult::Fail);
}

TEST(Spf, AWithACidrHoldsTheBlockAroundEachAddress)
{
    const std::vector<DnsRecord> zone = {aRecord("example.org", "203.0.113.200"), aRecord("out.example.net", "198.51.100.1")};
    EXPECT_EQ(resultOf("v=spf1 a/24 -all", "203.0.113.7", zone), SpfResult::Pass);
    EXPECT_EQ(resultOf("v=spf1 a -all", "203.0.113.7", zone), SpfResult::Fail);
    EXPECT_EQ(resultOf("v=spf1 a:out.example.net/16 -all", "198.51.3.4", zone), SpfResult::Pass);
    EXPECT_EQ(resultOf("v=spf1 a:out.example.net/16 -all", "198.52.0.1", zone), SpfResult::Fail);
    // The IPv6 half of a dual cidr does not change an IPv4 check.
    EXPECT_EQ(resultOf("v=spf1 a/24//64 -all", "203.0.113.7", zone), SpfResult::Pass);
    EXPECT_EQ(resultOf("v=spf1 a//64 -all", "203.0.113.7", zone), SpfResult::Fail);
}

TEST(Spf, MxWithoutADomainChecksTheAddressesOfTheDomainsMailHosts)
{
    const std::vector<DnsRecord> zone = {mxRecord("example.org", 10, "mx1.example.org"), mxRecord("example.org", 20, "mx2.example.org"),
                                         aRecord("mx1.example.org", "192.0.2.10"), aRecord("mx2.example.org", "203.0.113.7"),
                                         aRecord("example.org", "198.51.100.1")};
    const SpfCheck c = check([&] {
        auto z = zone;
        z.push_back(txtRecord("example.org", "v=spf1 mx -all"));
        return z;
    }());
    EXPECT_EQ(c.result, SpfResult::Pass);
    EXPECT_EQ(c.lookups, 1);  // the hosts' A lookups are not terms
    EXPECT_EQ(resultOf("v=spf1 mx -all", "192.0.2.10", zone), SpfResult::Pass);
    // The domain's own A record is not a mail host.
    EXPECT_EQ(resultOf("v=spf1 mx -all", "198.51.100.1", zone), SpfResult::Fail);
}

TEST(Spf, MxWithADomainAndCidrChecksThatDomainsMailHostsBlocks)
{
    const std::vector<DnsRecord> zone = {mxRecord("example.net", 10, "mx.example.net"), aRecord("mx.example.net", "203.0.113.1")};
    EXPECT_EQ(resultOf("v=spf1 mx:example.net -all", "203.0.113.1", zone), SpfResult::Pass);
    EXPECT_EQ(resultOf("v=spf1 mx:example.net -all", "203.0.113.7", zone), SpfResult::Fail);
    EXPECT_EQ(resultOf("v=spf1 mx:example.net/24 -all", "203.0.113.7", zone), SpfResult::Pass);
    EXPECT_EQ(resultOf("v=spf1 mx/24 -all", "203.0.113.7", zone), SpfResult::Fail);  // example.org has no MX
}

TEST(Spf, MxDoesNotFallBackToTheDomainsAddressWithoutMxRecords)
{
    // §5.4: no implicit MX for SPF, unlike delivery (RFC 5321 §5.1).
    const SpfCheck c = check({txtRecord("example.org", "v=spf1 mx -all"), aRecord("example.org", kClient)});
    EXPECT_EQ(c.result, SpfResult::Fail);
    EXPECT_EQ(c.voidLookups, 1);
}

TEST(Spf, MoreThanTenMailHostsGivePermError)
{
    std::vector<DnsRecord> zone;
    for (int i = 1; i <= 10; ++i) zone.push_back(mxRecord("example.net", i, "mx" + std::to_string(i) + ".example.net"));
    zone.push_back(aRecord("mx10.example.net", kClient));
    EXPECT_EQ(resultOf("v=spf1 mx:example.net -all", kClient, zone), SpfResult::Pass);
    zone.push_back(mxRecord("example.net", 11, "mx11.example.net"));
    EXPECT_EQ(resultOf("v=spf1 mx:example.net -all", kClient, zone), SpfResult::PermError);
}

TEST(Spf, ExistsMatchesAnyARecordWhateverItsAddress)
{
    const std::vector<DnsRecord> zone = {aRecord("listed.example.net", "127.0.0.2")};
    EXPECT_EQ(resultOf("v=spf1 exists:listed.example.net -all", kClient, zone), SpfResult::Pass);
    EXPECT_EQ(resultOf("v=spf1 exists:unlisted.example.net -all", kClient, zone), SpfResult::Fail);
}

TEST(Spf, PtrCountsAsALookupButNeverMatches)
{
    const SpfCheck c = check({txtRecord("example.org", "v=spf1 ptr ptr:example.org ?all")});
    EXPECT_EQ(c.result, SpfResult::Neutral);
    EXPECT_EQ(c.lookups, 2);
    EXPECT_TRUE(contains(c.steps[0].note, "not recommended")) << c.steps[0].note;
}

// ---- DNS errors during terms (§5) ----

TEST(Spf, ServFailDuringATermsLookupGivesTempError)
{
    EXPECT_EQ(resultOf("v=spf1 a:broken.test +all", kClient, {servFailRecord("broken.test")}), SpfResult::TempError);
    EXPECT_EQ(resultOf("v=spf1 exists:broken.test +all", kClient, {servFailRecord("broken.test")}), SpfResult::TempError);
    const std::vector<DnsRecord> zone = {mxRecord("example.org", 10, "broken.test"), servFailRecord("broken.test")};
    EXPECT_EQ(resultOf("v=spf1 mx +all", kClient, zone), SpfResult::TempError);
    // A term after the match is never asked.
    EXPECT_EQ(resultOf("v=spf1 ip4:203.0.113.7 a:broken.test", kClient, {servFailRecord("broken.test")}), SpfResult::Pass);
}

// ---- include (§5.2) ----

TEST(Spf, AnIncludeThatPassesMatchesWithTheIncludesQualifier)
{
    const std::vector<DnsRecord> zone = {txtRecord("_spf.example.net", "v=spf1 ip4:203.0.113.0/24 -all")};
    EXPECT_EQ(resultOf("v=spf1 include:_spf.example.net -all", kClient, zone), SpfResult::Pass);
    EXPECT_EQ(resultOf("v=spf1 ~include:_spf.example.net -all", kClient, zone), SpfResult::SoftFail);
}

TEST(Spf, AnIncludeThatFailsDoesNotMatchAndTheNextTermDecides)
{
    for (const std::string inner : {"v=spf1 -all", "v=spf1 ~all", "v=spf1 ?all", "v=spf1"}) {
        const SpfCheck c = check({txtRecord("example.org", "v=spf1 include:_spf.example.net +all"), txtRecord("_spf.example.net", inner)});
        EXPECT_EQ(c.result, SpfResult::Pass) << inner;
        EXPECT_EQ(c.reason, "matched +all") << inner;
        ASSERT_FALSE(c.steps.empty());
        EXPECT_FALSE(c.steps[0].matched) << inner;
    }
}

TEST(Spf, AnIncludeOfADomainWithoutAnSpfRecordGivesPermError)
{
    EXPECT_EQ(resultOf("v=spf1 include:nowhere.test +all"), SpfResult::PermError);
    EXPECT_EQ(resultOf("v=spf1 include:plain.test +all", kClient, {txtRecord("plain.test", "hello")}), SpfResult::PermError);
}

TEST(Spf, AnIncludeWhoseDnsFailsGivesTempError)
{
    const SpfCheck c = check({txtRecord("example.org", "v=spf1 include:broken.test +all"), servFailRecord("broken.test")});
    EXPECT_EQ(c.result, SpfResult::TempError);
    EXPECT_TRUE(contains(c.reason, "include:broken.test")) << c.reason;
}

TEST(Spf, AnErrorInsideAnIncludedRecordEndsTheWholeCheck)
{
    const SpfCheck c = check({txtRecord("example.org", "v=spf1 include:_spf.example.net +all"),
                              txtRecord("_spf.example.net", "v=spf1 ip4:192.0.2.1 frobnicate -all")});
    EXPECT_EQ(c.result, SpfResult::PermError);
    EXPECT_TRUE(contains(c.reason, "syntax error in the record of _spf.example.net at column 21")) << c.reason;
}

// ---- redirect (§6.1) ----

TEST(Spf, RedirectDecidesWhenNoMechanismMatches)
{
    const std::vector<DnsRecord> zone = {txtRecord("other.test", "v=spf1 ip4:198.51.100.0/24 -all")};
    const SpfCheck c = check({txtRecord("example.org", "v=spf1 ip4:192.0.2.1 redirect=other.test"), zone[0]});
    EXPECT_EQ(c.result, SpfResult::Fail);
    EXPECT_EQ(c.lookups, 1);
    EXPECT_EQ(c.reason, "redirect=other.test: matched -all");
    EXPECT_EQ(resultOf("v=spf1 ip4:192.0.2.1 redirect=other.test", "198.51.100.3", zone), SpfResult::Pass);
    // Written before the mechanisms, it still waits for them.
    EXPECT_EQ(resultOf("v=spf1 redirect=other.test ip4:192.0.2.1", "192.0.2.1", zone), SpfResult::Pass);
}

TEST(Spf, RedirectIsIgnoredInARecordWithAll)
{
    const SpfCheck c = check({txtRecord("example.org", "v=spf1 redirect=other.test ?all"), txtRecord("other.test", "v=spf1 -all")});
    EXPECT_EQ(c.result, SpfResult::Neutral);
    EXPECT_EQ(c.lookups, 0);
}

TEST(Spf, RedirectToADomainWithoutAnSpfRecordGivesPermError)
{
    const SpfCheck c = check({txtRecord("example.org", "v=spf1 redirect=nowhere.test")});
    EXPECT_EQ(c.result, SpfResult::PermError);
    EXPECT_TRUE(contains(c.reason, "nowhere.test has no SPF record")) << c.reason;
}

// ---- the lookup limits (§4.6.4) ----

TEST(Spf, TenDnsLookupsAreAllowedAndTheEleventhGivesPermError)
{
    const SpfCheck ten = check([] {
        auto z = aNames(1, 10);
        z.push_back(txtRecord("example.org", "v=spf1" + aTerms(1, 10) + " ip4:203.0.113.7 -all"));
        return z;
    }());
    EXPECT_EQ(ten.result, SpfResult::Pass);
    EXPECT_EQ(ten.lookups, 10);

    const SpfCheck eleven = check([] {
        auto z = aNames(1, 11);
        z.push_back(txtRecord("example.org", "v=spf1" + aTerms(1, 11) + " ip4:203.0.113.7 -all"));
        return z;
    }());
    EXPECT_EQ(eleven.result, SpfResult::PermError);
    EXPECT_EQ(eleven.reason, "more than 10 DNS lookups (RFC 7208 §4.6.4)");
    ASSERT_EQ(eleven.steps.size(), 11u);
    EXPECT_EQ(eleven.steps.back().term, "a:a11.test");
    EXPECT_EQ(eleven.steps.back().lookupsSoFar, 11);
    EXPECT_EQ(eleven.steps.back().note, "over the limit of 10 DNS lookups");
}

TEST(Spf, Ip4Ip6AndAllDoNotCountAsLookups)
{
    const SpfCheck c = check([] {
        auto z = aNames(1, 10);
        z.push_back(txtRecord("example.org", "v=spf1" + aTerms(1, 10) + " ip6:2001:db8::/32 ip4:192.0.2.99 ip4:203.0.113.7 all"));
        return z;
    }());
    EXPECT_EQ(c.result, SpfResult::Pass);
    EXPECT_EQ(c.lookups, 10);
}

TEST(Spf, TheLookupLimitCountsTermsInsideIncludesAndRedirects)
{
    // include (1) + 4 a + include (1) + 4 a = 10 before the ip4 that matches.
    auto zone = aNames(1, 9);
    zone.push_back(txtRecord("i1.test", "v=spf1" + aTerms(1, 4)));
    zone.push_back(txtRecord("i2.test", "v=spf1" + aTerms(5, 8)));
    EXPECT_EQ(resultOf("v=spf1 include:i1.test include:i2.test ip4:203.0.113.7 -all", kClient, zone), SpfResult::Pass);
    zone.push_back(txtRecord("i3.test", "v=spf1" + aTerms(5, 9)));
    EXPECT_EQ(resultOf("v=spf1 include:i1.test include:i3.test ip4:203.0.113.7 -all", kClient, zone),
              SpfResult::PermError);
    // redirect counts too: 10 a terms, then the redirect is the 11th.
    zone.push_back(txtRecord("r.test", "v=spf1 +all"));
    auto ten = aNames(1, 10);
    ten.push_back(txtRecord("r.test", "v=spf1 +all"));
    EXPECT_EQ(resultOf("v=spf1" + aTerms(1, 10) + " redirect=r.test", kClient, ten), SpfResult::PermError);
    EXPECT_EQ(resultOf("v=spf1" + aTerms(1, 9) + " redirect=r.test", kClient, ten), SpfResult::Pass);
}

TEST(Spf, AnIncludeLoopStopsAtTheLookupLimit)
{
    const SpfCheck c = check({txtRecord("example.org", "v=spf1 include:example.org -all")});
    EXPECT_EQ(c.result, SpfResult::PermError);
    EXPECT_EQ(c.lookups, 11);
}

TEST(Spf, MailHostAddressLookupsDoNotCountTowardTheLimit)
{
    auto zone = aNames(1, 9);
    for (int i = 1; i <= 3; ++i) zone.push_back(mxRecord("example.net", i, "mx" + std::to_string(i) + ".example.net"));
    zone.push_back(aRecord("mx1.example.net", "192.0.2.1"));
    zone.push_back(aRecord("mx2.example.net", "192.0.2.2"));
    zone.push_back(aRecord("mx3.example.net", kClient));
    EXPECT_EQ(resultOf("v=spf1" + aTerms(1, 9) + " mx:example.net -all", kClient, zone), SpfResult::Pass);
}

TEST(Spf, TwoVoidLookupsAreAllowedAndTheThirdGivesPermError)
{
    // NXDOMAIN and "no such record" (NOERROR, no answer) are both void.
    const std::vector<DnsRecord> zone = {txtRecord("txt-only.test", "hello")};
    const SpfCheck two = check([&] {
        auto z = zone;
        z.push_back(txtRecord("example.org", "v=spf1 a:nx1.test mx:txt-only.test ip4:203.0.113.7 -all"));
        return z;
    }());
    EXPECT_EQ(two.result, SpfResult::Pass);
    EXPECT_EQ(two.voidLookups, 2);

    const SpfCheck three = check([&] {
        auto z = zone;
        z.push_back(txtRecord("example.org", "v=spf1 a:nx1.test mx:txt-only.test exists:nx3.test ip4:203.0.113.7 -all"));
        return z;
    }());
    EXPECT_EQ(three.result, SpfResult::PermError);
    EXPECT_EQ(three.voidLookups, 3);
    EXPECT_EQ(three.reason, "more than 2 void lookups (RFC 7208 §4.6.4)");
}

// ---- syntax (§4.6, §12) ----

TEST(Spf, ASyntaxErrorAnywhereInTheRecordGivesPermErrorEvenAfterAMatch)
{
    const SpfCheck c = check({txtRecord("example.org", "v=spf1 +all ip4:203.0.113.0/33")});
    EXPECT_EQ(c.result, SpfResult::PermError);
    EXPECT_TRUE(c.steps.empty());
    EXPECT_TRUE(contains(c.reason, "syntax error at column 12:")) << c.reason;
}

TEST(Spf, AnUnknownMechanismGivesPermErrorButAnUnknownModifierIsIgnored)
{
    EXPECT_EQ(resultOf("v=spf1 ipv4:203.0.113.7 +all"), SpfResult::PermError);
    EXPECT_EQ(resultOf("v=spf1 foo=bar.example -all"), SpfResult::Fail);
    EXPECT_EQ(resultOf("v=spf1 exp=explain.example.org -all"), SpfResult::Fail);
    EXPECT_EQ(resultOf("v=spf1 redirect=a.test redirect=b.test"), SpfResult::PermError);
    EXPECT_EQ(resultOf("v=spf1 exp=a.example.org exp=b.example.org +all"), SpfResult::PermError);
}

TEST(Spf, MacrosAreNotExpandedButAMalformedMacroIsAnError)
{
    // Taken literally, "%{i}.bl.test" names nothing: no match, then -all.
    EXPECT_EQ(resultOf("v=spf1 exists:%{i}.bl.test -all", kClient, {aRecord("203.0.113.7.bl.test", "127.0.0.2")}),
              SpfResult::Fail);
    const SpfCheck bad = check({txtRecord("example.org", "v=spf1 exists:%i.bl.test +all")});
    EXPECT_EQ(bad.result, SpfResult::PermError);
    EXPECT_TRUE(contains(bad.reason, "a '%' must start a macro")) << bad.reason;
}

TEST(Spf, SyntaxErrorGivesTheColumnOfTheBadTerm)
{
    const auto error = spfSyntaxError("v=spf1 ip4:203.0.113.0/33 -all");
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->column, 7u);
    EXPECT_TRUE(contains(error->message, "33")) << error->message;
    const auto qualified = spfSyntaxError("v=spf1 mx  -ip4:192.0.2.1/40 -all");
    ASSERT_TRUE(qualified.has_value());
    EXPECT_EQ(qualified->column, 11u);
}

TEST(Spf, SyntaxErrorNamesAnUnknownMechanism)
{
    const auto error = spfSyntaxError("v=spf1 a ipv4:203.0.113.7 -all");
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->column, 9u);
    EXPECT_TRUE(contains(error->message, "unknown mechanism \"ipv4\"")) << error->message;
}

TEST(Spf, WellFormedRecordsHaveNoSyntaxError)
{
    for (const char* record : {"v=spf1", "v=spf1 -all", "v=spf1  ip4:203.0.113.0/24   mx -all ", "V=SPF1 A MX/24 ~ALL",
                               "v=spf1 a:mail.example.org/24//64 mx:example.org//128 ?all",
                               "v=spf1 include:_spf.example.net exists:%{ir}.%{v}._spf.%{d2} -all",
                               "v=spf1 ip6:2001:db8::1 ip6:::ffff:192.0.2.1/128 ip6:1:2:3:4:5:6:7:8 -all",
                               "v=spf1 ptr ptr:example.org +all", "v=spf1 redirect=example.net. exp=why.example.org",
                               "v=spf1 moo.cow-far_out=%%-%_ -all", "v=spf1 ip4:0.0.0.0/0 ip4:255.255.255.255/32"}) {
        const auto error = spfSyntaxError(record);
        EXPECT_FALSE(error.has_value()) << record << ": " << error->message;
    }
}

TEST(Spf, TextThatIsNotSpfHasNoSyntaxError)
{
    for (const char* text : {"", "google-site-verification=abc", "v=spf10 ip4:999", "v=DKIM1; k=rsa; p=abc", "spf1 -all"})
        EXPECT_FALSE(spfSyntaxError(text).has_value()) << text;
}

TEST(Spf, BadTermsOfEveryKindAreSyntaxErrorsAtTheirColumn)
{
    for (const char* term : {"ip4:203.0.113", "ip4:203.0.113.256", "ip4:203.0.113.07", "ip4:1.2.3.4/024", "ip4",
                             "ip6:2001:db8:::1", "ip6:2001:db8::/129", "ip6:1:2:3:4:5:6:7:8:9", "a/33",
                             "mx:example.org/24//129", "a:localhost", "a:example.123", "include:", "include",
                             "exists:", "all:example.org", "a:exam ple", "exists:%{x}.example.org",
                             "exists:%{c}.example.org", "exists:%{d0}.example.org", "exists:%{d", "redirect=",
                             "exp=%", "foo=%z", "+", "-redirect=example.org", "a:example.org/", "a:example.c_m",
                             "a:example.-com", "ip6:1:2:3:4::5:6:7:8", "ip6:1::2::3", "ip6:1:2:3:4:5:6:7",
                             "ip6:1:2:3:4:5:6:7:", "ip6:192.0.2.1::", "ip4:192.0.2.1/", "~all/24"}) {
        const std::string record = std::string("v=spf1 -ip4:192.0.2.1 ") + term + " -all";
        const auto error = spfSyntaxError(record);
        ASSERT_TRUE(error.has_value()) << term;
        EXPECT_EQ(error->column, 22u) << term << ": " << error->message;
    }
}

// ---- steps (for the Inspector) ----

TEST(Spf, StepsRecordEachEvaluatedTermWithTheLookupsSoFar)
{
    const SpfCheck c = check({txtRecord("example.org", "v=spf1 ip4:192.0.2.1 a include:_spf.example.net -all"),
                              aRecord("example.org", "192.0.2.50"),
                              txtRecord("_spf.example.net", "v=spf1 a:mail.example.net ip4:203.0.113.0/24 -all"),
                              aRecord("mail.example.net", "198.51.100.1")});
    EXPECT_EQ(c.result, SpfResult::Pass);
    EXPECT_EQ(c.reason, "matched include:_spf.example.net");
    EXPECT_EQ(c.record, "v=spf1 ip4:192.0.2.1 a include:_spf.example.net -all");  // the checked domain's own
    EXPECT_EQ(c.lookups, 2 + 1);
    struct Want {
        const char* domain;
        const char* term;
        bool matched;
        int lookups;
    };
    const std::vector<Want> want = {{"example.org", "ip4:192.0.2.1", false, 0},
                                    {"example.org", "a", false, 1},
                                    {"example.org", "include:_spf.example.net", true, 2},
                                    {"_spf.example.net", "a:mail.example.net", false, 3},
                                    {"_spf.example.net", "ip4:203.0.113.0/24", true, 3}};
    ASSERT_EQ(c.steps.size(), want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
        EXPECT_EQ(c.steps[i].domain, want[i].domain) << i;
        EXPECT_EQ(c.steps[i].term, want[i].term) << i;
        EXPECT_EQ(c.steps[i].matched, want[i].matched) << i;
        EXPECT_EQ(c.steps[i].lookupsSoFar, want[i].lookups) << i;
    }
    EXPECT_EQ(c.steps[4].note, "203.0.113.7 is in 203.0.113.0/24");
    EXPECT_EQ(c.steps[0].note, "203.0.113.7 is not in 192.0.2.1/32");
    EXPECT_EQ(c.steps[2].note, "_spf.example.net gives pass");
}

} // namespace
} // namespace postie
