#pragma once
// SPF (RFC 7208): may the host at this IPv4 address send mail for this domain? The receiver's
// check_host() over the town's DNS, kept step by step for the Inspector and the narration.
#include "mail/dns_zone.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace postie {

enum class SpfResult { None, Neutral, Pass, Fail, SoftFail, TempError, PermError };
// "none", "neutral", "pass", "fail", "softfail", "temperror", "permerror": the words of
// RFC 7208 §2.6, as an Authentication-Results header writes them.
const char* spfResultName(SpfResult r);

// One step of the evaluation, in order, for the app's Inspector and the narration. The terms
// of an included record follow the include's own step.
struct SpfStep {
    std::string domain;     // whose record this term belongs to
    std::string term;       // the term as written, e.g. "include:_spf.example.net", "-all"
    bool matched = false;
    int lookupsSoFar = 0;   // DNS-querying terms counted so far, this one included (limit 10)
    std::string note;       // short plain-English note, e.g. "203.0.113.7 is in 203.0.113.0/24"
};

struct SpfCheck {
    SpfResult result = SpfResult::None;
    std::string identity;   // "mailfrom" or "helo" (RFC 7208 §2.3, §2.4: HELO when MAIL FROM is <>)
    std::string domain;     // the domain checked
    std::string record;     // the SPF record found at that domain ("" when none)
    int lookups = 0;        // DNS-querying terms evaluated (the 11th is counted, then refused)
    int voidLookups = 0;    // of those, the ones whose query found nothing (NXDOMAIN or no data)
    std::string reason;     // why, in plain English: "no SPF record", "matched ip4:...", ...
    std::vector<SpfStep> steps;
};

// Checks whether the host at clientIp (dotted IPv4) may send for mailFrom's domain, or for
// helo when mailFrom is empty (the null sender <>).
SpfCheck checkSpf(const DnsZone& dns, const std::string& clientIp, const std::string& mailFrom,
                  const std::string& helo);

// For the scenario loader: a syntax error in a TXT record that claims to be SPF ("v=spf1" ...),
// with the 0-based column in the text where the bad term starts. std::nullopt when the record is
// well formed, or is not an SPF record at all.
struct SpfSyntaxError {
    std::size_t column = 0;
    std::string message;
};
std::optional<SpfSyntaxError> spfSyntaxError(std::string_view record);

} // namespace postie
