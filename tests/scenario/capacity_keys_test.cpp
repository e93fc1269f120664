// The capacity and generator keys of a scenario file land in the spec: server limits (with
// Postfix's defaults when absent) and each kind of generator with its timing.
#include "scenario/scenario_loader.h"

#include <gtest/gtest.h>

namespace postie {
namespace {

const char* kTown = R"(format: postie/1
start: 2010-07-14T07:00:00Z
until: 1d
stations:
  - {id: alice, kind: client, user: alice@sender.test, submit_to: smtp.sender.test}
  - {id: smtp.sender.test, kind: outgoing, concurrency_per_destination: 5, recipients_per_delivery: 10}
  - {id: mx.example.org, kind: incoming, accepts: [example.org], deliver_to: box.example.org,
     max_connections: 10, rate_limit: 100/min, queue_limit: 1000}
  - {id: box.example.org, kind: mailbox, users: ["bob{1..20}@example.org"]}
mail:
)";

LoadResult load(const std::string& mail)
{
    return loadScenarioText(std::string(kTown) + mail, "capacity.yaml");
}

std::string allErrors(const LoadResult& r)
{
    std::string out;
    for (const auto& e : r.errors) out += e.format() + "\n";
    return out;
}

TEST(CapacityKeys, ServerLimitsAreReadAndDefaultToPostfix)
{
    const LoadResult r = load("");
    ASSERT_TRUE(r.ok()) << allErrors(r);
    const auto& out = r.spec->stations[1];
    EXPECT_EQ(out.destinationConcurrency, 5);
    EXPECT_EQ(out.destinationRecipients, 10);
    EXPECT_EQ(out.maxConnections, 0);
    const auto& mx = r.spec->stations[2];
    EXPECT_EQ(mx.destinationConcurrency, 20);  // default_destination_concurrency_limit
    EXPECT_EQ(mx.destinationRecipients, 50);   // default_destination_recipient_limit
    EXPECT_EQ(mx.maxConnections, 10);
    EXPECT_NEAR(mx.rateLimitPerSecond, 100.0 / 60, 1e-9);
    EXPECT_EQ(mx.queueLimit, 1000);
}

TEST(CapacityKeys, EachGeneratorKindReadsItsTiming)
{
    const LoadResult r = load(R"(  - {generate: burst, at: 8h, from: alice@sender.test, to: ["bob{1..20}@example.org"]}
  - {generate: periodic, every: 10m, between: [1h, 2h], from: alice@sender.test, to: bob1@example.org}
  - generate: daily
    from: [alice@sender.test]
    to: ["bob{1..20}@example.org"]
    per_hour: {8: 600/h, 9: 120/h}
)");
    ASSERT_TRUE(r.ok()) << allErrors(r);
    ASSERT_EQ(r.spec->generators.size(), 3u);
    const auto& burst = r.spec->generators[0];
    EXPECT_EQ(burst.kind, GeneratorSpec::Kind::Burst);
    EXPECT_EQ(burst.at, SimTime::fromSeconds(8 * 3600));
    EXPECT_EQ(burst.to.size(), 20u);
    const auto& periodic = r.spec->generators[1];
    EXPECT_EQ(periodic.kind, GeneratorSpec::Kind::Periodic);
    EXPECT_EQ(periodic.every, SimTime::fromSeconds(600));
    EXPECT_EQ(periodic.begin, SimTime::fromSeconds(3600));
    const auto& daily = r.spec->generators[2];
    EXPECT_EQ(daily.kind, GeneratorSpec::Kind::Daily);
    EXPECT_NEAR(daily.perHour[8], 600.0 / 3600, 1e-12);
    EXPECT_NEAR(daily.perHour[9], 120.0 / 3600, 1e-12);
    EXPECT_EQ(daily.perHour[10], 0.0);
    EXPECT_EQ(daily.end, SimTime::fromSeconds(86400));  // the scenario's until
}

TEST(CapacityKeys, ABurstHasOneSender)
{
    const LoadResult r =
        load("  - {generate: burst, at: 1h, from: [alice@sender.test, alice@sender.test], to: bob1@example.org}\n");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(allErrors(r).find("a burst is one letter, so it has one sender"), std::string::npos) << allErrors(r);
}

TEST(CapacityKeys, APeriodicGeneratorNeedsEvery)
{
    const LoadResult r = load("  - {generate: periodic, from: alice@sender.test, to: bob1@example.org}\n");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(allErrors(r).find("a periodic generator needs every, like every: 10m"), std::string::npos)
        << allErrors(r);
}

TEST(CapacityKeys, AnAbsurdDailyLoadIsRefused)
{
    const LoadResult r = load(R"(  - generate: daily
    from: [alice@sender.test]
    to: [bob1@example.org]
    between: [0s, 400d]
    per_hour: {8: 1000000/s}
)");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(allErrors(r).find("at most 10000000 are allowed"), std::string::npos) << allErrors(r);
}

} // namespace
} // namespace postie
