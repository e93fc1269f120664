#pragma once
// Small text helpers for the scenario reader's messages, and the checks on names, addresses,
// IPv4 addresses and times. Each check returns an error text, or empty when the value is fine.
#include "mail/header_field.h"
#include "scenario/scenario_spec.h"

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace postie::scenario_reading {

// 'text' in quotes, cut at 60 characters.
std::string inQuotes(std::string_view s);
std::string toLowerCopy(std::string_view s);
// Without leading and trailing spaces and tabs.
std::string trimCopy(std::string_view s);
bool isDigit(char c);
bool isAlnum(char c);
// "a, b or c"
std::string joinOr(const std::vector<std::string>& items, std::string_view last = "or");
// "a|b|c" -> {a, b, c}
std::vector<std::string> splitChoices(std::string_view choices);

// Where a node starts in the file (1-based), or `fallback` when the node has no position.
SourceMark markOf(const YAML::Node& node, SourceMark fallback = {1, 1});
// "empty", "the text 'x'", "a list", "a map" or "missing".
std::string describeNode(const YAML::Node& node);
std::string stationKindArticle(StationKind kind);
std::optional<StationKind> stationKindFromName(std::string_view name);

// Checks a domain name; on success `out` holds it in lower case without a trailing dot.
// `underscores`: a DNS name may have labels like _dmarc or _domainkey (RFC 8552), a host name may not.
std::string checkDomain(std::string_view text, bool needDot, std::string& out, bool underscores = false);
// Checks user@domain; on success `out` holds the address with its domain in lower case.
std::string checkAddress(std::string_view text, std::string& out);
// Checks a header line "Name: value" a writer's program may add; on success `out` holds it.
std::string checkHeaderLine(std::string_view text, HeaderField& out);
std::string checkStationId(std::string_view id);
std::string checkIpv4(std::string_view text);
// Reads a UTC time like 2010-07-14T09:00:00Z into seconds since the epoch.
std::string parseTimestamp(std::string_view text, std::int64_t& out);

} // namespace postie::scenario_reading
