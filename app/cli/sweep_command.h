#pragma once
// `postie-cli sweep`: a parameter study. Every combination of the --set values runs N times
// (seeds seed, seed+1, ...) in parallel, and one table row sums up each combination. With
// --plan the runs are written out as commands for other machines instead (sweep_plan.h), and
// --merge makes the table from their summaries (sweep_merge.h).
#include <iosfwd>
#include <string>
#include <vector>

namespace postie::cli {

struct SweepOptions {
    std::string file;
    std::vector<std::string> sets;  // "smtp.sender.test.workers=1,2,4"
    int runs = 5;
    unsigned jobs = 0;              // 0: one per core
    bool csv = false;
    std::string planPath;      // write the runs as commands here instead of running them
    std::string summariesDir;  // where the plan's runs write their summaries
    std::string cliPath;       // the postie-cli the plan's lines run (absolute)
    std::string mergeDir;      // the table from the summaries in this folder; no FILE, no --set
};

int runSweep(const SweepOptions& options, std::ostream& out, std::ostream& err);

// "exp(5ms),uniform(1s, 2s)" -> {"exp(5ms)", "uniform(1s, 2s)"}: commas inside brackets or
// quotes belong to the value.
std::vector<std::string> splitValues(const std::string& list);

} // namespace postie::cli
