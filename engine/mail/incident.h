#pragma once
// A fault on the timeline: a station or a road goes down (or comes back up) at a set time.
#include "sim/sim_time.h"

#include <optional>
#include <string>
#include <utility>

namespace postie {

struct Incident {
    SimTime at;
    std::string station;                       // either a station ...
    std::pair<std::string, std::string> road;  // ... or a road
    bool goDown = true;
    std::optional<SimTime> duration;           // `for:`; without it the state lasts
};

} // namespace postie
