#pragma once
// postie-cli headers MESSAGE.eml [--scenario OUT.yaml]: a real message's journey from its
// Received lines, oldest hop first: who handed it to whom, with what, how long each hop took
// (a negative time flagged as clock skew), and which lines the receiver can trust; with
// --scenario, the journey written as a town to play.
#include <iosfwd>
#include <string>

namespace postie::cli {

struct HeadersOptions {
    std::string file;      // "-": standard input
    std::string scenario;  // where to write the town; empty: none
};

int runHeaders(const HeadersOptions& options, std::ostream& out, std::ostream& err);

} // namespace postie::cli
