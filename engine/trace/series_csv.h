#pragma once
// The time series of a run as CSV (docs/cli.md, `postie-cli run --series`): a header, then one
// row per sample.
#include "sim/sim_time.h"
#include "trace/series_recorder.h"

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>

namespace postie {

// The scenario clock as ISO 8601 in UTC: `startEpoch` (seconds since 1970) plus t, with
// milliseconds, or microseconds when t has any: "2010-07-14T09:00:01.000Z". Without a start
// the clock counts from 1970-01-01T00:00:00Z.
std::string isoTime(SimTime t, std::optional<std::int64_t> startEpoch);

void writeSeriesCsv(std::ostream& out, const SeriesRecorder& series, std::optional<std::int64_t> startEpoch);

} // namespace postie
