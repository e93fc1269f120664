#pragma once
// "Where does this letter go next?": the next station a letter's truck reaches after a moment
// of the run, junctions passed by, read from the records (a road trip's arrival at a station
// that is not a router).
#include "scenario/scenario_spec.h"
#include "trace/trace_store.h"

#include <cstddef>
#include <optional>
#include <string>

namespace postie::gui {

struct NextStation {
    std::size_t record = 0;  // the arrival's record
    std::string station;
};

// The first arrival of `message` at a station that is not a router, among the records from
// `from` on; none when the letter travels no further in the run.
std::optional<NextStation> nextStationOf(const ScenarioSpec& spec, const TraceView& records, std::size_t from,
                                         const std::string& message);

// The letter the run is about at `cursor`: the message of the last record shown that has one.
std::string letterAt(const TraceView& records, std::size_t cursor);

} // namespace postie::gui
