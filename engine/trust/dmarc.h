#pragma once
// DMARC (RFC 7489): does the domain in From: stand behind this letter? It passes when SPF or
// DKIM passed for a domain aligned with the From: domain; otherwise the domain's published
// policy (none, quarantine, reject) tells the receiver what to do.
#include "mail/dns_zone.h"
#include "trust/dkim.h"  // RecordSyntaxError, the tag=value syntax

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace postie {

enum class DmarcPolicy { None, Quarantine, Reject };
const char* dmarcPolicyName(DmarcPolicy p);  // "none", "quarantine", "reject"

struct DmarcRecord {
    DmarcPolicy p = DmarcPolicy::None;
    std::optional<DmarcPolicy> sp;  // for subdomains; p when absent
    bool strictDkim = false;        // adkim=s
    bool strictSpf = false;         // aspf=s
    int pct = 100;
    std::string rua;                // as written: "mailto:dmarc@a.test"
    std::string text;               // the whole record
};

// "v=DMARC1; p=reject; ..." (§6.3, §6.4): v=DMARC1 first, p required, sp and p none |
// quarantine | reject, adkim and aspf r | s, pct 0..100, rua a list of URIs. Unknown tags are
// ignored (§6.3). The error's column is 0-based.
std::variant<DmarcRecord, RecordSyntaxError> parseDmarcRecord(std::string_view text);

// The organisational domain (§3.2). Simplified public-suffix list: the last two labels, or the
// last three when the last two are one of co.uk, org.uk, ac.uk, gov.uk, com.au, net.au,
// org.au, co.jp, co.nz, com.br (the real list has thousands of entries).
std::string organizationalDomain(std::string_view domain);
// Strict: identical (case-insensitive); relaxed: the same organisational domain (§3.1).
bool domainsAlign(std::string_view a, std::string_view b, bool strict);

// The results of RFC 7489 §11.2.
enum class DmarcResult { None, Pass, Fail, TempError, PermError };
const char* dmarcResultName(DmarcResult r);  // "none", "pass", "fail", "temperror", "permerror"

// One SPF or DKIM outcome: {"pass", "a.test"} from SPF (the MAIL FROM domain) or one per DKIM
// signature (d=). Results are RFC 8601 words.
struct AuthOutcome {
    std::string result;
    std::string domain;
};

struct DmarcCheck {
    DmarcResult result = DmarcResult::None;
    std::string fromDomain;    // header.from
    std::string policyDomain;  // where the record was found: the From: domain or its organisational domain (§6.6.3)
    std::string record;
    DmarcPolicy policy = DmarcPolicy::None;   // p, or sp for a subdomain whose record is the org domain's; before pct
    bool sampledOut = false;                  // failed, pct < 100, and this letter fell outside it (§6.6.4)
    DmarcPolicy applied = DmarcPolicy::None;  // what the receiver does: None unless failed; one step lower when sampled out
    bool spfAligned = false;   // SPF passed for a domain aligned with From: (the aggregate report's policy_evaluated spf)
    bool dkimAligned = false;  // some DKIM signature passed with an aligned d=
    std::string reason;        // plain English
};

// pctDraw: a number in [0,100) drawn by the caller; the letter is inside pct when pctDraw < pct.
DmarcCheck checkDmarc(const DnsZone& dns, std::string_view fromDomain, const AuthOutcome& spf,
                      const std::vector<AuthOutcome>& dkim, double pctDraw);

} // namespace postie
