#pragma once
// `postie-cli sweep ... --plan FILE`: the study written as one shell command per run instead
// of run here, for GNU parallel (`parallel --sshlogin`) or a Slurm array job. Each line is
// self-contained (absolute paths, its own seed and --set values) and writes its own summary
// into one folder; `postie-cli sweep --merge FOLDER` then prints the table a local sweep prints.
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace postie::cli {

struct PlannedSetting {
    std::vector<std::string> values;  // one per parameter
    std::uint64_t seed = 0;           // its first run's seed; run r uses seed + r, as a local sweep does
};

struct PlanRequest {
    std::string cli;   // the postie-cli every line runs
    std::string file;  // the scenario
    std::vector<std::string> parameters;
    std::vector<PlannedSetting> settings;
    std::size_t runs = 1;
    std::string planPath;
    std::string summariesDir;  // empty: "<plan name without extension>-summaries" beside the plan
};

// Writes the plan and makes the (empty) summaries folder. Returns 2 for a plan or folder that
// cannot be written, or a folder that already holds files, else 0.
int writePlan(const PlanRequest& request, std::ostream& out, std::ostream& err);

// The word as one shell word: as it is when that is safe, else in single quotes.
std::string shellQuote(std::string_view word);

} // namespace postie::cli
