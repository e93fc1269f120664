#pragma once
// One problem found in a scenario file, printed as FILE:LINE:COL: error: TEXT.
#include <string>
#include <vector>

namespace postie {

struct Diagnostic {
    std::string file;
    int line = 0;
    int column = 0;
    std::string text;

    std::string format() const;  // "FILE:LINE:COL: error: TEXT"
};

using Diagnostics = std::vector<Diagnostic>;

} // namespace postie
