#include "trust/spf.h"

#include "mail/address.h"

#include <algorithm>
#include <cstdint>
#include <utility>

// Simplifications, each marked where it is made:
// - Macros (RFC 7208 §7) are checked for syntax but never expanded: a domain-spec is used as
//   written, so a target with a macro in it names no real domain and finds nothing.
// - ptr (§5.5, "SHOULD NOT be published") counts as a DNS lookup and never matches.
// - Clients are IPv4, so ip6 is only checked for syntax and never matches.
namespace postie {
namespace {

constexpr std::string_view kVersion = "v=spf1";
// RFC 7208 §4.6.4: at most 10 terms that query DNS, at most 2 of them void, 10 MX names per mx.
constexpr int kMaxLookups = 10;
constexpr int kMaxVoidLookups = 2;
constexpr std::size_t kMaxMxNames = 10;
constexpr auto npos = std::string_view::npos;

bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlnum(char c) { return isAlpha(c) || isDigit(c); }
bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

bool allOf(std::string_view s, bool (*test)(char))
{
    for (char c : s)
        if (!test(c)) return false;
    return !s.empty();
}

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

// §4.5: "v=spf1" (case-insensitive, as ABNF strings are) ending at a space or the end.
bool isSpfRecord(std::string_view text)
{
    return text.size() >= kVersion.size() && toLower(text.substr(0, kVersion.size())) == kVersion
           && (text.size() == kVersion.size() || text[kVersion.size()] == ' ');
}

// A decimal number without leading zeros, as the ABNF's qnum and cidr-length are written.
std::optional<int> parseNumber(std::string_view s)
{
    if (!allOf(s, isDigit) || s.size() > 3 || (s.size() > 1 && s[0] == '0')) return std::nullopt;
    int value = 0;
    for (char c : s) value = value * 10 + (c - '0');
    return value;
}

// A dotted quad (§5.6 ip4-network): four numbers 0-255.
std::optional<std::uint32_t> parseIp4(std::string_view s)
{
    std::uint32_t ip = 0;
    for (int part = 0; part < 4; ++part) {
        const auto dot = part < 3 ? s.find('.') : s.size();
        if (dot == npos) return std::nullopt;
        const auto n = parseNumber(s.substr(0, dot));
        if (!n || *n > 255) return std::nullopt;
        ip = (ip << 8) | std::uint32_t(*n);
        s.remove_prefix(part < 3 ? dot + 1 : dot);
    }
    return ip;
}

std::string formatIp4(std::uint32_t ip)
{
    return std::to_string(ip >> 24) + "." + std::to_string((ip >> 16) & 255) + "." + std::to_string((ip >> 8) & 255)
           + "." + std::to_string(ip & 255);
}

std::uint32_t netmask(int cidr)
{
    return cidr == 0 ? 0 : ~std::uint32_t(0) << (32 - cidr);  // a shift by 32 would be undefined
}

bool inNetwork(std::uint32_t ip, std::uint32_t network, int cidr)
{
    return (ip & netmask(cidr)) == (network & netmask(cidr));
}

// Groups of 1-4 hex digits between colons; the last may be a dotted quad (two groups).
bool countIp6Groups(std::string_view part, bool last, int& groups)
{
    while (!part.empty()) {
        const auto colon = part.find(':');
        const auto group = part.substr(0, colon);
        if (colon == npos && last && group.find('.') != npos) {
            groups += 2;
            return parseIp4(group).has_value();
        }
        if (group.size() > 4 || !allOf(group, isHex)) return false;
        ++groups;
        if (colon == npos) return true;
        part.remove_prefix(colon + 1);
        if (part.empty()) return false;  // a trailing single colon
    }
    return true;
}

// RFC 4291 §2.2 text forms: eight groups, or fewer around one "::".
bool isIp6(std::string_view s)
{
    int groups = 0;
    const auto gap = s.find("::");
    if (gap == npos) return countIp6Groups(s, true, groups) && groups == 8;
    if (s.find("::", gap + 1) != npos) return false;
    return countIp6Groups(s.substr(0, gap), false, groups) && countIp6Groups(s.substr(gap + 2), true, groups)
           && groups < 8;
}

// The inside of "%{...}" (§7.1): a macro letter, a digit count, "r", delimiters. The letters
// c, r and t belong to exp= explanation text only (§7.3), never to a domain-spec.
std::string macroBodyError(std::string_view body, bool inDomainSpec)
{
    const std::string letters = inDomainSpec ? "slodiphv" : "slodiphcrtv";
    if (body.empty() || letters.find(toLower(body.substr(0, 1))) == npos)
        return "unknown macro %{" + std::string(body) + "}";
    std::size_t i = 1;
    while (i < body.size() && isDigit(body[i])) ++i;
    if (i > 1 && body.substr(1, i - 1).find_first_not_of('0') == npos) return "a macro's digit count must not be 0";
    if (i < body.size() && (body[i] == 'r' || body[i] == 'R')) ++i;
    if (body.find_first_not_of(".-+,/_=", i) != npos) return "bad macro %{" + std::string(body) + "}";
    return {};
}

struct MacroScan {
    std::string error;
    bool endsWithMacro = false;
};

// A macro-string (§7.1): visible ASCII, each '%' starting %{...}, %%, %_ or %-.
MacroScan scanMacroString(std::string_view s, bool inDomainSpec)
{
    MacroScan scan;
    for (std::size_t i = 0; i < s.size() && scan.error.empty(); ++i) {
        scan.endsWithMacro = false;
        if (s[i] < 0x21 || s[i] > 0x7e) scan.error = "character not allowed in " + quoted(s);
        if (s[i] != '%') continue;
        const char next = i + 1 < s.size() ? s[i + 1] : '\0';
        scan.endsWithMacro = true;
        if (next == '%' || next == '_' || next == '-') {
            ++i;
        } else if (next != '{') {
            scan.error = "a '%' must start a macro: %{...}, %%, %_ or %- (RFC 7208 §7.1)";
        } else if (const auto close = s.find('}', i); close == npos) {
            scan.error = "a macro is not closed with '}'";
        } else {
            scan.error = macroBodyError(s.substr(i + 2, close - i - 2), inDomainSpec);
            i = close;
        }
    }
    return scan;
}

// The last label of a name: letters, digits and inner hyphens, not all digits (§7.1 toplabel).
bool isTopLabel(std::string_view label)
{
    for (char c : label)
        if (!isAlnum(c) && c != '-') return false;
    return !label.empty() && isAlnum(label.front()) && isAlnum(label.back())
           && (label.find('-') != npos || !allOf(label, isDigit));
}

// domain-spec = macro-string domain-end (§7.1); domain-end is "." toplabel ["."] or a macro.
std::string domainSpecError(std::string_view spec)
{
    if (spec.empty()) return "a domain is missing";
    const MacroScan scan = scanMacroString(spec, true);
    if (!scan.error.empty() || scan.endsWithMacro) return scan.error;
    std::string_view name = spec.back() == '.' ? spec.substr(0, spec.size() - 1) : spec;
    const auto dot = name.rfind('.');
    if (dot == npos || !isTopLabel(name.substr(dot + 1))) return quoted(spec) + " is not a fully qualified domain name";
    return {};
}

// §4.3: a multi-label name, labels of 1-63 letters, digits, '-' or '_', 253 characters at most.
bool isWellFormedDomain(std::string_view name)
{
    if (name.size() > 253 || name.find('.') == npos) return false;
    for (std::size_t start = 0; start <= name.size();) {
        const auto dot = std::min(name.find('.', start), name.size());
        const auto label = name.substr(start, dot - start);
        if (label.empty() || label.size() > 63) return false;
        for (char c : label)
            if (!isAlnum(c) && c != '-' && c != '_') return false;
        start = dot + 1;
    }
    return true;
}

std::string normalizedDomain(std::string_view name)
{
    if (!name.empty() && name.back() == '.') name.remove_suffix(1);
    return toLower(name);
}

enum class Kind { All, Include, A, Mx, Ptr, Ip4, Ip6, Exists, Redirect, Exp, OtherModifier };

struct Term {
    Kind kind = Kind::All;
    SpfResult qualifier = SpfResult::Pass;  // '+' is the default (§4.6.2)
    std::string text;                       // as written
    std::string target;                     // the domain-spec, normalized; "" for the current domain
    int cidr = 32;                          // ip4, a, mx
    std::uint32_t network = 0;              // ip4
};

std::optional<SpfResult> qualifierOf(char c)
{
    switch (c) {
    case '+': return SpfResult::Pass;
    case '-': return SpfResult::Fail;
    case '~': return SpfResult::SoftFail;
    case '?': return SpfResult::Neutral;
    default: return std::nullopt;
    }
}

std::string parseIp4Cidr(std::string_view digits, int& cidr)
{
    const auto n = parseNumber(digits);
    if (!n) return "bad CIDR length /" + std::string(digits);
    if (*n > 32) return "CIDR length /" + std::string(digits) + " is more than 32";
    cidr = *n;
    return {};
}

// [ ":" domain-spec ] after a, mx or ptr; `required` for include and exists.
std::string parseTarget(std::string_view rest, bool required, Term& term)
{
    if (rest.empty() && !required) return {};
    if (rest.empty() || rest[0] != ':') return "expected \":domain\" after the mechanism's name";
    term.target = normalizedDomain(rest.substr(1));
    return domainSpecError(rest.substr(1));
}

// a and mx: [ ":" domain-spec ] [ "/" ip4-cidr ] [ "//" ip6-cidr ] (§5.6 dual-cidr-length).
std::string parseTargetAndCidr(std::string_view rest, Term& term)
{
    if (const auto cut = rest.rfind("//"); cut != npos && allOf(rest.substr(cut + 2), isDigit)) {
        const auto n = parseNumber(rest.substr(cut + 2));
        if (!n || *n > 128) return "bad IPv6 CIDR length " + std::string(rest.substr(cut + 1));
        rest = rest.substr(0, cut);
    }
    if (const auto cut = rest.rfind('/'); cut != npos && allOf(rest.substr(cut + 1), isDigit)) {
        if (auto error = parseIp4Cidr(rest.substr(cut + 1), term.cidr); !error.empty()) return error;
        rest = rest.substr(0, cut);
    }
    return parseTarget(rest, false, term);
}

std::string parseIp4Term(std::string_view rest, Term& term)
{
    if (rest.empty() || rest[0] != ':') return "expected \"ip4:\" and an address";
    const auto slash = rest.find('/');
    const auto network = parseIp4(rest.substr(1, slash == npos ? npos : slash - 1));
    if (!network) return quoted(rest.substr(1, slash - 1)) + " is not an IPv4 address";
    term.network = *network;
    return slash == npos ? std::string() : parseIp4Cidr(rest.substr(slash + 1), term.cidr);
}

std::string parseIp6Term(std::string_view rest)
{
    if (rest.empty() || rest[0] != ':') return "expected \"ip6:\" and an address";
    const auto slash = rest.find('/');
    if (!isIp6(rest.substr(1, slash == npos ? npos : slash - 1)))
        return quoted(rest.substr(1, slash - 1)) + " is not an IPv6 address";
    if (slash == npos) return {};
    const auto n = parseNumber(rest.substr(slash + 1));
    return n && *n <= 128 ? std::string() : "bad IPv6 CIDR length " + std::string(rest.substr(slash));
}

// name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." ) (§12)
bool isModifierName(std::string_view name)
{
    if (name.empty() || !isAlpha(name[0])) return false;
    for (char c : name)
        if (!isAlnum(c) && c != '-' && c != '_' && c != '.') return false;
    return true;
}

std::string parseModifier(std::string_view name, std::string_view value, Term& term)
{
    const std::string lower = toLower(name);
    if (lower == "redirect" || lower == "exp") {
        term.kind = lower == "redirect" ? Kind::Redirect : Kind::Exp;
        term.target = normalizedDomain(value);
        return domainSpecError(value);
    }
    term.kind = Kind::OtherModifier;  // unknown modifiers are ignored (§6), but must parse
    return scanMacroString(value, false).error;
}

// One term (§4.6.1, ABNF in §12) into `term`; the error message, or "" when it is well formed.
std::string parseTerm(std::string_view text, Term& term)
{
    term.text = std::string(text);
    if (const auto eq = text.find('='); eq != npos && isModifierName(text.substr(0, eq)))
        return parseModifier(text.substr(0, eq), text.substr(eq + 1), term);
    if (const auto q = qualifierOf(text[0])) {
        term.qualifier = *q;
        text.remove_prefix(1);
    }
    const auto nameEnd = std::min(text.find_first_of(":/"), text.size());
    const std::string name = toLower(text.substr(0, nameEnd));
    const std::string_view rest = text.substr(nameEnd);
    if (name == "all") return rest.empty() ? std::string() : "\"all\" takes no argument";
    if (name == "include" || name == "exists") {
        term.kind = name == "include" ? Kind::Include : Kind::Exists;
        return parseTarget(rest, true, term);
    }
    if (name == "a" || name == "mx") {
        term.kind = name == "a" ? Kind::A : Kind::Mx;
        return parseTargetAndCidr(rest, term);
    }
    if (name == "ptr") {
        term.kind = Kind::Ptr;
        return parseTarget(rest, false, term);
    }
    if (name == "ip4") {
        term.kind = Kind::Ip4;
        return parseIp4Term(rest, term);
    }
    if (name == "ip6") {
        term.kind = Kind::Ip6;
        return parseIp6Term(rest);
    }
    return name.empty() ? "a mechanism is missing" : "unknown mechanism " + quoted(text.substr(0, nameEnd));
}

struct Record {
    std::vector<Term> mechanisms;  // in order
    std::optional<Term> redirect;
};

struct ParsedRecord {
    Record record;
    std::optional<SpfSyntaxError> error;
};

// Files a parsed term into the record; redirect and exp may each appear once (§6).
std::string fileTerm(Term term, Record& record, bool& seenExp)
{
    switch (term.kind) {
    case Kind::Redirect:
        if (record.redirect) return "redirect= appears more than once (RFC 7208 §6)";
        record.redirect = std::move(term);
        return {};
    case Kind::Exp:
        if (seenExp) return "exp= appears more than once (RFC 7208 §6)";
        seenExp = true;  // parsed and ignored: no explanation text is shown
        return {};
    case Kind::OtherModifier: return {};
    default:
        record.mechanisms.push_back(std::move(term));
        return {};
    }
}

// The whole record at once: a syntax error anywhere is a permerror before any term is
// evaluated (§4.6). `text` is an SPF record (isSpfRecord).
ParsedRecord parseRecord(std::string_view text)
{
    ParsedRecord parsed;
    bool seenExp = false;
    for (std::size_t pos = kVersion.size(); pos < text.size();) {
        if (text[pos] == ' ') {
            ++pos;
            continue;
        }
        const auto end = std::min(text.find(' ', pos), text.size());
        Term term;
        std::string error = parseTerm(text.substr(pos, end - pos), term);
        if (error.empty()) error = fileTerm(std::move(term), parsed.record, seenExp);
        if (!error.empty()) {
            parsed.error = SpfSyntaxError{pos, error};
            return parsed;
        }
        pos = end;
    }
    return parsed;
}

bool queriesDns(Kind kind)
{
    return kind == Kind::Include || kind == Kind::A || kind == Kind::Mx || kind == Kind::Ptr
           || kind == Kind::Exists || kind == Kind::Redirect;
}

// The result of one check_host() (§4), and why.
struct Verdict {
    SpfResult result = SpfResult::None;
    std::string reason;
};

// One mechanism: matched or not, with a note for its step; or a verdict that ends the check.
struct Match {
    bool matched = false;
    std::string note;
    std::optional<Verdict> stop;
};

Match matched(std::string note) { return Match{true, std::move(note), std::nullopt}; }
Match notMatched(std::string note) { return Match{false, std::move(note), std::nullopt}; }
Match stopped(Verdict verdict) { return Match{false, verdict.reason, verdict}; }

class Evaluator {
public:
    Evaluator(const DnsZone& dns, const std::string& clientIp, SpfCheck& check)
        : m_dns(dns), m_ip(parseIp4(clientIp)), m_ipText(clientIp), m_check(check)
    {
    }

    Verdict checkHost(const std::string& domain, bool nested);

private:
    Verdict evaluate(const Record& record, const std::string& domain);
    std::optional<Verdict> beginStep(const Term& term, const std::string& domain);
    Match matchTerm(const Term& term, const std::string& domain);
    Match matchIp4(const Term& term) const;
    Match matchA(const Term& term, const std::string& name);
    Match matchMx(const Term& term, const std::string& name);
    Match matchInclude(const Term& term);
    Match matchExists(const Term& term);
    Verdict followRedirect(const Term& term, const std::string& domain);
    std::optional<Verdict> query(const std::string& name, DnsType type, std::vector<DnsRecord>& records) const;
    Match voidLookup(std::string note);
    std::optional<std::string> findAddress(const std::vector<DnsRecord>& records, int cidr) const;

    const DnsZone& m_dns;
    std::optional<std::uint32_t> m_ip;  // nullopt when not IPv4: then no address ever matches
    std::string m_ipText;
    SpfCheck& m_check;  // the running totals and steps, shared by nested checks
};

// check_host() (§4): find the one SPF record at `domain`, parse it whole, evaluate it.
Verdict Evaluator::checkHost(const std::string& domain, bool nested)
{
    if (!isWellFormedDomain(domain))
        return {SpfResult::None, quoted(domain) + " is not a domain name (RFC 7208 §4.3)"};
    const DnsAnswer answer = m_dns.lookup(domain, DnsType::TXT);
    if (answer.rcode == DnsRcode::ServFail)
        return {SpfResult::TempError, "DNS SERVFAIL looking up the SPF record of " + domain + " (RFC 7208 §4.4)"};
    if (answer.rcode == DnsRcode::NxDomain) return {SpfResult::None, "no SPF record: " + domain + " does not exist"};
    std::vector<std::string> records;
    for (const auto& r : answer.records)
        if (isSpfRecord(r.text)) records.push_back(r.text);
    if (records.empty()) return {SpfResult::None, "no SPF record"};
    if (records.size() > 1)
        return {SpfResult::PermError, "more than one SPF record at " + domain + " (RFC 7208 §4.5)"};
    if (!nested) m_check.record = records.front();
    const ParsedRecord parsed = parseRecord(records.front());
    if (parsed.error) {
        return {SpfResult::PermError, "syntax error" + (nested ? " in the record of " + domain : std::string())
                                          + " at column " + std::to_string(parsed.error->column) + ": "
                                          + parsed.error->message};
    }
    return evaluate(parsed.record, domain);
}

// §4.6.2: terms in order, the first match decides by its qualifier. §6.1: redirect only when
// none matched, and never in a record with "all"; as "all" always matches, a record with it
// never gets that far. Otherwise neutral (§4.7).
Verdict Evaluator::evaluate(const Record& record, const std::string& domain)
{
    for (const Term& term : record.mechanisms) {
        if (auto over = beginStep(term, domain)) return *over;
        const std::size_t at = m_check.steps.size() - 1;  // nested includes add steps after it
        const Match match = matchTerm(term, domain);
        m_check.steps[at].matched = match.matched;
        m_check.steps[at].note = match.note;
        if (match.stop) return *match.stop;
        if (match.matched) return {term.qualifier, "matched " + term.text};
    }
    if (record.redirect) return followRedirect(*record.redirect, domain);
    return {SpfResult::Neutral, "no term matched (RFC 7208 §4.7)"};
}

// Adds the term's step and counts it if it queries DNS; the 11th such term ends the check (§4.6.4).
std::optional<Verdict> Evaluator::beginStep(const Term& term, const std::string& domain)
{
    SpfStep step;
    step.domain = domain;
    step.term = term.text;
    if (queriesDns(term.kind)) ++m_check.lookups;
    step.lookupsSoFar = m_check.lookups;
    const bool over = m_check.lookups > kMaxLookups;
    if (over) step.note = "over the limit of 10 DNS lookups";
    m_check.steps.push_back(std::move(step));
    if (!over) return std::nullopt;
    return Verdict{SpfResult::PermError, "more than 10 DNS lookups (RFC 7208 §4.6.4)"};
}

Match Evaluator::matchTerm(const Term& term, const std::string& domain)
{
    switch (term.kind) {
    case Kind::All: return matched("all matches every address");
    case Kind::Ip4: return matchIp4(term);
    case Kind::Ip6: return notMatched("ip6 never matches an IPv4 client");
    case Kind::A: return matchA(term, term.target.empty() ? domain : term.target);
    case Kind::Mx: return matchMx(term, term.target.empty() ? domain : term.target);
    case Kind::Include: return matchInclude(term);
    case Kind::Exists: return matchExists(term);
    // Simplified: ptr is counted as a lookup but not evaluated; RFC 7208 §5.5 says not to use it.
    case Kind::Ptr: return notMatched("ptr is not recommended (§5.5); counted, not evaluated");
    default: return notMatched("");
    }
}

Match Evaluator::matchIp4(const Term& term) const
{
    const std::string net = formatIp4(term.network & netmask(term.cidr)) + "/" + std::to_string(term.cidr);
    if (m_ip && inNetwork(*m_ip, term.network, term.cidr)) return matched(m_ipText + " is in " + net);
    return notMatched(m_ipText + " is not in " + net);
}

// §5.3: any A address of the name, widened to the cidr, holding the client.
Match Evaluator::matchA(const Term& term, const std::string& name)
{
    std::vector<DnsRecord> addresses;
    if (auto stop = query(name, DnsType::A, addresses)) return stopped(*stop);
    if (addresses.empty()) return voidLookup(name + " has no A record");
    if (auto hit = findAddress(addresses, term.cidr))
        return matched(m_ipText + " is in " + *hit + ", an A address of " + name);
    return notMatched("no A address of " + name + " matches " + m_ipText);
}

// §5.4: the A addresses of each MX host. No implicit MX: a name without MX records matches
// nothing, even if it has an A record. The hosts' A lookups are not counted as terms.
Match Evaluator::matchMx(const Term& term, const std::string& name)
{
    std::vector<DnsRecord> exchanges;
    if (auto stop = query(name, DnsType::MX, exchanges)) return stopped(*stop);
    if (exchanges.empty()) return voidLookup(name + " has no MX record");
    if (exchanges.size() > kMaxMxNames)
        return stopped({SpfResult::PermError, name + " has more than 10 MX records (RFC 7208 §4.6.4)"});
    for (const auto& mx : exchanges) {
        if (mx.host.empty()) continue;  // a null MX (RFC 7505) names no host
        std::vector<DnsRecord> addresses;
        if (auto stop = query(mx.host, DnsType::A, addresses)) return stopped(*stop);
        if (auto hit = findAddress(addresses, term.cidr))
            return matched(m_ipText + " is in " + *hit + ", an address of " + name + "'s MX host " + mx.host);
    }
    return notMatched("no MX host of " + name + " has an address matching " + m_ipText);
}

// §5.2: only a pass matches; an error inside ends the whole check; no record is a permerror.
Match Evaluator::matchInclude(const Term& term)
{
    const Verdict inner = checkHost(term.target, true);
    const std::string gives = term.target + " gives " + spfResultName(inner.result);
    switch (inner.result) {
    case SpfResult::Pass: return matched(gives);
    case SpfResult::Fail:
    case SpfResult::SoftFail:
    case SpfResult::Neutral: return notMatched(gives + ", which is no match");
    case SpfResult::TempError:
    case SpfResult::PermError: return stopped({inner.result, term.text + ": " + inner.reason});
    case SpfResult::None: break;
    }
    return stopped({SpfResult::PermError, term.text + ": " + term.target + " has no SPF record (RFC 7208 §5.2)"});
}

// §5.7: matches when the name has any A record, whatever its address.
Match Evaluator::matchExists(const Term& term)
{
    std::vector<DnsRecord> addresses;
    if (auto stop = query(term.target, DnsType::A, addresses)) return stopped(*stop);
    if (addresses.empty()) return voidLookup(term.target + " has no A record");
    return matched(term.target + " has an A record");
}

// §6.1: the target's result becomes this record's; a target without a record is a permerror.
Verdict Evaluator::followRedirect(const Term& term, const std::string& domain)
{
    if (auto over = beginStep(term, domain)) return *over;
    m_check.steps.back().note = "no mechanism matched, so " + term.target + "'s record decides";
    Verdict target = checkHost(term.target, true);
    if (target.result == SpfResult::None)
        return {SpfResult::PermError, term.text + ": " + term.target + " has no SPF record (RFC 7208 §6.1)"};
    target.reason = term.text + ": " + target.reason;
    return target;
}

// §5: a DNS error (SERVFAIL here) ends the whole check with temperror; NXDOMAIN is treated as
// an answer with no records.
std::optional<Verdict> Evaluator::query(const std::string& name, DnsType type, std::vector<DnsRecord>& records) const
{
    DnsAnswer answer = m_dns.lookup(name, type);
    if (answer.rcode == DnsRcode::ServFail)
        return Verdict{SpfResult::TempError, "DNS SERVFAIL for " + name + " " + dnsTypeName(type) + " (RFC 7208 §5)"};
    records = std::move(answer.records);
    return std::nullopt;
}

// A term whose own query found nothing; the third ends the check (§4.6.4). The A lookups of
// MX hosts, and the record lookups of include and redirect targets, are not counted here.
Match Evaluator::voidLookup(std::string note)
{
    ++m_check.voidLookups;
    if (m_check.voidLookups > kMaxVoidLookups)
        return stopped({SpfResult::PermError, "more than 2 void lookups (RFC 7208 §4.6.4)"});
    return notMatched(note + " (void lookup " + std::to_string(m_check.voidLookups) + " of 2 allowed)");
}

// The first A address whose network (address/cidr) holds the client, as "192.0.2.1/24".
std::optional<std::string> Evaluator::findAddress(const std::vector<DnsRecord>& records, int cidr) const
{
    for (const auto& r : records) {
        const auto address = parseIp4(r.address);
        if (m_ip && address && inNetwork(*m_ip, *address, cidr)) return r.address + "/" + std::to_string(cidr);
    }
    return std::nullopt;
}

} // namespace

const char* spfResultName(SpfResult r)
{
    switch (r) {
    case SpfResult::None: return "none";
    case SpfResult::Neutral: return "neutral";
    case SpfResult::Pass: return "pass";
    case SpfResult::Fail: return "fail";
    case SpfResult::SoftFail: return "softfail";
    case SpfResult::TempError: return "temperror";
    case SpfResult::PermError: return "permerror";
    }
    return "none";
}

SpfCheck checkSpf(const DnsZone& dns, const std::string& clientIp, const std::string& mailFrom, const std::string& helo)
{
    SpfCheck check;
    std::string_view sender = mailFrom;
    if (sender.size() >= 2 && sender.front() == '<' && sender.back() == '>')
        sender = sender.substr(1, sender.size() - 2);
    // §2.4: with the null sender <> there is no MAIL FROM domain, so the HELO name stands in.
    check.identity = sender.empty() ? "helo" : "mailfrom";
    check.domain = normalizedDomain(sender.empty() ? helo : domainOf(sender));
    Evaluator evaluator(dns, clientIp, check);
    const Verdict verdict = evaluator.checkHost(check.domain, false);
    check.result = verdict.result;
    check.reason = verdict.reason;
    return check;
}

std::optional<SpfSyntaxError> spfSyntaxError(std::string_view record)
{
    if (!isSpfRecord(record)) return std::nullopt;
    return parseRecord(record).error;
}

} // namespace postie
