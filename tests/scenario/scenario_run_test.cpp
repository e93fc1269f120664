// The one stopping rule of a run (ScenarioRun::advance), which the CLI, the tests and the app's
// worker all step by: with until, every event up to it and the clock at it; without, until
// the mail has settled, and never past the quiet limit. In batches it gives the same run.
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"
#include "trace/trace_sink.h"

#include <gtest/gtest.h>

#include <string>

namespace postie {
namespace {

// Alice writes to Bob through her post office and his sorting station; `extra` adds keys at
// the end of the file.
ScenarioSpec town(const std::string& extra = "")
{
    const std::string text = R"(format: postie/1
dns:
  - {name: example.org, type: MX, preference: 10, host: mx.example.org}
  - {name: mx.example.org, type: A, address: 203.0.113.25}
stations:
  - {id: alice, kind: client, user: alice@example.org, submit_to: smtp.example.org}
  - {id: smtp.example.org, kind: outgoing}
  - {id: dns.example.org, kind: resolver}
  - {id: mx.example.org, kind: incoming, accepts: [example.org], deliver_to: box.example.org}
  - {id: box.example.org, kind: mailbox, users: [bob@example.org]}
roads:
  - {between: [alice, smtp.example.org], latency: 10ms}
  - {between: [smtp.example.org, dns.example.org], latency: 10ms}
  - {between: [smtp.example.org, mx.example.org], latency: 10ms}
  - {between: [mx.example.org, box.example.org], latency: 1ms}
)" + extra;
    LoadResult loaded = loadScenarioText(text, "town.yaml");
    for (const auto& e : loaded.errors) ADD_FAILURE() << e.format();
    return loaded.spec.value_or(ScenarioSpec{});
}

const std::string kOneLetter = "mail:\n  - {at: 1s, from: alice@example.org, to: bob@example.org}\n";

TEST(ScenarioRunStop, WithoutUntilTheRunEndsOnceTheMailHasSettled)
{
    ScenarioRun run(town(kOneLetter));
    EXPECT_EQ(run.advance(1'000'000), RunStop::Quiet);
    EXPECT_TRUE(run.finished());
    EXPECT_TRUE(run.world().quiet());
    EXPECT_EQ(run.world().summary().delivered, 1u);
    EXPECT_GT(run.world().now(), SimTime::fromSeconds(1));
    EXPECT_LT(run.world().now(), SimTime::fromSeconds(2));
}

TEST(ScenarioRunStop, WithUntilEveryEventUpToItRunsAndTheClockEndsThere)
{
    // The letter is written at 1s, after until: it never leaves, and the clock stops at 500ms.
    ScenarioRun early(town("until: 500ms\n" + kOneLetter));
    EXPECT_EQ(early.advance(1'000'000), RunStop::Until);
    EXPECT_EQ(early.world().now(), SimTime::fromMillis(500));
    EXPECT_EQ(early.world().summary().created, 0u);
    // A later until given to advance wins over the file's, and the clock goes on to it even
    // after the mail has settled.
    ScenarioRun late(town("until: 500ms\n" + kOneLetter));
    EXPECT_EQ(late.advance(1'000'000, SimTime::fromSeconds(3600)), RunStop::Until);
    EXPECT_EQ(late.world().now(), SimTime::fromSeconds(3600));
    EXPECT_EQ(late.world().summary().delivered, 1u);
}

TEST(ScenarioRunStop, WithoutUntilARunThatNeverSettlesStopsBeforeTheQuietLimit)
{
    // A letter every hour for 60 days: the world is never quiet for long.
    ScenarioRun run(town("mail:\n  - {generate: periodic, every: 1h, between: [0s, 60d], from: [alice@example.org], "
                         "to: [bob@example.org]}\n"));
    EXPECT_EQ(run.advance(100'000'000), RunStop::QuietLimit);
    EXPECT_LE(run.world().now(), ScenarioRun::kQuietLimit);
    EXPECT_GT(run.world().now(), ScenarioRun::kQuietLimit - SimTime::fromSeconds(3600));
}

TEST(ScenarioRunStop, ABatchStopsAfterExactlyItsEventsAndTheRunGoesOnFromThere)
{
    ScenarioRun run(town(kOneLetter));
    run.start();
    const std::uint64_t before = run.world().sim().eventsProcessed();
    EXPECT_EQ(run.advance(3), RunStop::Batch);
    EXPECT_EQ(run.world().sim().eventsProcessed(), before + 3);
    EXPECT_FALSE(run.finished());
    EXPECT_FALSE(run.stoppedBy().has_value());
    EXPECT_EQ(run.advance(0), RunStop::Batch);
    EXPECT_EQ(run.world().sim().eventsProcessed(), before + 3);
    RunStop stop = RunStop::Batch;
    while ((stop = run.advance(3)) == RunStop::Batch) {}
    EXPECT_EQ(stop, RunStop::Quiet);
    EXPECT_EQ(run.stoppedBy(), RunStop::Quiet);
    // Over is over: another call processes nothing and says the same.
    const std::uint64_t after = run.world().sim().eventsProcessed();
    EXPECT_EQ(run.advance(100), RunStop::Quiet);
    EXPECT_EQ(run.world().sim().eventsProcessed(), after);
}

TEST(ScenarioRunStop, SmallBatchesGiveTheSameRunAsRunToEnd)
{
    for (const std::string& extra : {kOneLetter, "until: 2s\n" + kOneLetter}) {
        const ScenarioSpec spec = town(extra);
        ScenarioRun whole(spec);
        MemoryRecorder wholeTrace;
        whole.world().addSink(&wholeTrace);
        int progressCalls = 0;
        whole.runToEnd(std::nullopt, [&](const World&) { ++progressCalls; });
        ScenarioRun batched(spec);
        MemoryRecorder batchedTrace;
        batched.world().addSink(&batchedTrace);
        while (batched.advance(2) == RunStop::Batch) {}
        EXPECT_EQ(batchedTrace.records(), wholeTrace.records());
        EXPECT_EQ(batched.world().now(), whole.world().now());
        EXPECT_EQ(batched.stoppedBy(), whole.stoppedBy());
        EXPECT_EQ(progressCalls, int(whole.world().sim().eventsProcessed() / ScenarioRun::kProgressEvery));
    }
}

} // namespace
} // namespace postie
