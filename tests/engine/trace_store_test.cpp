// The compact in-memory trace: every record comes back exactly as it went in, it refuses
// records beyond its size, and a reader on another thread sees only complete records while
// the writer goes on.
#include "trace/trace_store.h"

#include "../support/every_field.h"
#include "../support/lesson_files.h"
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"
#include "trace/trace_sink.h"

#include <gtest/gtest.h>

#include <thread>

namespace postie {
namespace {

std::vector<TraceRecord> traceOf(const std::string& lesson)
{
    const auto loaded = loadScenarioFile(std::string(POSTIE_SOURCE_DIR) + "/scenarios/" + lesson);
    EXPECT_TRUE(loaded.ok()) << lesson;
    ScenarioRun run(*loaded.spec);
    MemoryRecorder trace;
    run.world().addSink(&trace);
    run.runToEnd();
    return trace.records();
}

TEST(TraceStore, GivenARecordWithEveryFieldSetThenItComesBackEqual)
{
    TraceStore store(4);
    const TraceRecord r = testing::everyFieldSet();
    ASSERT_TRUE(store.append(r));
    ASSERT_EQ(store.size(), 1u);
    EXPECT_EQ(store[0], r);
    EXPECT_EQ(store.type(0), r.type);
    EXPECT_EQ(store.timeUs(0), r.time.micros());
    EXPECT_EQ(store.station(0), r.station);
    EXPECT_EQ(store.message(0), r.message);
    EXPECT_EQ(store.peer(0), r.peer);
    EXPECT_EQ(store.original(0), r.original);
    const TraceView view = store.view(1);
    EXPECT_EQ(view.peer(0), r.peer);
    EXPECT_EQ(view.original(0), r.original);
}

TEST(TraceStore, GivenEveryLessonThenEveryRecordComesBackEqualAndInOrder)
{
    for (const std::string& lesson : testing::lessonFiles(false)) {
        const std::vector<TraceRecord> trace = traceOf(lesson);
        TraceStore store(trace.size());
        for (const TraceRecord& r : trace) ASSERT_TRUE(store.append(r)) << lesson;
        ASSERT_EQ(store.size(), trace.size()) << lesson;
        const TraceView view = store.view(store.size());
        std::size_t i = 0;
        for (const auto& r : view) {
            ASSERT_EQ(r, trace[i]) << lesson << " record " << i;
            ++i;
        }
        EXPECT_EQ(i, trace.size());
    }
}

TEST(TraceStore, GivenAFullStoreThenFurtherRecordsAreRefusedAndTheKeptOnesStay)
{
    TraceStore store(3);
    TraceRecord r = testing::everyFieldSet();
    for (int i = 0; i < 3; ++i) {
        r.seq = i;
        ASSERT_TRUE(store.append(r));
    }
    EXPECT_TRUE(store.full());
    r.seq = 3;
    EXPECT_FALSE(store.append(r));
    ASSERT_EQ(store.size(), 3u);
    EXPECT_EQ(store[2].seq, 2u);
}

TEST(TraceStore, GivenMoreRecordsThanOneChunkThenAllAreKept)
{
    const std::size_t n = 3 * ChunkedArray<int>::kChunk + 17;
    TraceStore store(n);
    TraceRecord r;
    r.type = EventType::RoadDepart;
    for (std::size_t i = 0; i < n; ++i) {
        r.seq = i;
        r.message = "m" + std::to_string(i % 50);
        ASSERT_TRUE(store.append(r));
    }
    ASSERT_EQ(store.size(), n);
    for (std::size_t i = 0; i < n; i += 997) {
        EXPECT_EQ(store[i].seq, i);
        EXPECT_EQ(store.message(i), "m" + std::to_string(i % 50));
    }
}

TEST(TraceStore, GivenAReaderOnAnotherThreadThenEveryRecordBelowTheSizeItSeesIsComplete)
{
    const std::size_t n = 200'000;
    TraceStore store(n);
    std::jthread writer([&] {
        TraceRecord r;
        r.type = EventType::SmtpReply;
        for (std::size_t i = 0; i < n; ++i) {
            r.seq = i;
            r.time = SimTime::fromMicros(static_cast<std::int64_t>(i));
            r.replyText = "queued as Q" + std::to_string(i);  // a new string every time
            store.append(r);
        }
    });
    std::size_t checked = 0;
    while (checked < n) {
        const std::size_t seen = store.size();
        for (; checked < seen; checked += 101) {
            const TraceRecord r = store[checked];
            ASSERT_EQ(r.seq, checked);
            ASSERT_EQ(r.time.micros(), static_cast<std::int64_t>(checked));
            ASSERT_EQ(r.replyText, "queued as Q" + std::to_string(checked));
        }
    }
}

} // namespace
} // namespace postie
