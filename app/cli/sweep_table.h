#pragma once
// The result of a parameter study (`postie-cli sweep`): one row per setting, as an aligned
// table for people or as CSV for scripts.
#include "trace/run_statistics.h"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace postie::cli {

struct SweepRow {
    std::vector<std::string> values;  // one per parameter, as given on the command line
    std::size_t runs = 0;
    std::optional<double> meanLatencyS;  // mean over the runs that delivered something of each run's mean
    std::optional<double> p95LatencyS;   // likewise, of each run's 95th percentile
    double delivered = 0;                // mean per run, recipient copies
    double bounced = 0;

    // Sums up the runs of one setting.
    static SweepRow fromRuns(std::vector<std::string> values, const std::vector<RunSummary>& runs);
};

class SweepTable {
public:
    explicit SweepTable(std::vector<std::string> parameters) : m_parameters(std::move(parameters)) {}
    void add(SweepRow row) { m_rows.push_back(std::move(row)); }

    void printAligned(std::ostream& out) const;
    void printCsv(std::ostream& out) const;
    void print(std::ostream& out, bool csv) const { csv ? printCsv(out) : printAligned(out); }

private:
    std::vector<std::vector<std::string>> cells(bool csv) const;  // header first

    std::vector<std::string> m_parameters;
    std::vector<SweepRow> m_rows;
};

} // namespace postie::cli
