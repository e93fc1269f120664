#pragma once
// MTA-STS (RFC 8461): a receiving domain says "send to me only over TLS, and only to these MX
// hosts". It publishes a TXT record at _mta-sts.<domain> ("v=STSv1; id=...", §3.1) and a policy
// file at https://mta-sts.<domain>/.well-known/mta-sts.txt (§3.2). A scenario keeps that file
// as a record of its own (type MTA-STS): the HTTPS fetch is not modelled.
#include "mail/dns_zone.h"
#include "trust/record_tags.h"  // RecordSyntaxError

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace postie {

enum class StsMode { Enforce, Testing, None };
const char* stsModeName(StsMode mode);  // "enforce", "testing", "none"

struct StsPolicy {
    StsMode mode = StsMode::None;
    std::vector<std::string> mx;   // host patterns, "*.example.org" matching one label
    long long maxAgeSeconds = 0;   // at most 31,557,600 (§3.2)
};

// The TXT record: "v=STSv1; id=20261203T000000;" (§3.1): v first, id 1 to 32 letters and digits.
std::optional<RecordSyntaxError> stsRecordSyntaxError(std::string_view text);
// The policy file's lines "key: value" (§3.2), one per line: version: STSv1, mode, at least one
// mx unless mode is none, max_age. The error's column counts from the start of the text, or is
// kWholePolicy when a line is missing.
inline constexpr std::size_t kWholePolicy = std::string_view::npos;
std::variant<StsPolicy, RecordSyntaxError> parseStsPolicy(std::string_view text);
// §4.1: a pattern matches the host exactly, or "*." and one label more.
bool stsMxMatches(const StsPolicy& policy, std::string_view mxHost);

// What a sender finds for a recipient domain: the policy in force, if the domain publishes a
// valid TXT record and a valid policy (§5). Otherwise none: it delivers as without MTA-STS.
std::optional<StsPolicy> findStsPolicy(const DnsZone& zone, std::string_view domain);

} // namespace postie
