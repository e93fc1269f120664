#include "trust/authentication_results.h"

#include "mail/address.h"

#include <string_view>

namespace postie {
namespace {

// RFC 2045 §5.1 tspecials; a token is any run of visible characters but these.
bool isTokenChar(char c)
{
    return c > 0x20 && c < 0x7f && std::string_view("()<>@,;:\\\"/[]?=").find(c) == std::string_view::npos;
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// A property or authserv-id value (§2.2 pvalue): domain names and local@domain as they are,
// anything else as a quoted-string.
std::string pvalue(std::string_view v)
{
    bool plain = !v.empty();
    for (char c : v) plain = plain && (isTokenChar(c) || c == '@');
    if (plain && v.find('@') == v.rfind('@') && v.back() != '@') return std::string(v);  // "@a.test" is allowed
    std::string out = "\"";
    for (char c : v) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string resinfo(std::string_view method, std::string_view result, std::string_view property, std::string_view value)
{
    std::string out = std::string(method) + "=" + toLower(result);
    if (!value.empty()) out += " " + std::string(property) + "=" + pvalue(value);
    return out;
}

// Skips whitespace and (nested) comments, RFC 5322 §3.2.2 CFWS.
std::size_t skipCfws(std::string_view s, std::size_t pos)
{
    int depth = 0;
    for (; pos < s.size(); ++pos) {
        const char c = s[pos];
        if (depth > 0 && c == '\\') ++pos;
        else if (c == '(') ++depth;
        else if (c == ')' && depth > 0) --depth;
        else if (depth == 0 && !isSpace(c)) break;
    }
    return pos;
}

// The authserv-id at the start of the value: a token or a quoted-string (§2.2).
std::string leadingValue(std::string_view s)
{
    std::size_t pos = skipCfws(s, 0);
    std::string out;
    if (pos < s.size() && s[pos] == '"') {
        for (++pos; pos < s.size() && s[pos] != '"'; ++pos) {
            if (s[pos] == '\\' && pos + 1 < s.size()) ++pos;
            out += s[pos];
        }
        return out;
    }
    while (pos < s.size() && isTokenChar(s[pos])) out += s[pos++];
    return out;
}

} // namespace

std::string authenticationResultsValue(const AuthResultsInput& in)
{
    std::vector<std::string> results;
    if (!in.spfResult.empty())
        results.push_back(resinfo("spf", in.spfResult, in.spfIsHelo ? "smtp.helo" : "smtp.mailfrom", in.spfMailFrom));
    for (const auto& [result, d, s] : in.dkim) {
        std::string r = resinfo("dkim", result, "header.d", d);
        if (!s.empty()) r += " header.s=" + pvalue(s);
        results.push_back(std::move(r));
    }
    if (!in.dmarcResult.empty()) results.push_back(resinfo("dmarc", in.dmarcResult, "header.from", in.headerFrom));
    std::string out = pvalue(in.authservId);
    if (results.empty()) return out + "; none";
    for (const auto& r : results) out += "; " + r;
    return out;
}

bool carriesAuthservId(std::string_view headerValue, std::string_view authservId)
{
    const std::string id = leadingValue(headerValue);
    return !id.empty() && toLower(id) == toLower(authservId);
}

} // namespace postie
