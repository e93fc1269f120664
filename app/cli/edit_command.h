#pragma once
// postie-cli edit: the app's value edits from the terminal. Each --set is written into the
// file's own text where its key stands (ScenarioEditor), the result is checked by the loader,
// and only then written: the whole file to -o OUT, or to standard output.
#include <iosfwd>
#include <string>
#include <vector>

namespace postie::cli {

struct EditOptions {
    std::string file;
    std::vector<std::string> sets;  // "STATION.KEY=VALUE" or "KEY=VALUE", as `run --set`
    std::string output;             // empty: standard output
};

// 0 written; 1 the file or the edited file has errors (FILE:LINE:COL) or cannot be
// read or written; 2 a --set that cannot apply (no such station or key, no '=').
int runEdit(const EditOptions& options, std::ostream& out, std::ostream& err);

} // namespace postie::cli
