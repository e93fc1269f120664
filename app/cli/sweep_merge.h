#pragma once
// `postie-cli sweep --merge FOLDER`: the table of a sweep whose runs were run elsewhere from a
// plan (sweep_plan.h), rebuilt from their summaries alone. Each summary carries its --set
// values, its seed and its place in the plan, so the rows, their order and every figure come
// out as a local sweep of the same settings and seeds prints them.
#include <iosfwd>
#include <string>

namespace postie::cli {

// Prints the table (CSV when `csv`). Returns 1, naming the files or the plan lines, when a
// summary cannot be read, runs are missing, or the summaries do not form one plan; else 0.
int mergeSweep(const std::string& folder, bool csv, std::ostream& out, std::ostream& err);

} // namespace postie::cli
