#include "trust/dmarc.h"

#include "mail/address.h"

#include <algorithm>
#include <array>

namespace postie {
namespace {

bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

std::string normalizedDomain(std::string_view domain)  // lower case, no trailing dot
{
    std::string d = toLower(trimFws(domain));
    if (!d.empty() && d.back() == '.') d.pop_back();
    return d;
}

bool isPass(std::string_view result) { return toLower(trimFws(result)) == "pass"; }

std::optional<DmarcPolicy> policyWord(std::string_view word)
{
    const std::string w = toLower(word);
    if (w == "none") return DmarcPolicy::None;
    if (w == "quarantine") return DmarcPolicy::Quarantine;
    if (w == "reject") return DmarcPolicy::Reject;
    return std::nullopt;
}

// Messages outside pct get the next policy down (§6.6.4): reject -> quarantine -> none.
DmarcPolicy lowerPolicy(DmarcPolicy p)
{
    return p == DmarcPolicy::Reject ? DmarcPolicy::Quarantine : DmarcPolicy::None;
}

// "mailto:dmarc@a.test" and the like: a scheme, a colon, something after it (RFC 3986 §3.1).
bool looksLikeUri(std::string_view uri)
{
    const std::size_t colon = uri.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == uri.size() || !isAlpha(uri[0])) return false;
    return std::all_of(uri.begin(), uri.begin() + static_cast<std::ptrdiff_t>(colon),
                       [](char c) { return isAlpha(c) || isDigit(c) || c == '+' || c == '-' || c == '.'; });
}

std::optional<RecordSyntaxError> ruaError(const RecordTag& rua)
{
    const std::string_view list = rua.value;
    for (std::size_t start = 0;;) {
        const std::size_t comma = list.find(',', start);
        const std::string_view item = list.substr(start, comma == std::string_view::npos ? comma : comma - start);
        const std::size_t lead = std::min(item.find_first_not_of(" \t\r\n"), item.size());
        if (!looksLikeUri(trimFws(item)))
            return RecordSyntaxError{rua.valueColumn + start + lead, "rua= must list URIs such as mailto:dmarc@a.test (RFC 7489 §6.3)"};
        if (comma == std::string_view::npos) return std::nullopt;
        start = comma + 1;
    }
}

std::optional<RecordSyntaxError> pctError(const RecordTag& pct)
{
    const std::string& v = pct.value;
    const bool digits = !v.empty() && v.size() <= 3 && std::all_of(v.begin(), v.end(), isDigit);
    if (digits && std::stoi(v) <= 100) return std::nullopt;
    return RecordSyntaxError{pct.valueColumn, "pct= must be a whole number from 0 to 100 (RFC 7489 §6.3)"};
}

std::optional<RecordSyntaxError> alignmentMode(const RecordTag* tag, bool& strict)
{
    if (!tag) return std::nullopt;
    if (tag->value == "r" || tag->value == "s") {
        strict = tag->value == "s";
        return std::nullopt;
    }
    return RecordSyntaxError{tag->valueColumn, tag->name + "= must be r (relaxed) or s (strict) (RFC 7489 §6.3)"};
}

struct ParseOutcome {
    DmarcRecord record;
    std::optional<RecordSyntaxError> error;
    bool policyError = false;  // the error is in p= or sp=, the case of §6.6.3 step 6
};

// v= first, then the other tags, then p= and sp=, so a policy error means the rest is valid.
std::optional<RecordSyntaxError> checkVersion(const std::vector<RecordTag>& tags)
{
    if (tags.empty() || tags.front().name != "v")
        return RecordSyntaxError{tags.empty() ? 0 : tags.front().nameColumn, "v=DMARC1 must come first (RFC 7489 §6.4)"};
    if (tags.front().value != "DMARC1")
        return RecordSyntaxError{tags.front().valueColumn, "v= must be exactly DMARC1 (RFC 7489 §6.3)"};
    return std::nullopt;
}

std::optional<RecordSyntaxError> readOptionalTags(const std::vector<RecordTag>& tags, DmarcRecord& r)
{
    if (auto e = alignmentMode(findTag(tags, "adkim"), r.strictDkim)) return e;
    if (auto e = alignmentMode(findTag(tags, "aspf"), r.strictSpf)) return e;
    if (const RecordTag* pct = findTag(tags, "pct")) {
        if (auto e = pctError(*pct)) return e;
        r.pct = std::stoi(pct->value);
    }
    if (const RecordTag* rua = findTag(tags, "rua")) {
        if (auto e = ruaError(*rua)) return e;
        r.rua = rua->value;
    }
    return std::nullopt;
}

std::optional<RecordSyntaxError> readPolicies(const std::vector<RecordTag>& tags, std::size_t textSize, DmarcRecord& r)
{
    // The ABNF puts p= right after v= (§6.4); receivers accept it anywhere, and so does this.
    const RecordTag* p = findTag(tags, "p");
    if (!p) return RecordSyntaxError{tags.size() > 1 ? tags[1].nameColumn : textSize, "p= is required (RFC 7489 §6.3)"};
    const auto pWord = policyWord(p->value);
    if (!pWord) return RecordSyntaxError{p->valueColumn, "p= must be none, quarantine or reject (RFC 7489 §6.3)"};
    r.p = *pWord;
    if (const RecordTag* sp = findTag(tags, "sp")) {
        r.sp = policyWord(sp->value);
        if (!r.sp) return RecordSyntaxError{sp->valueColumn, "sp= must be none, quarantine or reject (RFC 7489 §6.3)"};
    }
    return std::nullopt;
}

ParseOutcome parse(std::string_view text)
{
    ParseOutcome out;
    out.record.text = text;
    const auto parsed = parseTagList(text);
    if (const auto* e = std::get_if<RecordSyntaxError>(&parsed)) {
        out.error = *e;
        return out;
    }
    const auto& tags = std::get<std::vector<RecordTag>>(parsed);
    out.error = checkVersion(tags);
    if (!out.error) out.error = readOptionalTags(tags, out.record);
    if (out.error) return out;
    out.error = readPolicies(tags, text.size(), out.record);
    out.policyError = out.error.has_value();
    return out;
}

// Does the TXT start with a v=DMARC1 tag? Others at _dmarc are not DMARC records (§6.6.3 step 2).
bool startsWithVersion(std::string_view text)
{
    text = trimFws(text);
    if (text.empty() || text.front() != 'v') return false;
    text = trimFws(text.substr(1));
    if (text.empty() || text.front() != '=') return false;
    text = trimFws(text.substr(1));
    if (text.substr(0, 6) != "DMARC1") return false;
    return text.size() == 6 || text[6] == ';' || isFws(text[6]);
}

struct Discovery {
    bool servFail = false;
    std::string domain;                // where the records were looked up last
    std::vector<std::string> records;  // those that start with v=DMARC1
};

Discovery lookupAt(const DnsZone& dns, const std::string& domain)
{
    Discovery d;
    d.domain = domain;
    const DnsAnswer answer = dns.lookup("_dmarc." + domain, DnsType::TXT);
    d.servFail = answer.rcode == DnsRcode::ServFail;
    for (const auto& r : answer.records)
        if (startsWithVersion(r.text)) d.records.push_back(r.text);
    return d;
}

// §6.6.3 steps 1-4: the From: domain, then, if it has no DMARC record, its organisational domain.
Discovery discover(const DnsZone& dns, const std::string& fromDomain)
{
    Discovery d = lookupAt(dns, fromDomain);
    const std::string org = organizationalDomain(fromDomain);
    if (d.servFail || !d.records.empty() || org == fromDomain) return d;
    return lookupAt(dns, org);
}

std::string outcomePhrase(const char* method, const AuthOutcome& o, const std::string& from, bool strict)
{
    std::string s = std::string(method) + " " + toLower(trimFws(o.result)) + (o.domain.empty() ? "" : " for " + o.domain);
    if (!isPass(o.result)) return s;
    if (domainsAlign(o.domain, from, strict)) return s + ", aligned";
    return s + ", not aligned with " + from + (strict ? " (strict)" : " (relaxed)");
}

std::string outcomesPhrase(const AuthOutcome& spf, const std::vector<AuthOutcome>& dkim, const DmarcRecord& r,
                           const std::string& from, bool onlyAligned)
{
    std::vector<std::string> parts;
    const auto add = [&](const char* method, const AuthOutcome& o, bool strict) {
        if (o.result.empty() || (onlyAligned && !(isPass(o.result) && domainsAlign(o.domain, from, strict)))) return;
        parts.push_back(outcomePhrase(method, o, from, strict));
    };
    add("SPF", spf, r.strictSpf);
    for (const auto& d : dkim) add("DKIM", d, r.strictDkim);
    if (!onlyAligned && dkim.empty()) parts.push_back("no DKIM signature");
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "; ") + p;
    return out;
}

// The record is found and valid: alignment, then policy and pct (§6.6.2, §6.6.4).
void evaluate(DmarcCheck& c, const DmarcRecord& r, const AuthOutcome& spf, const std::vector<AuthOutcome>& dkim, double pctDraw)
{
    c.spfAligned = isPass(spf.result) && domainsAlign(spf.domain, c.fromDomain, r.strictSpf);
    for (const auto& d : dkim) c.dkimAligned = c.dkimAligned || (isPass(d.result) && domainsAlign(d.domain, c.fromDomain, r.strictDkim));
    const bool fromSp = c.policyDomain != c.fromDomain && r.sp;  // sp= covers subdomains only (§6.3)
    c.policy = fromSp ? *r.sp : r.p;
    if (c.spfAligned || c.dkimAligned) {
        c.result = DmarcResult::Pass;
        c.reason += "pass: " + outcomesPhrase(spf, dkim, r, c.fromDomain, true);
        return;
    }
    c.result = DmarcResult::Fail;
    c.sampledOut = !(pctDraw < r.pct);
    c.applied = c.sampledOut ? lowerPolicy(c.policy) : c.policy;
    c.reason += "fail: nothing passed for a domain aligned with " + c.fromDomain + " (" +
                outcomesPhrase(spf, dkim, r, c.fromDomain, false) + "); policy " + (fromSp ? "sp=" : "p=") +
                dmarcPolicyName(c.policy);
    if (c.sampledOut && c.policy != DmarcPolicy::None)
        c.reason += ", but pct=" + std::to_string(r.pct) + " and this letter fell outside it, so " +
                    dmarcPolicyName(c.applied) + " (RFC 7489 §6.6.4)";
}

} // namespace

const char* dmarcPolicyName(DmarcPolicy p)
{
    switch (p) {
    case DmarcPolicy::None: return "none";
    case DmarcPolicy::Quarantine: return "quarantine";
    case DmarcPolicy::Reject: return "reject";
    }
    return "none";
}

const char* dmarcResultName(DmarcResult r)
{
    switch (r) {
    case DmarcResult::None: return "none";
    case DmarcResult::Pass: return "pass";
    case DmarcResult::Fail: return "fail";
    case DmarcResult::TempError: return "temperror";
    case DmarcResult::PermError: return "permerror";
    }
    return "none";
}

std::variant<DmarcRecord, RecordSyntaxError> parseDmarcRecord(std::string_view text)
{
    ParseOutcome out = parse(text);
    if (out.error) return *out.error;
    return out.record;
}

std::string organizationalDomain(std::string_view domain)
{
    static constexpr std::array<std::string_view, 10> kTwoLabelSuffixes = {
        "co.uk", "org.uk", "ac.uk", "gov.uk", "com.au", "net.au", "org.au", "co.jp", "co.nz", "com.br"};
    const std::string d = normalizedDomain(domain);
    std::vector<std::size_t> dots;  // positions, right to left
    for (std::size_t i = d.size(); i-- > 0;)
        if (d[i] == '.') dots.push_back(i);
    if (dots.size() < 2) return d;
    const std::string_view lastTwo = std::string_view(d).substr(dots[1] + 1);
    const bool suffix = std::find(kTwoLabelSuffixes.begin(), kTwoLabelSuffixes.end(), lastTwo) != kTwoLabelSuffixes.end();
    if (!suffix) return std::string(lastTwo);
    return dots.size() < 3 ? d : d.substr(dots[2] + 1);
}

bool domainsAlign(std::string_view a, std::string_view b, bool strict)
{
    const std::string x = normalizedDomain(a), y = normalizedDomain(b);
    if (x.empty() || y.empty()) return false;
    return strict ? x == y : organizationalDomain(x) == organizationalDomain(y);
}

DmarcCheck checkDmarc(const DnsZone& dns, std::string_view fromDomain, const AuthOutcome& spf,
                      const std::vector<AuthOutcome>& dkim, double pctDraw)
{
    DmarcCheck c;
    c.fromDomain = normalizedDomain(fromDomain);
    if (c.fromDomain.empty()) {
        c.reason = "the letter has no From: domain to check";
        return c;
    }
    const Discovery found = discover(dns, c.fromDomain);
    const std::string where = "_dmarc." + found.domain;
    if (found.servFail) {
        c.result = DmarcResult::TempError;
        c.reason = "DNS lookup of " + where + " failed (SERVFAIL): the receiver can try again later";
        return c;
    }
    if (found.records.empty()) {
        c.reason = "no DMARC record at _dmarc." + c.fromDomain + (found.domain != c.fromDomain ? " or " + where : "");
        return c;
    }
    c.policyDomain = found.domain;
    if (found.records.size() > 1) {
        c.reason = std::to_string(found.records.size()) + " DMARC records at " + where +
                   ": policy discovery stops and no DMARC applies (RFC 7489 §6.6.3 step 5)";
        return c;
    }
    c.record = found.records.front();
    ParseOutcome parsed = parse(c.record);
    if (parsed.error && !(parsed.policyError && !parsed.record.rua.empty())) {
        c.result = DmarcResult::PermError;  // "a syntactically incorrect DMARC record" (§11.2)
        c.reason = "the record at " + where + " has a syntax error (column " + std::to_string(parsed.error->column) + ": " +
                   parsed.error->message + "), so no DMARC policy applies (RFC 7489 §6.6.3 step 6)";
        return c;
    }
    if (parsed.error) {  // §6.6.3 step 6.1: a valid rua= makes a record without a valid p= count as p=none
        parsed.record.p = DmarcPolicy::None;
        parsed.record.sp.reset();
        c.reason = "the record has no valid p= but a valid rua=, so it counts as p=none (RFC 7489 §6.6.3 step 6); ";
    }
    evaluate(c, parsed.record, spf, dkim, pctDraw);
    return c;
}

} // namespace postie
