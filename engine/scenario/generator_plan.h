#pragma once
// What a mail generator's numbers mean over time: how many letters a generator writes on
// average (a daily profile's hour of the clock is sim/calendar.h's hourOfDay). Shared by the
// loader (which refuses absurd loads) and the mail source (which draws the letters).
#include "scenario/scenario_spec.h"

#include <cstdint>

namespace postie {

const char* generatorKindName(GeneratorSpec::Kind kind);

// Letters the generator writes on average between its begin and end (a burst writes one).
double expectedLetters(const GeneratorSpec& g, std::int64_t startEpochSeconds);

} // namespace postie
