#include "scenario/address_pattern.h"

#include <charconv>

namespace postie {
namespace {

constexpr std::uint64_t kLargestNumber = 999999999;  // nine digits: plenty, and no overflow

bool readNumber(std::string_view text, std::uint64_t& out)
{
    if (text.empty() || text.size() > 9) return false;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size() && out <= kLargestNumber;
}

} // namespace

bool looksLikeAddressPattern(std::string_view text)
{
    return text.find('{') != std::string_view::npos || text.find('}') != std::string_view::npos;
}

PatternParse parseAddressPattern(std::string_view text)
{
    PatternParse r;
    const std::string example = "like user{1..50}@school.test";
    const auto open = text.find('{');
    const auto close = text.find('}');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
        r.error = "an address pattern needs one {first..last} part, " + example;
        return r;
    }
    if (text.find('{', open + 1) != std::string_view::npos || text.find('}', close + 1) != std::string_view::npos) {
        r.error = "an address pattern may have only one {first..last} part, " + example;
        return r;
    }
    const std::string_view inside = text.substr(open + 1, close - open - 1);
    const auto dots = inside.find("..");
    std::uint64_t first = 0;
    std::uint64_t last = 0;
    if (dots == std::string_view::npos || !readNumber(inside.substr(0, dots), first) ||
        !readNumber(inside.substr(dots + 2), last)) {
        r.error = "the part in braces should be two whole numbers (up to 9 digits) with '..' between them, " + example +
                  ", but it is '{" + std::string(inside) + "}'";
        return r;
    }
    if (first > last) {
        r.error = "the pattern counts down from " + std::to_string(first) + " to " + std::to_string(last) +
                  "; write the smaller number first, like {" + std::to_string(last) + ".." + std::to_string(first) + "}";
        return r;
    }
    r.pattern.prefix = std::string(text.substr(0, open));
    r.pattern.suffix = std::string(text.substr(close + 1));
    r.pattern.first = first;
    r.pattern.last = last;
    return r;
}

} // namespace postie
