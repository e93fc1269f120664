#pragma once
// One header field of a letter (RFC 5322 §2.2): its name and its value, unfolded.
#include <string>
#include <string_view>

namespace postie {

struct HeaderField {
    std::string name;   // "Subject"
    std::string value;  // "Hello"
    bool operator==(const HeaderField&) const = default;
};

// The field as a message holds it: "Name: value" and `eol`, folded (RFC 5322 §2.2.3) so that no
// line is longer than 78 characters where the value has white space to break at (§2.1.1). A
// fold is a line end put before a space or tab, so unfolding gives back the value exactly. A
// fold the value already holds (a line end followed by white space) is kept; a bare line end
// inside a value would end the field early and becomes a space.
std::string foldedField(const HeaderField& field, std::string_view eol = "\r\n");
// The same for a field given whole as "Name: value" (a delivery report's fields).
std::string foldedLine(std::string_view line, std::string_view eol = "\r\n");

} // namespace postie
