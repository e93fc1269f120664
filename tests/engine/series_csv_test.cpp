// The series as CSV: the header names every column, one row per sample, the scenario clock
// in ISO 8601.
#include "trace/series_csv.h"

#include <gtest/gtest.h>

#include <sstream>

namespace postie {
namespace {

TEST(SeriesCsv, IsoTimeIsTheScenarioClockInUtc)
{
    const std::int64_t start = 1279098000;  // 2010-07-14T09:00:00Z
    EXPECT_EQ(isoTime(SimTime::zero(), start), "2010-07-14T09:00:00.000Z");
    EXPECT_EQ(isoTime(SimTime::fromMillis(1500), start), "2010-07-14T09:00:01.500Z");
    EXPECT_EQ(isoTime(SimTime::fromMicros(250), start), "2010-07-14T09:00:00.000250Z");
    EXPECT_EQ(isoTime(SimTime::fromSeconds(15 * 3600), start), "2010-07-15T00:00:00.000Z");
    EXPECT_EQ(isoTime(SimTime::fromSeconds(86400 * 231), 951696000), "2000-10-16T00:00:00.000Z");  // from 2000-02-28, over a leap day
    EXPECT_EQ(isoTime(SimTime::fromSeconds(61), std::nullopt), "1970-01-01T00:01:01.000Z");
}

TEST(SeriesCsv, HeaderThenOneRowPerSample)
{
    SeriesRecorder series(SimTime::fromSeconds(1), {"smtp.sender.test", "mx1.example.org"});
    TraceRecord r;
    r.time = SimTime::fromMillis(500);
    r.type = EventType::MessageCreated;
    r.to = "bob@example.org";
    series.record(r);
    r.type = EventType::DnsAnswer;
    r.cached = true;
    series.record(r);
    series.close(SimTime::fromMillis(1250));

    std::ostringstream out;
    writeSeriesCsv(out, series, 1279098000);
    EXPECT_EQ(out.str(),
              "t_s,time,created,in_flight,delivered,bounced,expired,discarded,deferred,queue:smtp.sender.test,"
              "queue:mx1.example.org,dns_answers,dns_hit_rate,dns_hit_rate_total\n"
              "0,2010-07-14T09:00:00.000Z,0,0,0,0,0,0,0,0,0,0,,\n"
              "1,2010-07-14T09:00:01.000Z,1,1,0,0,0,0,0,0,0,1,1.0000,1.0000\n"
              "1.25,2010-07-14T09:00:01.250Z,1,1,0,0,0,0,0,0,0,0,,1.0000\n");
}

} // namespace
} // namespace postie
