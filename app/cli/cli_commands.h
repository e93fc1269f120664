#pragma once
// The commands of postie-cli, apart from argument parsing so tests can call them.
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace postie::cli {

struct CheckOptions {
    std::vector<std::string> files;
};

struct RunOptions {
    std::string file;
    std::string seed;  // digits only; checked when the run starts
    std::string until;
    std::string tracePath;
    std::string summaryPath;
    std::string seriesPath;
    std::string every;  // the series' sampling interval; kDefaultSeriesEvery when empty
    std::vector<std::string> sets;  // "STATION.KEY=VALUE" or "KEY=VALUE", as `sweep --set` with one value
    std::string sweepIndex;         // "I/N": this run's place in a sweep plan, written into the summary
    std::string mailboxesDir;         // every user's mailbox written here
    std::string mailboxFormat = "mbox";  // or "maildir"
    std::string mailboxesAt;          // a simulated time; empty: at the end of the run
    bool quiet = false;
    bool answers = false;  // with the lesson's stops, also their revealed answers
};

inline constexpr const char* kDefaultSeriesEvery = "1m";

int runCheck(const CheckOptions& options, std::ostream& out);
int runRun(const RunOptions& options, std::ostream& out, std::ostream& err);
int runKeys(std::ostream& out);

} // namespace postie::cli
