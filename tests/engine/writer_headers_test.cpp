// Header lines the writer's program writes itself (a letter's `headers:`): they travel below
// the Received lines, and a sorting station that checks letters tears off an
// Authentication-Results line carrying its own name before it writes its own (RFC 8601 §5).
#include "scenario/scenario_loader.h"
#include "support/recorded_run.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace postie {
namespace {

using namespace postie::testing;

std::string town(const std::string& letters)
{
    return R"(format: postie/1
dns:
  - {name: example.org, type: MX, preference: 10, host: mx.example.org}
  - {name: mx.example.org, type: A, address: 203.0.113.25}
  - {name: smtp.sender.test, type: A, address: 198.51.100.10}
  - {name: sender.test, type: TXT, text: "v=spf1 ip4:198.51.100.10 -all"}
stations:
  - {id: alice, kind: client, user: alice@sender.test, submit_to: smtp.sender.test}
  - {id: smtp.sender.test, kind: outgoing}
  - {id: dns.test, kind: resolver}
  - {id: hub, kind: router}
  - {id: mx.example.org, kind: incoming, accepts: [example.org], deliver_to: box.example.org, authenticate: true}
  - {id: box.example.org, kind: mailbox, users: [bob@example.org]}
roads:
  - {between: [alice, smtp.sender.test], latency: 5ms}
  - {between: [smtp.sender.test, hub], latency: 5ms}
  - {between: [dns.test, hub], latency: 5ms}
  - {between: [mx.example.org, hub], latency: 5ms}
  - {between: [box.example.org, mx.example.org], latency: 1ms}
mail:
)" + letters;
}

const TraceRecord* firstOf(const Records& records, EventType type, const std::string& message)
{
    for (const auto& r : records)
        if (r.type == type && r.message == message) return &r;
    return nullptr;
}

std::ptrdiff_t indexOf(const std::vector<std::string>& lines, const std::string& prefix)
{
    const auto it = std::find_if(lines.begin(), lines.end(), [&](const std::string& l) { return l.starts_with(prefix); });
    return it == lines.end() ? -1 : it - lines.begin();
}

TEST(WriterHeaders, TravelBelowTheReceivedLinesAndAboveTheLettersOwnFields)
{
    const LoadResult loaded = loadScenarioText(
        town("  - {at: 0s, from: alice@sender.test, to: bob@example.org, headers: [\"X-Mailer: Postie Mail 1.0\", "
             "\"Organization: Sender School\"]}\n"),
        "headers.yaml");
    ASSERT_TRUE(loaded.ok()) << loaded.errors.front().format();
    const RecordedRun run = runRecorded(*loaded.spec);
    const TraceRecord* stored = firstOf(run.records, EventType::MailboxStored, "m1");
    ASSERT_NE(stored, nullptr);
    const auto& h = stored->headers;
    const auto mailer = indexOf(h, "X-Mailer: Postie Mail 1.0");
    const auto organization = indexOf(h, "Organization: Sender School");
    ASSERT_GE(mailer, 0);
    EXPECT_EQ(organization, mailer + 1);
    EXPECT_LT(indexOf(h, "Received: from alice"), mailer);
    EXPECT_EQ(indexOf(h, "From: "), organization + 1);
}

TEST(WriterHeaders, AForgedAuthenticationResultsWithTheReceiversNameIsTornOffAndSaid)
{
    const std::string forged = "Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=bank.test; "
                               "dmarc=pass header.from=bank.test";
    const std::string other = "Authentication-Results: mx.elsewhere.test; spf=pass smtp.mailfrom=sender.test";
    const LoadResult loaded = loadScenarioText(town("  - {at: 0s, from: alice@sender.test, to: bob@example.org, headers: [\"" +
                                                    forged + "\", \"" + other + "\"]}\n"),
                                               "headers.yaml");
    ASSERT_TRUE(loaded.ok()) << loaded.errors.front().format();
    const RecordedRun run = runRecorded(*loaded.spec);

    const TraceRecord* checked = firstOf(run.records, EventType::AuthChecked, "m1");
    ASSERT_NE(checked, nullptr);
    EXPECT_EQ(checked->removed, std::vector<std::string>{forged});
    ASSERT_FALSE(checked->checks.empty());
    EXPECT_EQ(checked->checks.front(),
              "Removed a forged Authentication-Results carrying this server's name (RFC 8601 §5): " +
                  forged.substr(std::string_view("Authentication-Results: ").size()));

    const TraceRecord* stored = firstOf(run.records, EventType::MailboxStored, "m1");
    ASSERT_NE(stored, nullptr);
    EXPECT_EQ(indexOf(stored->headers, forged), -1);
    // Another server's line is not this server's to judge: it stays (RFC 8601 §5 removes only its own).
    EXPECT_GE(indexOf(stored->headers, other), 0);
    // Its own line, written above its Received line, says what it really found.
    EXPECT_EQ(indexOf(stored->headers, "Authentication-Results: mx.example.org; spf=pass"),
              indexOf(stored->headers, "Received: from smtp.sender.test") - 1);
}

TEST(WriterHeaders, WithoutAForgeryNothingIsSaidRemoved)
{
    const LoadResult loaded = loadScenarioText(town("  - {at: 0s, from: alice@sender.test, to: bob@example.org}\n"), "h.yaml");
    ASSERT_TRUE(loaded.ok()) << loaded.errors.front().format();
    const RecordedRun run = runRecorded(*loaded.spec);
    const TraceRecord* checked = firstOf(run.records, EventType::AuthChecked, "m1");
    ASSERT_NE(checked, nullptr);
    EXPECT_TRUE(checked->removed.empty());
    EXPECT_TRUE(checked->checks.front().starts_with("SPF: "));
}

struct BadHeader {
    std::string value;
    std::string error;
};

class WriterHeadersMistakes : public ::testing::TestWithParam<BadHeader> {};

TEST_P(WriterHeadersMistakes, AreErrorsWithTheirPlace)
{
    const LoadResult loaded = loadScenarioText(
        town("  - {at: 0s, from: alice@sender.test, to: bob@example.org, headers: " + GetParam().value + "}\n"), "h.yaml");
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.errors.front().format(), GetParam().error);
}

INSTANTIATE_TEST_SUITE_P(
    Each, WriterHeadersMistakes,
    ::testing::Values(
        BadHeader{"[\"no colon here\"]",
                  "h.yaml:21:70: error: 'no colon here' is not a header line; write the field's name, a colon and its "
                  "value, like \"X-Mailer: Postie Mail 1.0\""},
        BadHeader{"[\"Bad Name: x\"]",
                  "h.yaml:21:70: error: 'Bad Name' is not a header field name: a name is printable ASCII without "
                  "spaces or colons (RFC 5322 §3.6.8), like X-Mailer"},
        BadHeader{"[\"From: ceo@bank.test\"]",
                  "h.yaml:21:70: error: the letter writes its own From: line; use header_from: instead"},
        BadHeader{"[\"received: from somewhere\"]",
                  "h.yaml:21:70: error: the servers write the Received: lines; a letter cannot bring its own"},
        BadHeader{"[\"X-Note: caf\u00e9\"]",
                  "h.yaml:21:70: error: header lines are ASCII (RFC 5322 §2.2); 'X-Note: caf\u00e9' has other "
                  "characters"},
        BadHeader{"{X-Mailer: x}",
                  "h.yaml:21:69: error: headers should be a list of header lines, like headers: "
                  "[\"Authentication-Results: mx.example.org; dmarc=pass header.from=bank.test\"], but it is a map"}));

} // namespace
} // namespace postie
