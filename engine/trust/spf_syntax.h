#pragma once
// SPF record syntax (RFC 7208 §4.5, §4.6.1, §7.1, §12): a record parsed whole into its terms
// for the evaluator in spf.cpp, or its first syntax error with the column where it starts.
#include "trust/spf.h"  // SpfResult, SpfSyntaxError; spfSyntaxError() is declared there

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace postie::spf {

enum class Kind { All, Include, A, Mx, Ptr, Ip4, Ip6, Exists, Redirect, Exp, OtherModifier };

struct Term {
    Kind kind = Kind::All;
    SpfResult qualifier = SpfResult::Pass;  // '+' is the default (§4.6.2)
    std::string text;                       // as written
    std::string target;                     // the domain-spec, normalized; "" for the current domain
    int cidr = 32;                          // ip4, a, mx
    std::uint32_t network = 0;              // ip4
};

struct Record {
    std::vector<Term> mechanisms;  // in order
    std::optional<Term> redirect;
};

struct ParsedRecord {
    Record record;
    std::optional<SpfSyntaxError> error;
};

// §4.5: "v=spf1" (case-insensitive, as ABNF strings are) ending at a space or the end.
bool isSpfRecord(std::string_view text);

// The whole record at once: a syntax error anywhere is a permerror before any term is
// evaluated (§4.6). `text` is an SPF record (isSpfRecord).
ParsedRecord parseRecord(std::string_view text);

// A dotted quad (§5.6 ip4-network): four numbers 0-255.
std::optional<std::uint32_t> parseIp4(std::string_view s);

// §4.3: a multi-label name, labels of 1-63 letters, digits, '-' or '_', 253 characters at most.
bool isWellFormedDomain(std::string_view name);

std::string normalizedDomain(std::string_view name);  // lower case, without a trailing dot
std::string quoted(std::string_view s);               // s in double quotes, for messages

} // namespace postie::spf
