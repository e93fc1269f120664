#pragma once
// postie-cli worksheet FILE -o OUT.pdf|OUT.html: the lesson's printable worksheet, its answer
// key filled in from a whole run of the scenario.
#include <iosfwd>
#include <string>

namespace postie::cli {

struct WorksheetOptions {
    std::string file;
    std::string output;
};

int runWorksheet(const WorksheetOptions& options, std::ostream& out, std::ostream& err);

} // namespace postie::cli
