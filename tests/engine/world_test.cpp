// The world's trace: sinks get the event types they ask for, in the same numbering as the
// full trace, and what listens never changes the run.
#include "mail/world.h"

#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"
#include "support/every_field.h"
#include "trace/trace_sink.h"

#include <gtest/gtest.h>

namespace postie {
namespace {

class QueueOnlyRecorder : public MemoryRecorder {
public:
    EventTypeSet wants() const override { return {EventType::QueueEnter, EventType::QueueLeave}; }
};

ScenarioSpec lesson(const std::string& name)
{
    const auto loaded = loadScenarioFile(std::string(POSTIE_SOURCE_DIR) + "/scenarios/" + name);
    EXPECT_TRUE(loaded.ok()) << name;
    return *loaded.spec;
}

TEST(World, ASinkGetsOnlyTheEventTypesItWantsNumberedAsInTheFullTrace)
{
    const ScenarioSpec spec = lesson("03-server-down-retries.yaml");
    ScenarioRun full(spec);
    MemoryRecorder everything;
    full.world().addSink(&everything);
    full.runToEnd();

    ScenarioRun narrow(spec);
    QueueOnlyRecorder queues;
    narrow.world().addSink(&queues);
    narrow.runToEnd();

    std::vector<TraceRecord> expected;
    for (const auto& r : everything.records())
        if (r.type == EventType::QueueEnter || r.type == EventType::QueueLeave) expected.push_back(r);
    ASSERT_FALSE(expected.empty());
    EXPECT_EQ(queues.records(), expected);
}

TEST(World, SinksWithDifferentWishesEachGetTheirOwnShare)
{
    ScenarioRun run(lesson("01-first-email.yaml"));
    MemoryRecorder everything;
    QueueOnlyRecorder queues;
    run.world().addSink(&queues);
    run.world().addSink(&everything);
    run.runToEnd();
    std::size_t queueEvents = 0;
    for (const auto& r : everything.records())
        if (r.type == EventType::QueueEnter || r.type == EventType::QueueLeave) ++queueEvents;
    EXPECT_GT(everything.records().size(), queueEvents);
    EXPECT_EQ(queues.records().size(), queueEvents);
}

TEST(World, ARemovedSinkHearsNothingMoreAndTheOthersGoOnAsBefore)
{
    const ScenarioSpec spec = lesson("03-server-down-retries.yaml");
    ScenarioRun reference(spec);
    MemoryRecorder all;
    reference.world().addSink(&all);
    reference.runToEnd();

    ScenarioRun run(spec);
    MemoryRecorder stays;
    MemoryRecorder leaves;
    run.world().addSink(&stays);
    run.world().addSink(&leaves);
    run.start();
    while (leaves.records().size() < 10) run.world().sim().step();
    run.world().removeSink(&leaves);
    run.runToEnd();
    EXPECT_EQ(leaves.records().size(), 10u);
    EXPECT_EQ(stays.records(), all.records());
    EXPECT_EQ(run.world().summary().toJson(), reference.world().summary().toJson());
}

TEST(World, ANarrowSinkNeverChangesTheRun)
{
    for (const char* name : {"01-first-email.yaml", "03-server-down-retries.yaml", "07-several-recipients.yaml"}) {
        const ScenarioSpec spec = lesson(name);
        ScenarioRun silent(spec);
        silent.runToEnd();
        ScenarioRun listened(spec);
        QueueOnlyRecorder queues;
        listened.world().addSink(&queues);
        listened.runToEnd();
        EXPECT_EQ(silent.world().summary().toJson(), listened.world().summary().toJson()) << name;
    }
}

TEST(TraceRecord, ClearGivesABlankRecord)
{
    TraceRecord r = testing::everyFieldSet();
    ASSERT_NE(r, TraceRecord{});
    r.clear();
    EXPECT_EQ(r, TraceRecord{});
}

} // namespace
} // namespace postie
