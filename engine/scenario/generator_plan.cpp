#include "scenario/generator_plan.h"

#include "sim/calendar.h"

#include <algorithm>

namespace postie {

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
