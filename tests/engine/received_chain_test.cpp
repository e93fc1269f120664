// Real messages' Received chains (tests/data/received: a header block in each server style,
// with the hops a person reads from it, oldest first): every part of every hop, the time each
// took (negative kept: clock skew), and which lines the receiver can trust.
#include "realmail/received_chain.h"
#include "sim/calendar.h"

#include "support/text_files.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>


namespace postie {
namespace {

using testing::readTextFile;

std::string corpus(const std::string& name) { return std::string(POSTIE_SOURCE_DIR) + "/tests/data/received/" + name; }

std::optional<std::string> expected(const nlohmann::json& hop, const char* key)
{
    if (hop.at(key).is_null()) return std::nullopt;
    return hop.at(key).get<std::string>();
}

std::string isoOf(std::int64_t epoch)
{
    const auto [days, secs] = splitSeconds(epoch);
    const CivilDate d = civilFromDays(days);
    char out[32];
    std::snprintf(out, sizeof out, "%04lld-%02u-%02uT%02lld:%02lld:%02lldZ", static_cast<long long>(d.year), d.month, d.day,
                  static_cast<long long>(secs / 3600), static_cast<long long>(secs / 60 % 60), static_cast<long long>(secs % 60));
    return out;
}

class ReceivedCorpus : public ::testing::TestWithParam<const char*> {};

TEST_P(ReceivedCorpus, ReadsEveryHopAsAPersonWould)
{
    const std::string name = GetParam();
    const ReceivedChain chain = readReceivedChain(readTextFile(corpus(name + ".eml")));
    const auto want = nlohmann::json::parse(readTextFile(corpus(name + ".hops.json"))).at("hops");
    ASSERT_EQ(chain.hops.size(), want.size()) << name;
    for (std::size_t i = 0; i < want.size(); ++i) {
        const ReceivedHop& hop = chain.hops[i];
        const auto& w = want[i];
        SCOPED_TRACE(name + " hop " + std::to_string(i + 1) + ": " + hop.text);
        EXPECT_EQ(hop.from, expected(w, "from"));
        EXPECT_EQ(hop.fromIp, expected(w, "from_ip"));
        EXPECT_EQ(hop.by, expected(w, "by"));
        EXPECT_EQ(hop.with, expected(w, "with"));
        EXPECT_EQ(hop.id, expected(w, "id"));
        EXPECT_EQ(hop.forAddress, expected(w, "for"));
        EXPECT_EQ(hop.date, expected(w, "date"));
        EXPECT_EQ(hop.utc ? std::optional<std::string>(isoOf(*hop.utc)) : std::nullopt, expected(w, "utc"));
        if (w.at("delay_s").is_null()) EXPECT_FALSE(hop.delaySeconds.has_value());
        else EXPECT_EQ(hop.delaySeconds, std::optional<std::int64_t>(w.at("delay_s").get<std::int64_t>()));
        EXPECT_GT(hop.line, 0);
    }
}

INSTANTIATE_TEST_SUITE_P(Styles, ReceivedCorpus,
                         ::testing::Values("postfix_two_hops", "exim", "exchange", "gmail", "qmail", "folded_and_comments",
                                           "missing_semicolon", "clock_skew", "no_date", "obsolete_zone", "crlf_eml",
                                           "headers_only"));

TEST(ReceivedChain, ASkewedClockShowsAsANegativeDelayNotHidden)
{
    const ReceivedChain chain = readReceivedChain(readTextFile(corpus("clock_skew.eml")));
    ASSERT_EQ(chain.hops.size(), 3u);
    EXPECT_FALSE(chain.hops[1].skewed());
    EXPECT_TRUE(chain.hops[2].skewed());
    EXPECT_LT(*chain.hops[2].delaySeconds, 0);
}

// The receiver vouches for its own servers' lines, down to the one that took the message from
// outside; the lines below were written by strangers' servers.
TEST(ReceivedChain, OnlyTheReceiversOwnLinesAreTrusted)
{
    const ReceivedChain chain = readReceivedChain(
        "Received: from mx.example.org (mx.example.org [203.0.113.70])\n"
        "\tby mbox.example.org (Postfix) with LMTP id 1; Tue, 8 Dec 2026 11:00:09 +0000\n"
        "Received: from relay.example.net (relay.example.net [198.51.100.5])\n"
        "\tby mx.example.org (Postfix) with ESMTPS id 2; Tue, 8 Dec 2026 11:00:08 +0000\n"
        "Received: from pc.example.net ([192.0.2.7]) by relay.example.net with ESMTPSA id 3; Tue, 8 Dec 2026 11:00:02 +0000\n"
        "Received: from trustme.example.org by bank.example.org with SMTP id 4; Tue, 8 Dec 2026 10:00:00 +0000\n"
        "Subject: hi\n\nbody\n");
    EXPECT_EQ(chain.receiverDomain, "example.org");
    ASSERT_EQ(chain.hops.size(), 4u);
    EXPECT_FALSE(chain.hops[0].trusted);  // claims example.org, but sits below a stranger's line
    EXPECT_FALSE(chain.hops[1].trusted);  // written by relay.example.net
    EXPECT_TRUE(chain.hops[2].trusted);   // mx.example.org took it from outside: its own line
    EXPECT_TRUE(chain.hops[3].trusted);
    EXPECT_EQ(chain.subject, "hi");
}

// A server named without a domain (Postfix's myhostname on a school's machine) still wrote the
// newest line: the receiver's own.
TEST(ReceivedChain, TheNewestLineIsAlwaysTheReceiversOwn)
{
    const ReceivedChain chain = readReceivedChain("Received: from pupil.example.org (localhost [127.0.0.1])\n"
                                                  "\tby vm (Postfix) with ESMTP id E1; Fri,  4 Dec 2026 20:37:36 +0000 (UTC)\n\n");
    ASSERT_EQ(chain.hops.size(), 1u);
    EXPECT_TRUE(chain.hops[0].trusted);
    EXPECT_EQ(chain.receiverDomain, "vm");
    EXPECT_EQ(chain.hops[0].fromIp, std::optional<std::string>("127.0.0.1"));
}

TEST(ReceivedChain, ABodyAndLookalikeFieldsAreNotHops)
{
    const ReceivedChain chain = readReceivedChain(
        "X-Received: by 10.0.0.1 with SMTP id x; Tue, 8 Dec 2026 11:00:00 +0000\r\n"
        "Received-SPF: pass (example.org: domain of a@example.net designates 192.0.2.1)\r\n"
        "Received: by mx.example.org; Tue, 8 Dec 2026 11:00:00 +0000\r\n"
        "\r\n"
        "Received: from forged.example by nowhere; Tue, 8 Dec 2026 10:00:00 +0000\r\n");
    ASSERT_EQ(chain.hops.size(), 1u);
    EXPECT_EQ(chain.hops[0].by, std::optional<std::string>("mx.example.org"));
    EXPECT_EQ(chain.hops[0].line, 3);
}

TEST(MailDate, ReadsTheDatesRealServersWrite)
{
    const auto at = [](const char* text) { return parseRfc5322Date(text); };
    const std::int64_t noon = daysFromCivil(2026, 12, 5) * kSecondsPerDay + 12 * 3600;
    EXPECT_EQ(at("Sat, 5 Dec 2026 12:00:00 +0000"), noon);
    EXPECT_EQ(at("Sat,  5 Dec 2026 13:00:00 +0100 (CET)"), noon);
    EXPECT_EQ(at("5 Dec 2026 12:00:00 -0000"), noon);
    EXPECT_EQ(at("05 Dec 26 07:00 EST"), noon);     // obsolete: two-digit year, no seconds, named zone
    EXPECT_EQ(at("Sat, 5 Dec 2026 04:00:00 PST"), noon);
    EXPECT_EQ(at("5 dec 2026 12:00:00 GMT"), noon);
    EXPECT_EQ(at("Sat, 5 Dec 2026 12:00:00"), std::nullopt);  // no zone: no moment
    EXPECT_EQ(at("yesterday"), std::nullopt);
    EXPECT_EQ(at("Sat, 32 Dec 2026 12:00:00 +0000"), std::nullopt);
    EXPECT_EQ(at(""), std::nullopt);
}

} // namespace
} // namespace postie
