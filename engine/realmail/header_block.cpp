#include "realmail/header_block.h"

namespace postie {

HeaderBlock readHeaderBlock(std::string_view message)
{
    HeaderBlock out;
    std::size_t at = 0;
    int lineNumber = 0;
    // A leading mbox "From " line is not a header (the start of an mbox letter).
    while (at < message.size()) {
        std::size_t end = message.find('\n', at);
        if (end == std::string_view::npos) end = message.size();
        std::string_view line = message.substr(at, end - at);
        at = end + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) break;  // the blank line before the body
        if (lineNumber == 1 && line.starts_with("From ")) continue;
        if (line[0] == ' ' || line[0] == '\t') {
            if (!out.fields.empty()) out.fields.back().value += std::string(line);
            else out.strayLines.emplace_back(lineNumber, std::string(line));
            continue;
        }
        const std::size_t colon = line.find(':');
        const std::string_view name = colon == std::string_view::npos ? std::string_view() : line.substr(0, colon);
        if (name.empty() || name.find_first_of(" \t") != std::string_view::npos) {
            out.strayLines.emplace_back(lineNumber, std::string(line));
            continue;
        }
        std::string_view value = line.substr(colon + 1);
        if (!value.empty() && (value[0] == ' ' || value[0] == '\t')) value.remove_prefix(1);
        out.fields.push_back({std::string(name), std::string(value), lineNumber});
    }
    return out;
}

} // namespace postie
