// Specs for Distribution: the service and inter-arrival times written in scenarios as
// `const(2ms)`, `exp(5ms)`, `uniform(1ms, 3ms)`, `lognormal(20ms, 5ms)`.
#include "sim/distribution.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace postie {
namespace {

SimTime ms(std::int64_t v) { return SimTime::fromMillis(v); }

Distribution uniform(SimTime lo, SimTime hi) { return {Distribution::Kind::Uniform, lo, hi}; }
Distribution lognormal(SimTime mean, SimTime sd) { return {Distribution::Kind::Lognormal, mean, sd}; }

struct Sample {
    double meanUs = 0;
    double sdUs = 0;
    SimTime min = SimTime::max();
    SimTime max = SimTime::zero();
};

Sample sample(const Distribution& d, int n, std::uint64_t seed = 1)
{
    RandomStream rng(seed);
    Sample s;
    double sum = 0, sumSq = 0;
    for (int i = 0; i < n; ++i) {
        const SimTime t = d.draw(rng);
        const double x = double(t.micros());
        sum += x;
        sumSq += x * x;
        s.min = std::min(s.min, t);
        s.max = std::max(s.max, t);
    }
    s.meanUs = sum / n;
    s.sdUs = std::sqrt(std::max(0.0, sumSq / n - s.meanUs * s.meanUs));
    return s;
}

// ---- constant ----------------------------------------------------------------------------

TEST(Distribution, AConstantAlwaysDrawsItsValueAndUsesNoRandomness)
{
    const Distribution d = Distribution::constant(ms(2));
    RandomStream used(5), untouched(5);
    for (int i = 0; i < 100; ++i) EXPECT_EQ(d.draw(used), ms(2));
    EXPECT_EQ(used.next(), untouched.next());
}

TEST(Distribution, ADefaultDistributionIsZeroAndIsZeroSaysSo)
{
    const Distribution d;
    EXPECT_TRUE(d.isZero());
    RandomStream rng(1);
    EXPECT_EQ(d.draw(rng), SimTime::zero());
    EXPECT_TRUE(Distribution::constant(SimTime::zero()).isZero());
    EXPECT_FALSE(Distribution::constant(SimTime::fromMicros(1)).isZero());
    EXPECT_FALSE(Distribution::exponential(SimTime::zero()).isZero());
}

// ---- exponential -------------------------------------------------------------------------

TEST(Distribution, AnExponentialHasTheAskedMean)
{
    const Distribution d = Distribution::exponential(ms(5));
    const Sample s = sample(d, 1'000'000);
    EXPECT_NEAR(s.meanUs, 5000.0, 50.0);
    EXPECT_NEAR(s.sdUs, 5000.0, 100.0);
    EXPECT_GE(s.min, SimTime::zero());
}

TEST(Distribution, AnExponentialWithZeroMeanDrawsZero)
{
    const Distribution d = Distribution::exponential(SimTime::zero());
    RandomStream rng(1);
    for (int i = 0; i < 100; ++i) EXPECT_EQ(d.draw(rng), SimTime::zero());
}

TEST(Distribution, DrawsAreRoundedToWholeMicroseconds)
{
    // A mean of 1us: half the draws are below 0.5us and round to zero, never negative.
    const Distribution d = Distribution::exponential(SimTime::fromMicros(1));
    const Sample s = sample(d, 100'000);
    EXPECT_EQ(s.min, SimTime::zero());
    EXPECT_NEAR(s.meanUs, 1.0, 0.05);
}

// ---- uniform -----------------------------------------------------------------------------

TEST(Distribution, AUniformStaysBetweenItsBoundsWithTheMidpointAsMean)
{
    const Distribution d = uniform(ms(1), ms(3));
    const Sample s = sample(d, 1'000'000);
    EXPECT_GE(s.min, ms(1));
    EXPECT_LE(s.max, ms(3));
    EXPECT_LT(s.min, SimTime::fromMicros(1010));
    EXPECT_GT(s.max, SimTime::fromMicros(2990));
    EXPECT_NEAR(s.meanUs, 2000.0, 5.0);
}

// ---- lognormal ---------------------------------------------------------------------------

TEST(Distribution, ALognormalHasTheAskedMeanAndSd)
{
    const Distribution d = lognormal(ms(20), ms(5));
    const Sample s = sample(d, 1'000'000);
    EXPECT_NEAR(s.meanUs, 20000.0, 0.02 * 20000.0);
    EXPECT_NEAR(s.sdUs, 5000.0, 0.02 * 5000.0);
    EXPECT_GT(s.min, SimTime::zero());
}

TEST(Distribution, ALognormalWithZeroSpreadIsItsMean)
{
    const Distribution d = lognormal(ms(20), SimTime::zero());
    RandomStream rng(1);
    for (int i = 0; i < 100; ++i) EXPECT_EQ(d.draw(rng), ms(20));
}

TEST(Distribution, ALognormalWithZeroMeanNeverDrawsGarbage)
{
    const Distribution d = lognormal(SimTime::zero(), ms(1));
    RandomStream rng(1);
    for (int i = 0; i < 100; ++i) EXPECT_EQ(d.draw(rng), SimTime::zero());
}

// ---- determinism -------------------------------------------------------------------------

TEST(Distribution, TheSameStreamGivesTheSameDraws)
{
    for (const Distribution& d : {Distribution::exponential(ms(5)), uniform(ms(1), ms(3)), lognormal(ms(20), ms(5))}) {
        RandomStream a(77), b(77);
        for (int i = 0; i < 1000; ++i) ASSERT_EQ(d.draw(a), d.draw(b));
    }
}

TEST(Distribution, DrawsArePinnedForAGivenSeed)
{
    // Computed independently of this code; a change here changes every scenario run, so it
    // must be deliberate.
    RandomStream rng(42);
    const Distribution d = Distribution::exponential(ms(5));
    std::vector<std::int64_t> got;
    for (int i = 0; i < 5; ++i) got.push_back(d.draw(rng).micros());
    EXPECT_EQ(got, (std::vector<std::int64_t>{438, 2382, 5698, 12931, 24020}));
}

} // namespace
} // namespace postie
