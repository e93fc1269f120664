// DKIM (RFC 6376) with modelled cryptography: a letter signed at a.test is checked against the
// key published at s1._domainkey.a.test, and the outcomes follow RFC 6376 §6.1.
#include "trust/dkim.h"

#include "support/spec_builder.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

namespace postie {
namespace {

using namespace postie::testing;

const std::string kKey = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDwIRP/aTest+key==";
const std::string kKeyName = "s1._domainkey.a.test";
const std::string kBody = "Hello Bob,\r\n\r\nSee you at noon.\r\n\r\nAlice\r\n";

DnsZone zoneWithKey(const std::string& record = "v=DKIM1; k=rsa; p=" + kKey)
{
    return DnsZone({txtRecord(kKeyName, record)});
}

std::vector<HeaderField> letter()
{
    return {{"From", "Alice <alice@a.test>"},
            {"To", "Bob <bob@b.test>"},
            {"Subject", "Lunch on Friday"},
            {"Date", "Fri, 03 May 2024 10:00:00 +0000"},
            {"Message-ID", "<1@a.test>"}};
}

// The letter with its DKIM-Signature on top, as the signing MTA sends it.
std::vector<HeaderField> signedLetter(bool relaxed = true, std::vector<HeaderField> headers = letter(),
                                      const std::string& body = kBody)
{
    const DkimSigner signer{"a.test", "s1", kKey, relaxed};
    headers.insert(headers.begin(), {"DKIM-Signature", dkimSign(signer, headers, body)});
    return headers;
}

DkimCheck verifyOnly(const DnsZone& dns, const std::vector<HeaderField>& headers, const std::string& body = kBody)
{
    const auto checks = dkimVerify(dns, headers, body);
    EXPECT_EQ(checks.size(), 1u);
    return checks.front();
}

HeaderField& field(std::vector<HeaderField>& headers, const std::string& name)
{
    for (auto& h : headers)
        if (h.name == name) return h;
    ADD_FAILURE() << "no " << name;
    return headers.front();
}

TEST(Dkim, ASignedLetterVerifiesWithTheKeyInDns)
{
    const auto check = verifyOnly(zoneWithKey(), signedLetter());
    EXPECT_EQ(check.result, DkimResult::Pass);
    EXPECT_EQ(check.domain, "a.test");
    EXPECT_EQ(check.selector, "s1");
    EXPECT_STREQ(dkimResultName(check.result), "pass");
}

TEST(Dkim, TheSignatureHeaderLooksLikeARealOne)
{
    const std::string value = signedLetter().front().value;
    const std::regex shape("v=1; a=rsa-sha256; c=relaxed/relaxed; d=a\\.test; s=s1; "
                           "h=from:to:subject:date:message-id; bh=([A-Za-z0-9+/]+=*); b=([A-Za-z0-9+/]+=*)");
    std::smatch m;
    ASSERT_TRUE(std::regex_match(value, m, shape)) << value;
    EXPECT_EQ(m[1].length(), 44);   // 32 bytes, a SHA-256 digest
    EXPECT_EQ(m[2].length(), 172);  // 128 bytes, an RSA-1024 signature
    EXPECT_NE(signedLetter(false).front().value.find("c=simple/simple"), std::string::npos);
}

TEST(Dkim, AFooterAddedByAMailingListBreaksTheBodyHash)
{
    const auto check = verifyOnly(zoneWithKey(), signedLetter(), kBody + "--\r\nlunch-club mailing list\r\n");
    EXPECT_EQ(check.result, DkimResult::Fail);
    EXPECT_EQ(check.reason, "body hash did not verify (the body changed on the way)");
}

TEST(Dkim, AListTagInTheSubjectBreaksTheSignature)
{
    auto headers = signedLetter();
    field(headers, "Subject").value = "[lunch-club] Lunch on Friday";
    const auto check = verifyOnly(zoneWithKey(), headers);
    EXPECT_EQ(check.result, DkimResult::Fail);
    EXPECT_NE(check.reason.find("signature did not verify"), std::string::npos);
}

TEST(Dkim, ForwardingThatOnlyAddsReceivedLinesDoesNotBreakIt)
{
    auto headers = signedLetter();
    headers.insert(headers.begin(), {"Received", "from mx.b.test by relay.c.test with ESMTP id 42"});
    headers.insert(headers.begin(), {"Received", "from relay.c.test by mx.d.test with ESMTPS id 43"});
    EXPECT_EQ(verifyOnly(zoneWithKey(), headers).result, DkimResult::Pass);
}

TEST(Dkim, AnAddedUnsignedHeaderDoesNotBreakIt)
{
    auto headers = signedLetter();
    headers.push_back({"X-Spam-Status", "No, score=0.1 required=5.0"});
    headers.push_back({"List-Id", "<lunch-club.c.test>"});
    EXPECT_EQ(verifyOnly(zoneWithKey(), headers).result, DkimResult::Pass);
}

TEST(Dkim, WhitespaceChangesInTheBodySurviveRelaxedButBreakSimple)
{
    const std::string respaced = "Hello   Bob,  \r\n\r\nSee you\tat noon.\r\n\r\nAlice\r\n\r\n\r\n";
    EXPECT_EQ(verifyOnly(zoneWithKey(), signedLetter(true), respaced).result, DkimResult::Pass);
    EXPECT_EQ(verifyOnly(zoneWithKey(), signedLetter(false), respaced).result, DkimResult::Fail);
    // Only empty lines added at the end survive even simple (RFC 6376 §3.4.3).
    EXPECT_EQ(verifyOnly(zoneWithKey(), signedLetter(false), kBody + "\r\n\r\n").result, DkimResult::Pass);
}

TEST(Dkim, HeaderNameCaseAndFoldingSurviveRelaxedButBreakSimple)
{
    for (const bool relaxed : {true, false}) {
        auto headers = signedLetter(relaxed);
        field(headers, "Subject").name = "SUBJECT";
        EXPECT_EQ(verifyOnly(zoneWithKey(), headers).result, relaxed ? DkimResult::Pass : DkimResult::Fail);
        headers = signedLetter(relaxed);
        field(headers, "To").value = "Bob\r\n   <bob@b.test>  ";
        EXPECT_EQ(verifyOnly(zoneWithKey(), headers).result, relaxed ? DkimResult::Pass : DkimResult::Fail);
    }
}

TEST(Dkim, AChangedWordBreaksBothCanonicalizations)
{
    for (const bool relaxed : {true, false}) {
        EXPECT_EQ(verifyOnly(zoneWithKey(), signedLetter(relaxed), "Hello Bob,\r\n\r\nSee you at one.\r\n\r\nAlice\r\n").result,
                  DkimResult::Fail);
        auto headers = signedLetter(relaxed);
        field(headers, "From").value = "Mallory <alice@a.test>";
        EXPECT_EQ(verifyOnly(zoneWithKey(), headers).result, DkimResult::Fail);
    }
}

TEST(Dkim, ASignatureFoldedByTheSignerStillVerifies)
{
    auto headers = signedLetter();
    std::string& value = headers.front().value;
    value.insert(value.find("b=", value.find("bh=") + 3) + 30, "\r\n\t ");
    EXPECT_EQ(verifyOnly(zoneWithKey(), headers).result, DkimResult::Pass);
}

TEST(Dkim, TheSignatureCoversItsOwnTags)
{
    // Claiming another domain that publishes the same key text still fails: d= is signed (§3.7).
    auto headers = signedLetter();
    std::string& value = headers.front().value;
    value.replace(value.find("d=a.test"), 8, "d=c.test");
    const DnsZone dns({txtRecord("s1._domainkey.c.test", "v=DKIM1; p=" + kKey)});
    EXPECT_EQ(verifyOnly(dns, headers).result, DkimResult::Fail);
}

TEST(Dkim, RepeatedFieldsAreSignedFromTheBottomUp)
{
    auto headers = letter();
    headers.push_back({"To", "Carol <carol@b.test>"});
    headers = signedLetter(true, headers);
    headers[2].value = "Dave <dave@b.test>";  // the upper To: h= names to once, so only the lower one is signed
    EXPECT_EQ(verifyOnly(zoneWithKey(), headers).result, DkimResult::Pass);
    headers.back().value = "Dave <dave@b.test>";
    EXPECT_EQ(verifyOnly(zoneWithKey(), headers).result, DkimResult::Fail);
}

TEST(Dkim, AMissingKeyIsAPermError)
{
    auto check = verifyOnly(DnsZone{}, signedLetter());
    EXPECT_EQ(check.result, DkimResult::PermError);
    EXPECT_EQ(check.reason, "no key for signature at s1._domainkey.a.test");
    DnsRecord a;
    a.name = kKeyName;
    a.address = "192.0.2.1";  // the name exists, but has no TXT
    EXPECT_EQ(verifyOnly(DnsZone({a}), signedLetter()).result, DkimResult::PermError);
}

TEST(Dkim, AServfailOnTheKeyIsATempError)
{
    const auto check = verifyOnly(DnsZone({servFailRecord(kKeyName)}), signedLetter());
    EXPECT_EQ(check.result, DkimResult::TempError);
    EXPECT_NE(check.reason.find("DNS lookup failed (SERVFAIL)"), std::string::npos);
    EXPECT_STREQ(dkimResultName(check.result), "temperror");
}

TEST(Dkim, AnEmptyPIsARevokedKey)
{
    const auto check = verifyOnly(zoneWithKey("v=DKIM1; k=rsa; p="), signedLetter());
    EXPECT_EQ(check.result, DkimResult::PermError);
    EXPECT_NE(check.reason.find("key revoked (empty p=)"), std::string::npos);
}

TEST(Dkim, AKeyRecordWithASyntaxErrorIsAPermError)
{
    EXPECT_EQ(verifyOnly(zoneWithKey("k=rsa; v=DKIM1; p=" + kKey), signedLetter()).result, DkimResult::PermError);
    EXPECT_EQ(verifyOnly(zoneWithKey("v=DKIM1; k=ed25519; p=" + kKey), signedLetter()).result, DkimResult::PermError);
}

TEST(Dkim, AKeyThatIsNotTheSignersFails)
{
    const auto check = verifyOnly(zoneWithKey("v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCother"), signedLetter());
    EXPECT_EQ(check.result, DkimResult::Fail);
    EXPECT_NE(check.reason.find("signature did not verify"), std::string::npos);
}

TEST(Dkim, ASignatureThatDoesNotSignFromIsAPermError)
{
    const std::vector<HeaderField> headers = {
        {"DKIM-Signature", "v=1; a=rsa-sha256; d=a.test; s=s1; h=to:subject; bh=AAAA; b=AAAA"}, {"From", "alice@a.test"}};
    const auto check = verifyOnly(zoneWithKey(), headers);
    EXPECT_EQ(check.result, DkimResult::PermError);
    EXPECT_EQ(check.reason, "signature does not sign From (RFC 6376 §5.4)");
}

TEST(Dkim, MissingRequiredTagsAndOtherVersionsArePermErrors)
{
    const std::string good = "v=1; a=rsa-sha256; d=a.test; s=s1; h=from; bh=AAAA; b=AAAA";
    const std::vector<std::string> broken = {
        "a=rsa-sha256; d=a.test; s=s1; h=from; bh=AAAA; b=AAAA",      // no v=
        "v=1; a=rsa-sha256; d=a.test; h=from; bh=AAAA; b=AAAA",       // no s=
        "v=1; a=rsa-sha256; d=a.test; s=s1; h=from; b=AAAA",          // no bh=
        "v=2; a=rsa-sha256; d=a.test; s=s1; h=from; bh=AAAA; b=AAAA",
        "v=1; a=rsa-sha1; d=a.test; s=s1; h=from; bh=AAAA; b=AAAA",   // RFC 8301
        good + "; d=c.test",                                           // a tag twice (§3.2)
        good + ";;"};
    for (const auto& value : broken) {
        const std::vector<HeaderField> headers = {{"DKIM-Signature", value}, {"From", "alice@a.test"}};
        EXPECT_EQ(verifyOnly(zoneWithKey(), headers).result, DkimResult::PermError) << value;
    }
}

TEST(Dkim, ALetterWithoutSignatureGivesNone)
{
    const auto check = verifyOnly(zoneWithKey(), letter());
    EXPECT_EQ(check.result, DkimResult::None);
    EXPECT_STREQ(dkimResultName(check.result), "none");
}

TEST(Dkim, EachSignatureIsCheckedOnItsOwn)
{
    auto headers = signedLetter();
    const DkimSigner esp{"esp.test", "k1", "MIGfOtherKey", true};
    headers.insert(headers.begin(), {"DKIM-Signature", dkimSign(esp, letter(), kBody)});
    const auto checks = dkimVerify(zoneWithKey(), headers, kBody);
    ASSERT_EQ(checks.size(), 2u);
    EXPECT_EQ(checks[0].domain, "esp.test");
    EXPECT_EQ(checks[0].result, DkimResult::PermError);  // esp.test publishes no key
    EXPECT_EQ(checks[1].result, DkimResult::Pass);
}

TEST(Dkim, ALetterWithoutFromCannotBeSigned)
{
    EXPECT_EQ(dkimSign({"a.test", "s1", kKey, true}, {{"To", "bob@b.test"}}, kBody), "");
}

TEST(Dkim, KeyRecordSyntaxErrorsPointAtTheirColumn)
{
    EXPECT_FALSE(dkimKeySyntaxError("v=DKIM1; k=rsa; p=" + kKey));
    EXPECT_FALSE(dkimKeySyntaxError("p="));  // revoked, but well formed
    const auto column = [](std::string_view record) { return dkimKeySyntaxError(record).value().column; };
    EXPECT_EQ(column("v=DKIM1; k=rsa"), 14u);           // no p=
    EXPECT_EQ(column("k=rsa; v=DKIM1; p=AAAA"), 7u);    // v= not first
    EXPECT_EQ(column("v=DKIM2; p=AAAA"), 2u);
    EXPECT_EQ(column("v=DKIM1; p=AB-CD"), 13u);         // not base64
    EXPECT_EQ(column("v=DKIM1; p=AAAA; p=BBBB"), 17u);  // twice
    EXPECT_EQ(column("v=DKIM1; =AAAA"), 9u);
    EXPECT_EQ(column("v=DKIM1; p AAAA"), 11u);
}

TEST(Dkim, TheCanonicalFormsFollowRfc6376Section3_4)
{
    EXPECT_EQ(dkimCanonicalHeader({"SUBJECT", "  Lunch \t on\r\n Friday  "}, true), "subject:Lunch on Friday\r\n");
    EXPECT_EQ(dkimCanonicalHeader({"SUBJECT", "Lunch  on Friday"}, false), "SUBJECT: Lunch  on Friday\r\n");
    EXPECT_EQ(dkimCanonicalBody(" a  b \t\r\nc\r\n\r\n \r\n", true), " a b\r\nc\r\n");
    EXPECT_EQ(dkimCanonicalBody(" a  b \t\r\nc\r\n\r\n", false), " a  b \t\r\nc\r\n");
    EXPECT_EQ(dkimCanonicalBody("a\nb", false), "a\r\nb\r\n");
    EXPECT_EQ(dkimCanonicalBody("", false), "\r\n");
    EXPECT_EQ(dkimCanonicalBody("\r\n\r\n", true), "");
}

} // namespace
} // namespace postie
