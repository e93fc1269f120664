#pragma once
// The tag=value list syntax of DKIM records and signatures (RFC 6376 §3.2), which DMARC
// records reuse (RFC 7489 §6.4): parsed into tags with the columns the scenario loader reports.
#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace postie {

// A record's syntax error for the scenario loader: 0-based column into the record text.
struct RecordSyntaxError {
    std::size_t column = 0;
    std::string message;
};

// One tag=value pair of a DKIM or DMARC record (RFC 6376 §3.2; DMARC reuses the syntax,
// RFC 7489 §6.4). Names are case-sensitive; the value has its outer whitespace removed.
struct RecordTag {
    std::string name;
    std::string value;
    std::size_t nameColumn = 0;
    std::size_t valueColumn = 0;
};
// "v=1; a=rsa-sha256; ..." in order; a duplicate tag is an error (RFC 6376 §3.2).
std::variant<std::vector<RecordTag>, RecordSyntaxError> parseTagList(std::string_view text);
// The tag called `name`, or null.
const RecordTag* findTag(const std::vector<RecordTag>& tags, std::string_view name);

// Folding white space (RFC 6376 §2.8 FWS): a space, tab, CR or LF. Shared with DKIM's canonical forms.
bool isFws(char c);
std::string_view trimFws(std::string_view s);  // without FWS at either end

} // namespace postie
