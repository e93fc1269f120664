#include "trust/spf_syntax.h"

#include "mail/address.h"

#include <algorithm>
#include <utility>

namespace postie::spf {
namespace {

constexpr std::string_view kVersion = "v=spf1";
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

// A decimal number without leading zeros, as the ABNF's qnum and cidr-length are written.
std::optional<int> parseNumber(std::string_view s)
{
    if (!allOf(s, isDigit) || s.size() > 3 || (s.size() > 1 && s[0] == '0')) return std::nullopt;
    int value = 0;
    for (char c : s) value = value * 10 + (c - '0');
    return value;
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

} // namespace

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

bool isSpfRecord(std::string_view text)
{
    return text.size() >= kVersion.size() && toLower(text.substr(0, kVersion.size())) == kVersion
           && (text.size() == kVersion.size() || text[kVersion.size()] == ' ');
}

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

} // namespace postie::spf

namespace postie {

std::optional<SpfSyntaxError> spfSyntaxError(std::string_view record)
{
    if (!spf::isSpfRecord(record)) return std::nullopt;
    return spf::parseRecord(record).error;
}

} // namespace postie
