#include "scenario/generator_plan.h"

#include <algorithm>

namespace postie {
namespace {
constexpr std::int64_t kHourUs = 3600LL * 1000000;
constexpr std::int64_t kDayUs = 24 * kHourUs;

// Microseconds into the day of the clock at t (the start's time of day plus t).
std::int64_t clockOfDay(SimTime t, std::int64_t startEpochSeconds)
{
    const std::int64_t startOfDayUs = ((startEpochSeconds % 86400) + 86400) % 86400 * 1000000;
    return (startOfDayUs + t.micros() % kDayUs) % kDayUs;
}
} // namespace

const char* generatorKindName(GeneratorSpec::Kind kind)
{
    switch (kind) {
    case GeneratorSpec::Kind::Poisson: return "poisson";
    case GeneratorSpec::Kind::Burst: return "burst";
    case GeneratorSpec::Kind::Periodic: return "periodic";
    case GeneratorSpec::Kind::Daily: return "daily";
    }
    return "poisson";
}

int hourOfDay(SimTime t, std::int64_t startEpochSeconds)
{
    return int(clockOfDay(t, startEpochSeconds) / kHourUs);
}

SimTime nextHourAfter(SimTime t, std::int64_t startEpochSeconds)
{
    const std::int64_t intoHour = clockOfDay(t, startEpochSeconds) % kHourUs;
    return t + SimTime::fromMicros(kHourUs - intoHour);
}

double expectedLetters(const GeneratorSpec& g, std::int64_t startEpochSeconds)
{
    const double window = std::max(0.0, (g.end - g.begin).seconds());
    switch (g.kind) {
    case GeneratorSpec::Kind::Poisson: return g.ratePerSecond * window;
    case GeneratorSpec::Kind::Burst: return 1;
    case GeneratorSpec::Kind::Periodic: return g.every > SimTime::zero() ? window / g.every.seconds() : 0;
    case GeneratorSpec::Kind::Daily: {
        // Whole days at the mean rate, then the rest hour by hour.
        double mean = 0;
        for (double r : g.perHour) mean += r / 24;
        const std::int64_t days = std::int64_t(window / 86400);
        double total = mean * 86400.0 * double(days);
        SimTime t = g.begin + SimTime::fromSeconds(days * 86400);
        while (t < g.end) {
            const SimTime next = std::min(nextHourAfter(t, startEpochSeconds), g.end);
            total += g.perHour[std::size_t(hourOfDay(t, startEpochSeconds))] * (next - t).seconds();
            t = next;
        }
        return total;
    }
    }
    return 0;
}

} // namespace postie
