#pragma once
// Address patterns in scenario files: `user{1..5000}@school.test` stands for user1@school.test
// to user5000@school.test, so a teacher can fill a school without typing five thousand lines.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace postie {

struct AddressPattern {
    std::string prefix;  // text before the braces
    std::string suffix;  // text after them
    std::uint64_t first = 0;
    std::uint64_t last = 0;
    std::size_t count() const { return std::size_t(last - first + 1); }
    std::string at(std::size_t i) const { return prefix + std::to_string(first + i) + suffix; }
};

// True when `text` holds a brace group at all (a pattern, well formed or not).
bool looksLikeAddressPattern(std::string_view text);

// Reads `prefix{first..last}suffix`. On a mistake returns an empty optional-like result with
// `error` set to a sentence that says how to write it.
struct PatternParse {
    AddressPattern pattern;
    std::string error;  // empty when the pattern is good
};
PatternParse parseAddressPattern(std::string_view text);

} // namespace postie
