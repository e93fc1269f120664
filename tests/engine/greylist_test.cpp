// Greylisting as postgrey does it (postgrey(8) defaults): the triplet of the client's /24,
// the sender and the recipient; a 300 s delay; a 2-day retry window; 35 days of memory for a
// triplet that got through; a network trusted after 5 triplets came back.
#include "mail/greylist.h"

#include <gtest/gtest.h>

#include <string>

namespace postie {
namespace {

const auto s = [](std::int64_t n) { return SimTime::fromSeconds(n); };
constexpr std::int64_t kDay = 86400;

TEST(Greylist, ANewTripletIsTurnedAwayUntilItComesBackAfterTheDelay)
{
    Greylist g;
    EXPECT_FALSE(g.admit("192.0.2.7", "alice@sender.test", "bob@example.org", s(0)));
    EXPECT_FALSE(g.admit("192.0.2.7", "alice@sender.test", "bob@example.org", s(299)));  // too soon
    EXPECT_TRUE(g.admit("192.0.2.7", "alice@sender.test", "bob@example.org", s(300)));
    EXPECT_TRUE(g.admit("192.0.2.7", "alice@sender.test", "bob@example.org", s(400)));  // known now: at once
}

TEST(Greylist, ATripletIsTheNetworkTheSenderAndTheRecipient)
{
    Greylist g;
    EXPECT_FALSE(g.admit("192.0.2.7", "alice@sender.test", "bob@example.org", s(0)));
    EXPECT_TRUE(g.admit("192.0.2.99", "Alice@Sender.test", "bob@example.org", s(300)));  // same /24, same triplet
    EXPECT_FALSE(g.admit("192.0.2.7", "alice@sender.test", "carol@example.org", s(300)));  // another recipient
    EXPECT_FALSE(g.admit("192.0.2.7", "dave@sender.test", "bob@example.org", s(300)));     // another sender
    EXPECT_FALSE(g.admit("198.51.100.7", "alice@sender.test", "bob@example.org", s(300)));  // another network
    EXPECT_EQ(Greylist::network("203.0.113.25"), "203.0.113");
}

TEST(Greylist, ARetryAfterTheTwoDayWindowStartsAgain)
{
    Greylist g;
    EXPECT_FALSE(g.admit("192.0.2.7", "alice@sender.test", "bob@example.org", s(0)));
    EXPECT_FALSE(g.admit("192.0.2.7", "alice@sender.test", "bob@example.org", s(2 * kDay + 1)));
    EXPECT_TRUE(g.admit("192.0.2.7", "alice@sender.test", "bob@example.org", s(2 * kDay + 301)));
}

TEST(Greylist, ATripletThatGotThroughIsForgottenAfter35DaysOfSilence)
{
    Greylist g;
    g.admit("192.0.2.7", "alice@sender.test", "bob@example.org", s(0));
    ASSERT_TRUE(g.admit("192.0.2.7", "alice@sender.test", "bob@example.org", s(300)));
    EXPECT_TRUE(g.admit("192.0.2.7", "alice@sender.test", "bob@example.org", s(300 + 34 * kDay)));
    EXPECT_FALSE(g.admit("192.0.2.7", "alice@sender.test", "bob@example.org", s(300 + 34 * kDay + 36 * kDay)));
}

TEST(Greylist, ANetworkWhoseRetriesGotThroughFiveTimesIsTrustedAtOnce)
{
    Greylist g;
    for (int i = 0; i < Greylist::kAutoWhitelistClients; ++i) {
        const std::string rcpt = "pupil" + std::to_string(i) + "@example.org";
        EXPECT_FALSE(g.admit("192.0.2.7", "alice@sender.test", rcpt, s(0)));
        EXPECT_TRUE(g.admit("192.0.2.7", "alice@sender.test", rcpt, s(300)));
    }
    EXPECT_TRUE(g.admit("192.0.2.7", "someone@else.test", "new@example.org", s(301)));  // whitelisted
    EXPECT_FALSE(g.admit("198.51.100.7", "someone@else.test", "new@example.org", s(301)));
}

TEST(Greylist, TheDelayIsTheServers)
{
    Greylist g(s(60));
    EXPECT_FALSE(g.admit("192.0.2.7", "alice@sender.test", "bob@example.org", s(0)));
    EXPECT_TRUE(g.admit("192.0.2.7", "alice@sender.test", "bob@example.org", s(60)));
}

} // namespace
} // namespace postie
