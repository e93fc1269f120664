// Durations, rates, sizes and distributions as written in scenario files, and back to text.
#include "scenario/units.h"

#include <gtest/gtest.h>

#include <limits>

namespace postie {
namespace {

SimTime duration(std::string_view text)
{
    auto p = parseDuration(text);
    EXPECT_TRUE(p.ok()) << text << ": " << p.error;
    return p.value.value_or(SimTime::zero());
}

std::string durationError(std::string_view text)
{
    auto p = parseDuration(text);
    EXPECT_FALSE(p.ok()) << text;
    return p.error;
}

TEST(Units, ReadsDurationsInEveryUnit)
{
    EXPECT_EQ(duration("250us"), SimTime::fromMicros(250));
    EXPECT_EQ(duration("30ms"), SimTime::fromMillis(30));
    EXPECT_EQ(duration("2s"), SimTime::fromSeconds(2));
    EXPECT_EQ(duration("5m"), SimTime::fromSeconds(300));
    EXPECT_EQ(duration("5min"), SimTime::fromSeconds(300));
    EXPECT_EQ(duration("1h"), SimTime::fromSeconds(3600));
    EXPECT_EQ(duration("5d"), SimTime::fromSeconds(5 * 86400));
    EXPECT_EQ(duration("0s"), SimTime::zero());
    EXPECT_EQ(duration("7\xC2\xB5s"), SimTime::fromMicros(7));  // 7µs
}

TEST(Units, ReadsDecimalDurationsExactly)
{
    EXPECT_EQ(duration("1.5s"), SimTime::fromMillis(1500));
    EXPECT_EQ(duration("0.5ms"), SimTime::fromMicros(500));
    EXPECT_EQ(duration("0.1s"), SimTime::fromMillis(100));
    EXPECT_EQ(duration("2.25h"), SimTime::fromSeconds(8100));
    EXPECT_EQ(duration(" 2s "), SimTime::fromSeconds(2));
    EXPECT_EQ(duration("2 s"), SimTime::fromSeconds(2));
}

TEST(Units, KeepsTheSignOfANegativeDurationForTheCallerToJudge)
{
    EXPECT_EQ(duration("-5s"), SimTime::fromSeconds(-5));
}

TEST(Units, RefusesABareNumberAndSaysWhichUnitToWrite)
{
    EXPECT_EQ(durationError("30"), "duration '30' has no unit; write for example 30s or 30ms");
    EXPECT_EQ(durationError("0"), "duration '0' has no unit; write for example 0s or 0ms");
}

TEST(Units, RefusesBadDurations)
{
    EXPECT_EQ(durationError("30sec"), "unknown time unit 'sec' in '30sec'; use us, ms, s, m (minutes), h or d");
    EXPECT_EQ(durationError("5M"), "unknown time unit 'M' in '5M'; use us, ms, s, m (minutes), h or d (minutes are m)");
    EXPECT_EQ(durationError("fast"), "'fast' is not a duration; write a number and a unit, for example 30s or 5m");
    EXPECT_EQ(durationError(""), "the duration is empty; write for example 30s or 5m");
    EXPECT_EQ(durationError("1.5us"), "duration '1.5us' is finer than one microsecond, the smallest step of the clock");
    EXPECT_EQ(durationError("99999999999d"), "duration '99999999999d' is too large");
    EXPECT_EQ(durationError("1.1234567s"), "the number in '1.1234567s' has more than 6 digits after the point");
    EXPECT_EQ(durationError("1e3s"), "unknown time unit 'e3s' in '1e3s'; use us, ms, s, m (minutes), h or d");
    EXPECT_EQ(durationError("9999999999999999999999s"), "the number in '9999999999999999999999s' is too large");
}

TEST(Units, ReadsRatesPerSecondMinuteHourAndDay)
{
    EXPECT_DOUBLE_EQ(*parseRate("100/s").value, 100.0);
    EXPECT_DOUBLE_EQ(*parseRate("2/min").value, 2.0 / 60);
    EXPECT_DOUBLE_EQ(*parseRate("2/m").value, 2.0 / 60);
    EXPECT_DOUBLE_EQ(*parseRate("30/h").value, 30.0 / 3600);
    EXPECT_DOUBLE_EQ(*parseRate("10/d").value, 10.0 / 86400);
    EXPECT_DOUBLE_EQ(*parseRate("0.5/s").value, 0.5);
    EXPECT_DOUBLE_EQ(*parseRate("0/h").value, 0.0);
    EXPECT_DOUBLE_EQ(*parseRate(" 30 / h ").value, 30.0 / 3600);
}

TEST(Units, RefusesBadRates)
{
    EXPECT_EQ(parseRate("30").error, "rate '30' has no time unit; write for example 30/h or 30/min");
    EXPECT_EQ(parseRate("30/week").error, "unknown time unit 'week' in rate '30/week'; use /s, /min (or /m), /h or /d");
    EXPECT_EQ(parseRate("-1/s").error, "rate '-1/s' is negative; a rate counts letters, so it is 0 or more");
    EXPECT_EQ(parseRate("many/h").error,
              "'many/h' is not a rate; write a number of letters per unit of time, for example 30/h, 2/min or 100/s");
}

TEST(Units, ReadsSizesWithBinaryKilobytes)
{
    EXPECT_EQ(*parseSize("512B").value, 512u);
    EXPECT_EQ(*parseSize("12KB").value, 12u * 1024);
    EXPECT_EQ(*parseSize("3MB").value, 3u * 1024 * 1024);
    EXPECT_EQ(*parseSize("1GB").value, 1024ull * 1024 * 1024);
    EXPECT_EQ(*parseSize("1TB").value, 1024ull * 1024 * 1024 * 1024);
    EXPECT_EQ(*parseSize("4KiB").value, 4096u);
    EXPECT_EQ(*parseSize("4kb").value, 4096u);
    EXPECT_EQ(*parseSize("1.5KB").value, 1536u);
    EXPECT_EQ(*parseSize("0.1KB").value, 102u);
    EXPECT_EQ(*parseSize("0B").value, 0u);
}

TEST(Units, RefusesBadSizes)
{
    EXPECT_EQ(parseSize("4096").error, "size '4096' has no unit; write for example 4096B or 4096KB");
    EXPECT_EQ(parseSize("4XB").error, "unknown size unit 'XB' in '4XB'; use B, KB, MB, GB or TB (1KB = 1024 bytes)");
    EXPECT_EQ(parseSize("-4KB").error, "size '-4KB' is negative; sizes are 0B or more");
    EXPECT_EQ(parseSize("big").error, "'big' is not a size; write a number and a unit, for example 4KB or 2MB");
    EXPECT_EQ(parseSize("99999999999999TB").error, "size '99999999999999TB' is too large");
}

TEST(Units, ReadsEveryKindOfDistribution)
{
    auto exp = parseDistribution("exp(5ms)");
    ASSERT_TRUE(exp.ok()) << exp.error;
    EXPECT_EQ(exp.value->kind, Distribution::Kind::Exponential);
    EXPECT_EQ(exp.value->a, SimTime::fromMillis(5));

    auto c = parseDistribution("const(2ms)");
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c.value->kind, Distribution::Kind::Constant);
    EXPECT_EQ(c.value->a, SimTime::fromMillis(2));

    auto u = parseDistribution("uniform(1ms, 3ms)");
    ASSERT_TRUE(u.ok());
    EXPECT_EQ(u.value->kind, Distribution::Kind::Uniform);
    EXPECT_EQ(u.value->a, SimTime::fromMillis(1));
    EXPECT_EQ(u.value->b, SimTime::fromMillis(3));

    auto l = parseDistribution("lognormal(20ms, 5ms)");
    ASSERT_TRUE(l.ok());
    EXPECT_EQ(l.value->kind, Distribution::Kind::Lognormal);
    EXPECT_EQ(l.value->a, SimTime::fromMillis(20));
    EXPECT_EQ(l.value->b, SimTime::fromMillis(5));

    auto plain = parseDistribution("2ms");
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(plain.value->kind, Distribution::Kind::Constant);
    EXPECT_EQ(plain.value->a, SimTime::fromMillis(2));

    auto spaced = parseDistribution(" Exponential( 5ms ) ");
    ASSERT_TRUE(spaced.ok()) << spaced.error;
    EXPECT_EQ(spaced.value->kind, Distribution::Kind::Exponential);
}

TEST(Units, RefusesBadDistributionsWithAHint)
{
    EXPECT_EQ(parseDistribution("expo(5ms)").error,
              "unknown distribution 'expo' in 'expo(5ms)'; did you mean 'exp'? The distributions are const(2ms), "
              "exp(5ms), uniform(1ms, 3ms), lognormal(20ms, 5ms) or a plain duration like 2ms");
    EXPECT_EQ(parseDistribution("uniform(3ms, 1ms)").error,
              "'uniform(3ms, 1ms)' has its low end above its high end; write the smaller time first, like "
              "uniform(1ms, 3ms)");
    EXPECT_EQ(parseDistribution("exp(5ms, 1ms)").error,
              "exp takes one duration, like exp(5ms), but 'exp(5ms, 1ms)' has 2");
    EXPECT_EQ(parseDistribution("uniform(1ms)").error,
              "uniform takes two durations, like uniform(1ms, 3ms), but 'uniform(1ms)' has 1");
    EXPECT_EQ(parseDistribution("exp(5)").error,
              "in 'exp(5)': duration '5' has no unit; write for example 5s or 5ms");
    EXPECT_EQ(parseDistribution("exp(-5ms)").error,
              "in 'exp(-5ms)': '-5ms' is negative; times are 0s or more");
    EXPECT_EQ(parseDistribution("-2ms").error, "duration '-2ms' is negative; a time is 0s or more");
    EXPECT_EQ(parseDistribution("fast").error,
              "'fast' is not a duration or a distribution; write for example const(2ms), exp(5ms), uniform(1ms, 3ms), "
              "lognormal(20ms, 5ms) or a plain duration like 2ms");
    EXPECT_FALSE(parseDistribution("exp((5ms))").ok());
    EXPECT_FALSE(parseDistribution("lognormal(0s, 5ms)").ok());
}

TEST(Units, WritesDurationsInTheLargestExactUnit)
{
    EXPECT_EQ(formatDuration(SimTime::fromMillis(300)), "300ms");
    EXPECT_EQ(formatDuration(SimTime::fromSeconds(300)), "5m");
    EXPECT_EQ(formatDuration(SimTime::fromSeconds(90)), "90s");
    EXPECT_EQ(formatDuration(SimTime::fromSeconds(3600)), "1h");
    EXPECT_EQ(formatDuration(SimTime::fromSeconds(5 * 86400)), "5d");
    EXPECT_EQ(formatDuration(SimTime::fromMicros(1500)), "1500us");
    EXPECT_EQ(formatDuration(SimTime::zero()), "0s");
    EXPECT_EQ(formatDuration(SimTime::fromSeconds(-5)), "-5s");
    EXPECT_EQ(formatDuration(SimTime::fromMicros(std::numeric_limits<std::int64_t>::min())),
              "-9223372036854775808us");
}

TEST(Units, DurationsSurviveARoundTripThroughText)
{
    for (std::int64_t us : {1ll, 999ll, 1000ll, 1500000ll, 60000000ll, 86400000000ll, 123456789ll})
        EXPECT_EQ(duration(formatDuration(SimTime::fromMicros(us))), SimTime::fromMicros(us));
}

TEST(Units, WritesRatesSizesAndDistributionsReadably)
{
    EXPECT_EQ(formatRate(30.0 / 3600), "30/h");
    EXPECT_EQ(formatRate(2.0 / 60), "2/min");
    EXPECT_EQ(formatRate(1.0), "1/s");
    EXPECT_EQ(formatRate(100.0), "100/s");
    EXPECT_EQ(formatRate(10.0 / 86400), "10/d");
    EXPECT_EQ(formatRate(0.5 / 3600), "12/d");
    EXPECT_EQ(formatRate(0.0), "0/s");
    EXPECT_EQ(formatRate(2.5), "150/min");
    EXPECT_EQ(formatRate(1.0 / 7), "8.571/min");
    EXPECT_EQ(formatSize(4096), "4KB");
    EXPECT_EQ(formatSize(1000), "1000B");
    EXPECT_EQ(formatSize(3u * 1024 * 1024), "3MB");
    EXPECT_EQ(formatSize(0), "0B");
    EXPECT_EQ(formatDistribution(Distribution::exponential(SimTime::fromMillis(5))), "exp(5ms)");
    EXPECT_EQ(formatDistribution(Distribution::constant(SimTime::zero())), "const(0s)");
    EXPECT_EQ(formatDistribution(*parseDistribution("uniform(1ms, 3ms)").value), "uniform(1ms, 3ms)");
    EXPECT_EQ(formatDistribution(*parseDistribution("lognormal(20ms, 5ms)").value), "lognormal(20ms, 5ms)");
}

} // namespace
} // namespace postie
