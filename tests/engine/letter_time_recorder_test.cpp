// Where the letters' time goes: a latency histogram and letter-time per phase (waiting, DNS,
// on the way, in a mailbox), sampled like the run's series.
#include "trace/letter_time_recorder.h"

#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"
#include "trace/series_recorder.h"

#include <gtest/gtest.h>

#include <numeric>

namespace postie {
namespace {

SimTime s(std::int64_t v) { return SimTime::fromSeconds(v); }

TraceRecord event(SimTime t, EventType type, std::string message = "m1")
{
    TraceRecord r;
    r.time = t;
    r.type = type;
    r.message = std::move(message);
    return r;
}

TraceRecord dns(SimTime t, EventType type)
{
    TraceRecord r = event(t, type, "");
    r.station = type == EventType::DnsQuery ? "smtp.a.test" : "dns.a.test";
    r.peer = type == EventType::DnsQuery ? "dns.a.test" : "smtp.a.test";
    r.name = "b.test";
    r.qtype = DnsType::MX;
    return r;
}

std::uint64_t total(const std::vector<std::uint64_t>& bins) { return std::accumulate(bins.begin(), bins.end(), std::uint64_t(0)); }

TEST(LetterTimeRecorder, LatencyBinsAreStepsAReaderKnowsFromUnderASecondToDays)
{
    EXPECT_EQ(LetterTimeRecorder::binOf(SimTime::zero()), 0);
    EXPECT_EQ(LetterTimeRecorder::binOf(SimTime::fromMicros(999'999)), 0);  // under 1 s
    EXPECT_EQ(LetterTimeRecorder::binOf(s(1)), 1);
    EXPECT_EQ(LetterTimeRecorder::binOf(SimTime::fromMicros(9'999'999)), 1);
    EXPECT_EQ(LetterTimeRecorder::binOf(s(10)), 2);
    EXPECT_EQ(LetterTimeRecorder::binOf(s(59)), 2);                         // 10 s to 1 min
    EXPECT_EQ(LetterTimeRecorder::binOf(s(60)), 3);
    EXPECT_EQ(LetterTimeRecorder::binOf(s(599)), 3);                        // 1 to 10 min
    EXPECT_EQ(LetterTimeRecorder::binOf(s(600)), 4);
    EXPECT_EQ(LetterTimeRecorder::binOf(s(3599)), 4);                       // 10 min to 1 h
    EXPECT_EQ(LetterTimeRecorder::binOf(s(3600)), 5);
    EXPECT_EQ(LetterTimeRecorder::binOf(s(6 * 3600)), 6);
    EXPECT_EQ(LetterTimeRecorder::binLower(7), s(86400));
    EXPECT_EQ(LetterTimeRecorder::binOf(SimTime::fromSeconds(20 * 86400)), LetterTimeRecorder::kLatencyBins - 1);
}

TEST(LetterTimeRecorder, OneLetterSpendsItsTimeInEachPhaseInTurn)
{
    LetterTimeRecorder letters(s(5));
    TraceRecord created = event(s(0), EventType::MessageCreated);
    created.to = "bob@b.test";
    letters.record(created);
    letters.record(event(s(1), EventType::QueueEnter));
    letters.record(event(s(3), EventType::QueueLeave));
    letters.record(dns(s(3), EventType::DnsQuery));
    letters.record(dns(s(4), EventType::DnsAnswer));
    TraceRecord delivered = event(s(6), EventType::MessageFinal);
    delivered.outcome = Outcome::Delivered;
    letters.record(event(s(6), EventType::MailboxStored));
    letters.record(delivered);
    letters.record(event(s(10), EventType::MailboxFetched));
    letters.close(s(12));

    ASSERT_EQ(letters.samples().size(), 4u);  // 0, 5, 10 and the end at 12
    const auto& at5 = letters.samples()[1];
    EXPECT_EQ(at5.time, s(5));
    EXPECT_EQ(at5.phaseUs[int(LetterPhase::Waiting)], 2'000'000u);
    EXPECT_EQ(at5.phaseUs[int(LetterPhase::Dns)], 1'000'000u);
    EXPECT_EQ(at5.phaseUs[int(LetterPhase::OnTheWay)], 2'000'000u);  // 0-1 s and 4-5 s
    EXPECT_EQ(total(at5.latency), 0u);
    const auto& end = letters.samples().back();
    EXPECT_EQ(end.phaseUs[int(LetterPhase::OnTheWay)], 3'000'000u);
    EXPECT_EQ(end.phaseUs[int(LetterPhase::InMailbox)], 4'000'000u);  // stored at 6 s, fetched at 10 s
    EXPECT_EQ(end.latency[std::size_t(LetterTimeRecorder::binOf(s(6)))], 1u);
    EXPECT_EQ(total(end.latency), 1u);
}

TEST(LetterTimeRecorder, ADeferredLetterWaitsUntilItsNextAttemptShows)
{
    LetterTimeRecorder letters(s(100));
    TraceRecord created = event(s(0), EventType::MessageCreated);
    created.to = "bob@b.test";
    letters.record(created);
    letters.record(event(s(2), EventType::DeliveryDeferred));
    letters.record(event(s(7), EventType::SmtpConnect));
    letters.close(s(8));
    const auto& end = letters.samples().back();
    EXPECT_EQ(end.phaseUs[int(LetterPhase::Waiting)], 5'000'000u);
    EXPECT_EQ(end.phaseUs[int(LetterPhase::OnTheWay)], 3'000'000u);
}

ScenarioSpec lesson(const std::string& name)
{
    const auto loaded = loadScenarioFile(std::string(POSTIE_SOURCE_DIR) + "/scenarios/" + name);
    EXPECT_TRUE(loaded.ok()) << name;
    return *loaded.spec;
}

TEST(LetterTimeRecorder, OnARealRunTheHistogramCountsEveryDeliveredCopyAndWaitingShows)
{
    ScenarioRun run(lesson("09-rush-hour-at-school.yaml"));
    LetterTimeRecorder letters(SimTime::fromSeconds(60));
    SeriesRecorder series(SimTime::fromSeconds(60), run.world().queueStationIds());
    run.world().addSink(&letters);
    run.world().addSink(&series);
    run.runToEnd();
    letters.close(run.world().now());
    series.close(run.world().now());
    const RunSummary summary = run.world().summary();

    ASSERT_EQ(letters.samples().size(), series.samples().size());
    for (std::size_t i = 0; i < letters.samples().size(); ++i) {
        EXPECT_EQ(letters.samples()[i].time, series.samples()[i].time);
        EXPECT_EQ(total(letters.samples()[i].latency), series.samples()[i].delivered);
    }
    const auto& end = letters.samples().back();
    EXPECT_EQ(total(end.latency), summary.delivered);
    EXPECT_GT(end.phaseUs[int(LetterPhase::Waiting)], 0u);  // a rush hour: letters queue
    EXPECT_GT(end.phaseUs[int(LetterPhase::Dns)], 0u);
    EXPECT_GT(end.phaseUs[int(LetterPhase::OnTheWay)], 0u);
}

TEST(LetterTimeRecorder, CoarsenedWhileRunningEqualsARecordingAtTheLongerInterval)
{
    ScenarioRun run(lesson("03-server-down-retries.yaml"));
    MemoryRecorder trace;
    run.world().addSink(&trace);
    run.runToEnd();
    const auto& records = trace.records();
    LetterTimeRecorder coarsened(SimTime::fromSeconds(1));
    LetterTimeRecorder direct(SimTime::fromSeconds(4));
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (i == records.size() / 3 || i == 2 * records.size() / 3 + 3) coarsened.coarsen();
        coarsened.record(records[i]);
        direct.record(records[i]);
    }
    coarsened.close(run.world().now());
    direct.close(run.world().now());
    EXPECT_GT(direct.samples().size(), 10u);
    EXPECT_EQ(coarsened.samples(), direct.samples());
}

} // namespace
} // namespace postie
