#pragma once
// What a mail generator's numbers mean over time: the rate of a daily profile at a moment of
// the scenario's clock, and how many letters a generator writes on average. Shared by the
// loader (which refuses absurd loads) and the mail source (which draws the letters).
#include "scenario/scenario_spec.h"

#include <cstdint>

namespace postie {

const char* generatorKindName(GeneratorSpec::Kind kind);

// The daily profile's hour at simulated time t, with t = 0 shown as `startEpochSeconds` (UTC).
int hourOfDay(SimTime t, std::int64_t startEpochSeconds);
// The next full hour of the scenario's clock after t.
SimTime nextHourAfter(SimTime t, std::int64_t startEpochSeconds);

// Letters the generator writes on average between its begin and end (a burst writes one).
double expectedLetters(const GeneratorSpec& g, std::int64_t startEpochSeconds);

} // namespace postie
