#pragma once
// The run summary as a file (`postie-cli run --summary`): the engine's summary, and, for a run
// with `--set` or one run of a sweep plan, the values it changed and its place in the plan, so
// that `postie-cli sweep --merge` can rebuild the sweep's table from the files alone.
#include "trace/run_statistics.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace postie::cli {

// Run `index` (from 0) of the `of` runs of a sweep plan: settings in the order of the local
// sweep's table, each setting's runs in seed order.
struct SweepPosition {
    std::uint64_t index = 0;
    std::uint64_t of = 0;

    bool operator==(const SweepPosition&) const = default;
};

struct SummaryFile {
    RunSummary summary;
    std::vector<std::pair<std::string, std::string>> set;  // --set KEY, VALUE, in the order given
    std::optional<SweepPosition> sweep;
};

// The JSON written by --summary: exactly RunSummary::toJson() when there is nothing to add,
// else the same object followed by "set" and "sweep" (docs/trace.md).
std::string summaryJson(const SummaryFile& file);

// Reads what summaryJson wrote: the counts a sweep's table needs (seed, delivered, bounced,
// latency), "set" and "sweep". Returns the reason when the text is not such a summary.
std::optional<SummaryFile> parseSummaryJson(const std::string& text, std::string& error);

// "7/30" -> {7, 30}; nothing unless 0 <= I < N.
std::optional<SweepPosition> parseSweepPosition(const std::string& text);

} // namespace postie::cli
