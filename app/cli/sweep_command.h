#pragma once
// `postie-cli sweep`: a parameter study. Every combination of the --set values runs N times
// (seeds seed, seed+1, ...) in parallel, and one table row sums up each combination.
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
};

int runSweep(const SweepOptions& options, std::ostream& out, std::ostream& err);

// "exp(5ms),uniform(1s, 2s)" -> {"exp(5ms)", "uniform(1s, 2s)"}: commas inside brackets or
// quotes belong to the value.
std::vector<std::string> splitValues(const std::string& list);

} // namespace postie::cli
