#pragma once
// The header fields of a real message (RFC 5322 §2.2): the lines up to the first empty one (or
// the end, for a bare header block), with folded lines joined (§2.2.3 unfolding: the line break
// goes, the whitespace after it stays). Each field keeps the line it starts on, for messages
// that point at it. CRLF and LF line ends both read.
#include <string>
#include <string_view>
#include <vector>

namespace postie {

struct HeaderFieldLine {
    std::string name;   // as written
    std::string value;  // unfolded, without the space after the colon
    int line = 0;       // 1-based line of the file the field starts on
};

struct HeaderBlock {
    std::vector<HeaderFieldLine> fields;
    // Lines of the block that are neither a field nor a fold ("line 3: no colon"), with their numbers.
    std::vector<std::pair<int, std::string>> strayLines;
};

HeaderBlock readHeaderBlock(std::string_view message);

} // namespace postie
