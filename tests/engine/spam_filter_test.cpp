// A spam filter as SpamAssassin runs it behind a sorting station: every letter gets
// X-Spam-Status with its score and the required 5.0; from 5.0 on it is spam: X-Spam-Flag: YES,
// and the PO box files it in the Junk folder, which the reader's device does not fetch.
#include "scenario/scenario_loader.h"
#include "support/recorded_run.h"

#include <gtest/gtest.h>

namespace postie {
namespace {

using namespace postie::testing;

std::string town(const std::string& scores)
{
    return R"(format: postie/1
dns:
  - {name: example.org, type: MX, preference: 10, host: mx.example.org}
  - {name: mx.example.org, type: A, address: 203.0.113.25}
stations:
  - {id: alice, kind: client, user: alice@sender.test, submit_to: smtp.sender.test}
  - {id: smtp.sender.test, kind: outgoing}
  - {id: dns.test, kind: resolver}
  - {id: hub, kind: router}
  - {id: mx.example.org, kind: incoming, accepts: [example.org], deliver_to: box.example.org, spam_filter: true}
  - {id: box.example.org, kind: mailbox, users: [bob@example.org]}
  - {id: bob, kind: client, user: bob@example.org, read_from: box.example.org, check: {protocol: imap-idle}}
roads:
  - {between: [alice, smtp.sender.test], latency: 5ms}
  - {between: [smtp.sender.test, hub], latency: 5ms}
  - {between: [dns.test, hub], latency: 5ms}
  - {between: [mx.example.org, hub], latency: 5ms}
  - {between: [box.example.org, hub], latency: 5ms}
  - {between: [bob, hub], latency: 5ms}
mail:
)" + scores;
}

const TraceRecord* storedOf(const Records& records, const std::string& message)
{
    for (const auto& r : records)
        if (r.type == EventType::MailboxStored && r.message == message) return &r;
    return nullptr;
}

bool has(const std::vector<std::string>& lines, const std::string& line)
{
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

TEST(SpamFilter, FromFiveOnALetterIsFlaggedAndFiledInJunkWhichTheDeviceNeverFetches)
{
    const LoadResult loaded = loadScenarioText(town(R"(  - {at: 0s, from: alice@sender.test, to: [bob@example.org], spam_score: 4.9}
  - {at: 1m, from: alice@sender.test, to: [bob@example.org], spam_score: 5}
)"),
                                               "spam.yaml");
    ASSERT_TRUE(loaded.ok()) << loaded.errors.front().format();
    const RecordedRun r = runRecorded(*loaded.spec);
    const TraceRecord* ham = storedOf(r.records, "m1");
    const TraceRecord* spam = storedOf(r.records, "m2");
    ASSERT_NE(ham, nullptr);
    ASSERT_NE(spam, nullptr);
    EXPECT_FALSE(ham->junk);
    EXPECT_TRUE(has(ham->headers, "X-Spam-Status: No, score=4.9 required=5.0 tests=POSTIE_SPAM_SCORE autolearn=disabled version=4.0.0"));
    EXPECT_FALSE(has(ham->headers, "X-Spam-Flag: YES"));
    EXPECT_TRUE(spam->junk);
    EXPECT_TRUE(has(spam->headers, "X-Spam-Status: Yes, score=5.0 required=5.0 tests=POSTIE_SPAM_SCORE autolearn=disabled version=4.0.0"));
    EXPECT_TRUE(has(spam->headers, "X-Spam-Flag: YES"));
    bool fetchedSpam = false, fetchedHam = false;
    for (const auto& x : r.records)
        if (x.type == EventType::MailboxFetched) (x.message == "m2" ? fetchedSpam : fetchedHam) = true;
    EXPECT_TRUE(fetchedHam);
    EXPECT_FALSE(fetchedSpam);
}

TEST(SpamFilter, AScoreOutsideItsLimitsIsAnErrorWithItsPlace)
{
    const LoadResult loaded = loadScenarioText(town("  - {at: 0s, from: alice@sender.test, to: [bob@example.org], spam_score: lots}\n"),
                                               "spam.yaml");
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.errors.front().format(),
              "spam.yaml:21:74: error: spam_score must be a number from -100 to 100, like 6.5, but it is 'lots'");
}

} // namespace
} // namespace postie
