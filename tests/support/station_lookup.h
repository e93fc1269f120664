#pragma once
// The station with this id in a loaded spec; a test failure (and a blank station) when there is none.
#include "scenario/scenario_spec.h"

#include <gtest/gtest.h>

#include <string>

namespace postie::testing {

inline const StationSpec& station(const ScenarioSpec& spec, const std::string& id)
{
    for (const auto& s : spec.stations)
        if (s.id == id) return s;
    static const StationSpec none;
    ADD_FAILURE() << "no station " << id;
    return none;
}

} // namespace postie::testing
