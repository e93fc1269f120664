// The time series of a run: samples at 0, every, 2·every, ... and the end; the value at t is
// the state after every event with time <= t; letters, queues and the DNS cache hit rate.
#include "trace/series_recorder.h"

#include "trace/series_csv.h"

#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"

#include <gtest/gtest.h>

#include <map>
#include <sstream>
#include <stdexcept>

namespace postie {
namespace {

SimTime ms(std::int64_t v) { return SimTime::fromMillis(v); }

TraceRecord event(SimTime t, EventType type)
{
    TraceRecord r;
    r.time = t;
    r.type = type;
    return r;
}

TraceRecord created(SimTime t, std::string to)
{
    TraceRecord r = event(t, EventType::MessageCreated);
    r.to = std::move(to);
    return r;
}

TraceRecord final(SimTime t, Outcome outcome)
{
    TraceRecord r = event(t, EventType::MessageFinal);
    r.outcome = outcome;
    return r;
}

TraceRecord queue(SimTime t, EventType type, std::string station, std::int64_t length)
{
    TraceRecord r = event(t, type);
    r.station = std::move(station);
    r.queueLength = length;
    return r;
}

TraceRecord dnsAnswer(SimTime t, bool cached)
{
    TraceRecord r = event(t, EventType::DnsAnswer);
    r.cached = cached;
    return r;
}

TEST(SeriesRecorder, SamplesAtEveryMultipleOfTheIntervalAndAtTheEnd)
{
    SeriesRecorder series(ms(1000), {});
    series.record(created(ms(200), "a@x.test"));
    series.record(final(ms(2500), Outcome::Delivered));
    series.close(ms(3200));
    std::vector<std::int64_t> times;
    for (const auto& s : series.samples()) times.push_back(s.time.micros());
    EXPECT_EQ(times, (std::vector<std::int64_t>{0, 1000000, 2000000, 3000000, 3200000}));
}

TEST(SeriesRecorder, EndingOnASampleTimeAddsNoSecondRow)
{
    SeriesRecorder series(ms(1000), {});
    series.record(created(ms(200), "a@x.test"));
    series.close(ms(2000));
    ASSERT_EQ(series.samples().size(), 3u);
    EXPECT_EQ(series.samples().back().time, ms(2000));
    series.close(ms(5000));  // a second close changes nothing
    EXPECT_EQ(series.samples().size(), 3u);
}

TEST(SeriesRecorder, AValueAtTIncludesEveryEventAtExactlyT)
{
    SeriesRecorder series(ms(1000), {});
    series.record(created(ms(0), "a@x.test"));
    series.record(created(ms(1000), "b@x.test"));
    series.record(final(ms(1000), Outcome::Delivered));
    series.record(created(ms(1001), "c@x.test"));
    series.close(ms(1001));
    ASSERT_EQ(series.samples().size(), 3u);
    EXPECT_EQ(series.samples()[0].created, 1u);
    EXPECT_EQ(series.samples()[1].created, 2u);
    EXPECT_EQ(series.samples()[1].delivered, 1u);
    EXPECT_EQ(series.samples()[2].created, 3u);
}

TEST(SeriesRecorder, CountsRecipientCopiesAndEveryOutcome)
{
    SeriesRecorder series(ms(1000), {});
    series.record(created(ms(10), "a@x.test, b@x.test, c@x.test"));
    series.record(created(ms(20), "d@x.test"));
    series.record(event(ms(30), EventType::DeliveryDeferred));
    series.record(event(ms(31), EventType::DeliveryDeferred));
    series.record(final(ms(40), Outcome::Delivered));
    series.record(final(ms(50), Outcome::Bounced));
    series.record(final(ms(60), Outcome::Expired));
    series.close(ms(100));
    const SeriesSample& last = series.samples().back();
    EXPECT_EQ(last.created, 4u);
    EXPECT_EQ(last.delivered, 1u);
    EXPECT_EQ(last.bounced, 1u);
    EXPECT_EQ(last.expired, 1u);
    EXPECT_EQ(last.discarded, 0u);
    EXPECT_EQ(last.inFlight, 1u);
    EXPECT_EQ(last.deferred, 2u);
}

TEST(SeriesRecorder, AQueueHoldsItsLastReportedLengthAndUnknownStationsAreIgnored)
{
    SeriesRecorder series(ms(1000), {"post", "mx"});
    series.record(queue(ms(100), EventType::QueueEnter, "post", 1));
    series.record(queue(ms(200), EventType::QueueEnter, "post", 2));
    series.record(queue(ms(300), EventType::QueueEnter, "mx", 1));
    series.record(queue(ms(400), EventType::QueueEnter, "elsewhere", 9));
    series.record(queue(ms(1500), EventType::QueueLeave, "post", 1));
    series.close(ms(2000));
    ASSERT_EQ(series.samples().size(), 3u);
    EXPECT_EQ(series.samples()[0].queues, (std::vector<std::uint64_t>{0, 0}));
    EXPECT_EQ(series.samples()[1].queues, (std::vector<std::uint64_t>{2, 1}));
    EXPECT_EQ(series.samples()[2].queues, (std::vector<std::uint64_t>{1, 1}));
}

TEST(SeriesRecorder, DnsHitRateIsPerIntervalAndSinceTheStart)
{
    SeriesRecorder series(ms(1000), {});
    series.record(dnsAnswer(ms(100), false));
    series.record(dnsAnswer(ms(200), true));
    series.record(dnsAnswer(ms(1100), true));
    series.record(dnsAnswer(ms(1200), true));
    series.close(ms(3000));
    const auto& s = series.samples();
    ASSERT_EQ(s.size(), 4u);
    EXPECT_FALSE(s[0].dnsHitRate().has_value());  // no answer by t = 0
    EXPECT_FALSE(s[0].dnsHitRateTotal().has_value());
    EXPECT_DOUBLE_EQ(*s[1].dnsHitRate(), 0.5);
    EXPECT_DOUBLE_EQ(*s[2].dnsHitRate(), 1.0);
    EXPECT_DOUBLE_EQ(*s[2].dnsHitRateTotal(), 0.75);
    EXPECT_FALSE(s[3].dnsHitRate().has_value());  // a quiet interval
    EXPECT_DOUBLE_EQ(*s[3].dnsHitRateTotal(), 0.75);
    EXPECT_EQ(s[3].dnsAnswersTotal, 4u);
}

TEST(SeriesRecorder, AsksOnlyForTheEventTypesItCounts)
{
    const EventTypeSet wants = SeriesRecorder(ms(1000), {}).wants();
    for (EventType t : {EventType::MessageCreated, EventType::MessageFinal, EventType::DeliveryDeferred,
                        EventType::QueueEnter, EventType::QueueLeave, EventType::DnsAnswer})
        EXPECT_TRUE(wants.contains(t)) << eventTypeName(t);
    for (EventType t : {EventType::SmtpCommand, EventType::SmtpReply, EventType::RoadDepart, EventType::RoadArrive,
                        EventType::DnsQuery, EventType::MailboxStored})
        EXPECT_FALSE(wants.contains(t)) << eventTypeName(t);
}

TEST(SeriesRecorder, StopsAtItsMostSamplesAndSaysSo)
{
    SeriesRecorder series(ms(1), {}, 3);
    series.record(created(ms(2), "a@x.test"));
    EXPECT_FALSE(series.truncated());
    series.record(created(ms(10), "b@x.test"));
    series.close(ms(20));
    EXPECT_TRUE(series.truncated());
    ASSERT_EQ(series.samples().size(), 3u);
    EXPECT_EQ(series.samples().back().time, ms(2));
}

TEST(SeriesRecorder, RefusesAnIntervalOfZero)
{
    EXPECT_THROW(SeriesRecorder(SimTime::zero(), {}), std::invalid_argument);
}

ScenarioSpec lesson(const std::string& name)
{
    const auto loaded = loadScenarioFile(std::string(POSTIE_SOURCE_DIR) + "/scenarios/" + name);
    EXPECT_TRUE(loaded.ok()) << name;
    return *loaded.spec;
}

TEST(SeriesRecorder, OnARealRunTheLastSampleIsTheSummaryAndQueuesFollowTheTrace)
{
    ScenarioRun run(lesson("07-several-recipients.yaml"));
    SeriesRecorder series(SimTime::fromSeconds(1), run.world().queueStationIds());
    MemoryRecorder trace;
    run.world().addSink(&series);
    run.world().addSink(&trace);
    run.runToEnd();
    series.close(run.world().now());
    const RunSummary summary = run.world().summary();

    ASSERT_FALSE(series.samples().empty());
    const SeriesSample& last = series.samples().back();
    EXPECT_EQ(last.time, run.world().now());
    EXPECT_EQ(last.created, summary.created);
    EXPECT_EQ(last.delivered, summary.delivered);
    EXPECT_EQ(last.bounced, summary.bounced);
    EXPECT_EQ(last.expired, summary.expired);
    EXPECT_EQ(last.discarded, summary.discarded);
    EXPECT_EQ(last.inFlight, summary.inFlight);
    EXPECT_EQ(last.deferred, summary.deferred);
    EXPECT_GT(summary.bounced, 0u);  // the lesson has a wrong address: the bounce column is exercised

    // Each queue at each sample, replayed from the full trace.
    for (const SeriesSample& s : series.samples()) {
        std::map<std::string, std::int64_t> length;
        for (const auto& r : trace.records())
            if (r.time <= s.time && (r.type == EventType::QueueEnter || r.type == EventType::QueueLeave))
                length[r.station] = r.queueLength;
        for (std::size_t i = 0; i < series.queueStations().size(); ++i)
            EXPECT_EQ(std::int64_t(s.queues[i]), length[series.queueStations()[i]])
                << series.queueStations()[i] << " at " << s.time.micros();
    }
}

std::string csv(const SeriesRecorder& series)
{
    std::ostringstream out;
    writeSeriesCsv(out, series, std::nullopt);
    return out.str();
}

TEST(SeriesRecorder, CoarsenedWhileRunningEqualsASeriesRecordedAtTheLongerIntervalFromTheStart)
{
    ScenarioRun run(lesson("09-rush-hour-at-school.yaml"));
    MemoryRecorder trace;
    run.world().addSink(&trace);
    run.runToEnd();
    const SimTime end = run.world().now();
    const auto& records = trace.records();
    ASSERT_GT(records.size(), 100u);

    SeriesRecorder coarsened(SimTime::fromSeconds(1), run.world().queueStationIds());
    SeriesRecorder direct(SimTime::fromSeconds(4), run.world().queueStationIds());
    for (std::size_t i = 0; i < records.size(); ++i) {
        // Twice, at odd places, so that a dropped last sample and a pending one both occur.
        if (i == records.size() / 3 || i == 2 * records.size() / 3 + 7) coarsened.coarsen();
        coarsened.record(records[i]);
        direct.record(records[i]);
    }
    coarsened.close(end);
    direct.close(end);
    EXPECT_EQ(coarsened.every(), SimTime::fromSeconds(4));
    EXPECT_GT(direct.samples().size(), 10u);
    std::uint64_t answers = 0;
    for (const auto& s : direct.samples()) answers += s.dnsAnswers;
    EXPECT_GT(answers, 0u);  // the DNS interval counts are exercised
    EXPECT_EQ(csv(coarsened), csv(direct));
}

} // namespace
} // namespace postie
