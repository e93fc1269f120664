// What the receiving server does with the three checks together: SPF, DKIM and DMARC, the
// Authentication-Results it writes (RFC 8601), and its decision: deliver, Junk (DMARC
// quarantine), refuse (550 5.7.23 for SPF fail when the server says so, 550 5.7.26 for DMARC
// reject, RFC 7372) or defer (451 4.4.3 for an SPF temperror, RFC 7208 §8.6).
#include "trust/receiver_checks.h"

#include "support/spec_builder.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace postie {
namespace {

using namespace postie::testing;

const std::string kBankKey = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC7bank";

// bank.test sends from 198.51.100.10 and signs with s1; its DMARC record is `dmarc`.
DnsZone bankZone(const std::string& dmarc)
{
    std::vector<DnsRecord> records{txtRecord("bank.test", "v=spf1 ip4:198.51.100.10 -all"),
                                   txtRecord("s1._domainkey.bank.test", "v=DKIM1; k=rsa; p=" + kBankKey),
                                   txtRecord("evil.test", "v=spf1 ip4:203.0.113.66 -all")};
    if (!dmarc.empty()) records.push_back(txtRecord("_dmarc.bank.test", dmarc));
    return DnsZone(records);
}

std::vector<HeaderField> letterFields(const std::string& from)
{
    return {{"From", from}, {"To", "teacher@school.test"}, {"Subject", "The school trip"},
            {"Date", "Wed, 14 Jul 2010 09:00:00 +0000"}, {"Message-ID", "<m1@smtp.bank.test>"}};
}

// A letter as the bank's own post office sends it: from its address, signed.
LetterToCheck honest()
{
    LetterToCheck l;
    l.authservId = "mx.school.test";
    l.clientIp = "198.51.100.10";
    l.helo = "smtp.bank.test";
    l.mailFrom = "director@bank.test";
    l.headerFrom = "director@bank.test";
    l.body = "The bank pays for the bus.";
    l.headers = letterFields(l.headerFrom);
    const std::string signature = dkimSign({"bank.test", "s1", kBankKey, true}, l.headers, l.body);
    l.headers.insert(l.headers.begin(), {"DKIM-Signature", signature});
    return l;
}

// Mallory's: from her own post office, the bank's address on the envelope and in From:, unsigned.
LetterToCheck forged()
{
    LetterToCheck l;
    l.authservId = "mx.school.test";
    l.clientIp = "203.0.113.66";
    l.helo = "smtp.evil.test";
    l.mailFrom = "director@bank.test";
    l.headerFrom = "director@bank.test";
    l.body = "Please buy gift cards.";
    l.headers = letterFields(l.headerFrom);
    return l;
}

TEST(ReceiverChecks, AnHonestSignedLetterPassesAllThreeAndIsDelivered)
{
    const ReceiverChecks c = checkLetter(bankZone("v=DMARC1; p=reject"), honest());
    EXPECT_EQ(c.spf.result, SpfResult::Pass);
    ASSERT_EQ(c.dkim.size(), 1u);
    EXPECT_EQ(c.dkim[0].result, DkimResult::Pass);
    EXPECT_EQ(c.dmarc.result, DmarcResult::Pass);
    EXPECT_EQ(c.action, AuthAction::Deliver);
    EXPECT_EQ(c.code, 0);
    EXPECT_EQ(c.authenticationResults, "mx.school.test; spf=pass smtp.mailfrom=bank.test; dkim=pass header.d=bank.test "
                                       "header.s=s1; dmarc=pass header.from=bank.test");
}

TEST(ReceiverChecks, AForgedEnvelopeFailsSpfAndIsRefusedWith5723WhenTheServerRejectsSpfFails)
{
    LetterToCheck l = forged();
    l.rejectSpfFail = true;
    const ReceiverChecks c = checkLetter(bankZone(""), l);
    EXPECT_EQ(c.spf.result, SpfResult::Fail);
    EXPECT_EQ(c.action, AuthAction::Reject);
    EXPECT_EQ(c.code, 550);
    EXPECT_EQ(c.enhanced, "5.7.23");
}

TEST(ReceiverChecks, AServerThatMarksSpfFailsDeliversTheForgeryWithSpfFailWritten)
{
    const ReceiverChecks c = checkLetter(bankZone(""), forged());
    EXPECT_EQ(c.action, AuthAction::Deliver);
    EXPECT_EQ(c.authenticationResults, "mx.school.test; spf=fail smtp.mailfrom=bank.test; dkim=none; dmarc=none "
                                       "header.from=bank.test");
}

TEST(ReceiverChecks, DmarcRejectRefusesWith5726EvenWhenTheServerOnlyMarksSpf)
{
    const ReceiverChecks c = checkLetter(bankZone("v=DMARC1; p=reject"), forged());
    EXPECT_EQ(c.dmarc.result, DmarcResult::Fail);
    EXPECT_EQ(c.action, AuthAction::Reject);
    EXPECT_EQ(c.code, 550);
    EXPECT_EQ(c.enhanced, "5.7.26");
}

TEST(ReceiverChecks, DmarcQuarantineFilesTheLetterInJunk)
{
    const ReceiverChecks c = checkLetter(bankZone("v=DMARC1; p=quarantine"), forged());
    EXPECT_EQ(c.action, AuthAction::Junk);
    EXPECT_EQ(c.code, 0);
}

TEST(ReceiverChecks, ALetterOutsidePctGetsTheNextLowerPolicy)
{
    LetterToCheck l = forged();
    l.pctDraw = 60;  // outside pct=50: reject becomes quarantine (RFC 7489 §6.6.4)
    EXPECT_EQ(checkLetter(bankZone("v=DMARC1; p=reject; pct=50"), l).action, AuthAction::Junk);
    l.pctDraw = 10;
    EXPECT_EQ(checkLetter(bankZone("v=DMARC1; p=reject; pct=50"), l).action, AuthAction::Reject);
}

TEST(ReceiverChecks, ALookalikeDomainPassesSpfForItselfButFailsDmarcForTheFromDomain)
{
    // Mallory's envelope is honest (evil.test passes SPF), her From: says bank.test: not aligned.
    LetterToCheck l = forged();
    l.mailFrom = "mallory@evil.test";
    const ReceiverChecks c = checkLetter(bankZone("v=DMARC1; p=reject"), l);
    EXPECT_EQ(c.spf.result, SpfResult::Pass);
    EXPECT_FALSE(c.dmarc.spfAligned);
    EXPECT_EQ(c.dmarc.result, DmarcResult::Fail);
    EXPECT_EQ(c.enhanced, "5.7.26");
}

TEST(ReceiverChecks, AForwardedLetterFailsSpfButPassesDmarcThroughItsIntactSignature)
{
    LetterToCheck l = honest();
    l.clientIp = "192.0.2.77";  // a forwarder, not on the bank's list
    l.helo = "forward.school.test";
    l.headers.insert(l.headers.begin(), {"Received", "from smtp.bank.test by forward.school.test"});
    const ReceiverChecks c = checkLetter(bankZone("v=DMARC1; p=reject"), l);
    EXPECT_EQ(c.spf.result, SpfResult::Fail);
    EXPECT_EQ(c.dkim.at(0).result, DkimResult::Pass);
    EXPECT_TRUE(c.dmarc.dkimAligned);
    EXPECT_EQ(c.dmarc.result, DmarcResult::Pass);
    EXPECT_EQ(c.action, AuthAction::Deliver);
}

TEST(ReceiverChecks, AFooterAddedOnTheWayBreaksTheSignatureAndDmarcRejects)
{
    LetterToCheck l = honest();
    l.clientIp = "192.0.2.77";  // a mailing list: another host, and a footer
    l.body += "\n-- \nThe parents' list";
    const ReceiverChecks c = checkLetter(bankZone("v=DMARC1; p=reject"), l);
    EXPECT_EQ(c.dkim.at(0).result, DkimResult::Fail);
    EXPECT_EQ(c.dmarc.result, DmarcResult::Fail);
    EXPECT_EQ(c.action, AuthAction::Reject);
}

TEST(ReceiverChecks, AnSpfTempErrorAsksTheSenderToComeBackWith451)
{
    LetterToCheck l = forged();
    l.mailFrom = "someone@broken.test";
    const ReceiverChecks c = checkLetter(DnsZone({servFailRecord("broken.test")}), l);
    EXPECT_EQ(c.spf.result, SpfResult::TempError);
    EXPECT_EQ(c.action, AuthAction::Defer);
    EXPECT_EQ(c.code, 451);
    EXPECT_EQ(c.enhanced, "4.4.3");
}

TEST(ReceiverChecks, ABounceWithTheNullSenderIsCheckedByItsHeloName)
{
    LetterToCheck l = forged();
    l.mailFrom.clear();
    l.helo = "smtp.evil.test";
    const ReceiverChecks c = checkLetter(bankZone(""), l);
    EXPECT_EQ(c.spf.identity, "helo");
    EXPECT_EQ(c.spf.result, SpfResult::None);  // smtp.evil.test publishes no record of its own
    EXPECT_NE(c.authenticationResults.find("smtp.helo=smtp.evil.test"), std::string::npos);
}

TEST(ReceiverChecks, TheStepsNameTheRecordEachTermTheAlignmentAndTheDecision)
{
    LetterToCheck l = forged();
    l.rejectSpfFail = true;
    const ReceiverChecks c = checkLetter(bankZone("v=DMARC1; p=reject"), l);
    const auto has = [&](const std::string& part) {
        for (const auto& s : c.steps)
            if (s.find(part) != std::string::npos) return true;
        return false;
    };
    EXPECT_TRUE(has("SPF record of bank.test: v=spf1 ip4:198.51.100.10 -all"));
    EXPECT_TRUE(has("-all: match"));
    EXPECT_TRUE(has("DMARC record of bank.test: v=DMARC1; p=reject"));
    EXPECT_TRUE(has("Alignment, SPF: MAIL FROM bank.test with From: bank.test, spf=fail: aligned, but SPF did not pass: no"));
    EXPECT_TRUE(has("550 5.7.23"));
}

TEST(ReceiverChecks, TheStepsJudgeASignaturesAlignmentInTheRecordsOwnMode)
{
    // A letter signed by a subdomain: aligned when relaxed, not when adkim=s.
    LetterToCheck l = honest();
    l.headers.erase(l.headers.begin());
    const std::string key = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC7news";
    l.headers.insert(l.headers.begin(), {"DKIM-Signature", dkimSign({"news.bank.test", "s1", key, true}, l.headers, l.body)});
    const auto zone = [&](const std::string& dmarc) {
        return DnsZone({txtRecord("s1._domainkey.news.bank.test", "v=DKIM1; k=rsa; p=" + key),
                        txtRecord("_dmarc.bank.test", dmarc)});
    };
    const auto line = [](const ReceiverChecks& c) {
        for (const auto& s : c.steps)
            if (s.find("Alignment, DKIM") != std::string::npos) return s;
        return std::string();
    };
    EXPECT_TRUE(line(checkLetter(zone("v=DMARC1; p=reject"), l)).ends_with(": passed"));
    EXPECT_TRUE(line(checkLetter(zone("v=DMARC1; p=reject; adkim=s"), l)).ends_with(": no"));
}

TEST(ReceiverChecks, TheFromDomainIsReadFromANameAndAddressToo)
{
    EXPECT_EQ(fromDomain("The Director <director@Bank.test>"), "bank.test");
    EXPECT_EQ(fromDomain("director@bank.test"), "bank.test");
}

} // namespace
} // namespace postie
