#pragma once
// One header field of a letter (RFC 5322 §2.2): its name and its value, unfolded.
#include <string>

namespace postie {

struct HeaderField {
    std::string name;   // "Subject"
    std::string value;  // "Hello"
    bool operator==(const HeaderField&) const = default;
};

} // namespace postie
