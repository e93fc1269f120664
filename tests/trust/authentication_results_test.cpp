// The Authentication-Results header (RFC 8601) as the receiving MX writes it, and spotting an
// incoming one that claims to be ours.
#include "trust/authentication_results.h"

#include <gtest/gtest.h>

namespace postie {
namespace {

AuthResultsInput allPass()
{
    AuthResultsInput in;
    in.authservId = "mx.b.test";
    in.spfResult = "pass";
    in.spfMailFrom = "a.test";
    in.dkim = {{"pass", "a.test", "s1"}};
    in.dmarcResult = "pass";
    in.headerFrom = "a.test";
    return in;
}

TEST(AuthenticationResults, AllPassingReadsLikeARealHeader)
{
    EXPECT_EQ(authenticationResultsValue(allPass()),
              "mx.b.test; spf=pass smtp.mailfrom=a.test; dkim=pass header.d=a.test header.s=s1; dmarc=pass header.from=a.test");
}

TEST(AuthenticationResults, FailuresAreListedMethodByMethod)
{
    AuthResultsInput in = allPass();
    in.spfResult = "fail";
    in.dkim = {{"fail", "a.test", "s1"}, {"pass", "esp.test", "k1"}};
    in.dmarcResult = "fail";
    EXPECT_EQ(authenticationResultsValue(in),
              "mx.b.test; spf=fail smtp.mailfrom=a.test; dkim=fail header.d=a.test header.s=s1; "
              "dkim=pass header.d=esp.test header.s=k1; dmarc=fail header.from=a.test");
}

TEST(AuthenticationResults, AnUnsignedLetterWithoutDmarcRecord)
{
    AuthResultsInput in = allPass();
    in.spfResult = "softfail";
    in.dkim = {{"none", "", ""}};
    in.dmarcResult = "none";
    EXPECT_EQ(authenticationResultsValue(in), "mx.b.test; spf=softfail smtp.mailfrom=a.test; dkim=none; dmarc=none header.from=a.test");
}

TEST(AuthenticationResults, SpfOfTheHeloNameUsesSmtpHelo)
{
    AuthResultsInput in;
    in.authservId = "mx.b.test";
    in.spfResult = "pass";
    in.spfMailFrom = "mail.a.test";
    in.spfIsHelo = true;
    EXPECT_EQ(authenticationResultsValue(in), "mx.b.test; spf=pass smtp.helo=mail.a.test");
}

TEST(AuthenticationResults, NoResultsAtAllSayNone)
{
    AuthResultsInput in;
    in.authservId = "mx.b.test";
    EXPECT_EQ(authenticationResultsValue(in), "mx.b.test; none");
}

TEST(AuthenticationResults, AValueThatIsNoTokenIsQuoted)
{
    AuthResultsInput in;
    in.authservId = "mx.b.test";
    in.spfResult = "pass";
    in.spfMailFrom = "a b.test";
    EXPECT_EQ(authenticationResultsValue(in), "mx.b.test; spf=pass smtp.mailfrom=\"a b.test\"");
    in.spfMailFrom = "alice@a.test";
    EXPECT_EQ(authenticationResultsValue(in), "mx.b.test; spf=pass smtp.mailfrom=alice@a.test");
}

TEST(AuthenticationResults, AForgedHeaderWithOurAuthservIdIsSpotted)
{
    EXPECT_TRUE(carriesAuthservId("mx.b.test; spf=pass smtp.mailfrom=a.test", "mx.b.test"));
    EXPECT_TRUE(carriesAuthservId("MX.B.Test; dkim=pass header.d=a.test", "mx.b.test"));
    EXPECT_TRUE(carriesAuthservId("mx.b.test 1; spf=pass", "mx.b.test"));
    EXPECT_TRUE(carriesAuthservId(" (forged) mx.b.test (by us)\r\n\t1; none", "mx.b.test"));
    EXPECT_TRUE(carriesAuthservId("\"mx.b.test\"; none", "mx.b.test"));
    EXPECT_TRUE(carriesAuthservId(authenticationResultsValue(allPass()), "mx.b.test"));
}

TEST(AuthenticationResults, AnotherServersHeaderIsKept)
{
    EXPECT_FALSE(carriesAuthservId("mx.a.test; spf=pass smtp.mailfrom=mx.b.test", "mx.b.test"));
    EXPECT_FALSE(carriesAuthservId("mx.b.test.evil.test; spf=pass", "mx.b.test"));
    EXPECT_FALSE(carriesAuthservId("(mx.b.test) mx.a.test; none", "mx.b.test"));
    EXPECT_FALSE(carriesAuthservId("", "mx.b.test"));
}

} // namespace
} // namespace postie
