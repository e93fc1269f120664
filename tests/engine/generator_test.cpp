// Mail generators: a burst (one newsletter to many), periodic letters, a daily profile with a
// rate per hour of the scenario's clock, and Poisson arrivals. Counts and times are exact where
// the generator is deterministic and bounded where it is random.
#include "mail/world.h"
#include "scenario/generator_plan.h"
#include "scenario/scenario_run.h"
#include "support/recorded_run.h"
#include "support/spec_builder.h"
#include "support/trace_query.h"
#include "trace/trace_sink.h"

#include <gtest/gtest.h>

namespace postie {
namespace {

using namespace postie::testing;

const auto s = [](std::int64_t n) { return SimTime::fromSeconds(n); };
const auto minutes = [](std::int64_t n) { return SimTime::fromSeconds(60 * n); };


// When each letter written by alice was created (bounce notices and others left out).
std::vector<SimTime> writtenAt(const Records& records)
{
    std::vector<SimTime> out;
    for (const auto& r : records)
        if (r.type == EventType::MessageCreated && r.station == "alice") out.push_back(r.time);
    return out;
}

GeneratorSpec generator(GeneratorSpec::Kind kind)
{
    GeneratorSpec g;
    g.kind = kind;
    g.from = {"alice@sender.test"};
    g.to = {"bob@example.org", "carol@example.org"};
    return g;
}

TEST(Generators, ABurstIsOneLetterToEveryAddressAtItsTime)
{
    ScenarioSpec spec = twoMxTown();
    GeneratorSpec g = generator(GeneratorSpec::Kind::Burst);
    g.at = minutes(5);
    g.begin = g.end = g.at;
    spec.generators = {g};
    const Records records = testing::runRecorded(spec).records;
    EXPECT_EQ(writtenAt(records), (std::vector<SimTime>{minutes(5)}));
    EXPECT_EQ(ofType(records, EventType::MailboxStored).size(), 2u);
    // Everyone is on the envelope; the header does not list them all.
    const auto stored = ofType(records, EventType::MailboxStored);
    for (const auto& line : stored.front()->headers) EXPECT_NE(line.rfind("To: bob", 0), 0u) << line;
}

TEST(Generators, APeriodicGeneratorWritesAtTheStartOfItsWindowAndThenEveryInterval)
{
    ScenarioSpec spec = twoMxTown();
    GeneratorSpec g = generator(GeneratorSpec::Kind::Periodic);
    g.every = minutes(10);
    g.begin = minutes(0);
    g.end = minutes(60);
    spec.generators = {g};
    EXPECT_EQ(writtenAt(testing::runRecorded(spec).records), (std::vector<SimTime>{minutes(0), minutes(10), minutes(20), minutes(30),
                                                                  minutes(40), minutes(50)}));
}

TEST(Generators, ADailyProfileWritesOnlyInTheHoursItNamesByTheScenariosClock)
{
    // The clock starts at 07:30, so 08:00-09:00 is t = 30 min to 90 min.
    ScenarioSpec spec = twoMxTown();
    spec.startEpochSeconds = 1279092600;  // 2010-07-14T07:30:00Z
    GeneratorSpec g = generator(GeneratorSpec::Kind::Daily);
    g.perHour[8] = 600.0 / 3600;
    g.begin = s(0);
    g.end = minutes(180);
    spec.generators = {g};
    const auto times = writtenAt(testing::runRecorded(spec).records);
    // 600 expected; a Poisson count stays within 5 standard deviations (sqrt(600) ~ 24.5).
    EXPECT_GT(times.size(), 480u);
    EXPECT_LT(times.size(), 720u);
    for (SimTime t : times) {
        EXPECT_GE(t, minutes(30));
        EXPECT_LT(t, minutes(90));
    }
}

TEST(Generators, ADailyProfileExpectsTheSumOfItsHourlyRates)
{
    GeneratorSpec g = generator(GeneratorSpec::Kind::Daily);
    g.perHour[8] = 600.0 / 3600;
    g.perHour[9] = 100.0 / 3600;
    g.begin = s(0);
    g.end = s(3 * 86400);
    EXPECT_NEAR(expectedLetters(g, 0), 3 * 700.0, 1e-6);
    g.end = s(9 * 3600 - 1800);  // to 08:30 on the first day
    EXPECT_NEAR(expectedLetters(g, 0), 300.0, 1e-6);
    EXPECT_NEAR(expectedLetters(g, 3600), 600.0 + 50.0, 1e-6);  // the clock starts at 01:00
}

TEST(Generators, PoissonArrivalsMatchTheirRate)
{
    ScenarioSpec spec = twoMxTown();
    spec.generators = {poisson(1.0, s(0), s(400))};
    const auto times = writtenAt(testing::runRecorded(spec).records);
    EXPECT_GT(times.size(), 300u);  // 400 expected, sd 20
    EXPECT_LT(times.size(), 500u);
}

} // namespace
} // namespace postie
