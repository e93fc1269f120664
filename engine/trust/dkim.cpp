#include "trust/dkim.h"

#include "mail/address.h"

#include <algorithm>
#include <cstdint>
#include <map>

namespace postie {
namespace {

// Modelled cryptography. Real DKIM hashes with SHA-256 and signs with RSA. Here a 128-bit
// FNV-1a digest (two 64-bit runs with different offset bases), spread over as many bytes as
// the real value has, stands in for both: bh= is the digest of the canonical body, b= the
// digest of the key text followed by the canonical signed data. So b= verifies exactly when
// the key text in DNS is the signer's and no signed byte changed, which are RFC 6376's
// outcomes. Unlike RSA, whoever knows the public key text could sign; nothing here relies on it.
constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;
constexpr std::uint64_t kFnvBasis = 0xcbf29ce484222325ULL;
constexpr std::size_t kBodyHashBytes = 32;   // SHA-256
constexpr std::size_t kSignatureBytes = 128;  // RSA-1024, the smallest key signers may use (RFC 6376 §3.3.3)

std::uint64_t fnv1a(std::string_view data, std::uint64_t basis)
{
    std::uint64_t h = basis;
    for (unsigned char c : data) {
        h ^= c;
        h *= kFnvPrime;
    }
    return h;
}

std::uint64_t mix(std::uint64_t x)  // splitmix64's finaliser: spreads the digest over more bytes
{
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

std::string base64(const std::string& bytes)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
        std::uint32_t group = 0;
        for (std::size_t k = 0; k < 3; ++k)
            group = (group << 8) | (k < n ? static_cast<unsigned char>(bytes[i + k]) : 0u);
        for (std::size_t k = 0; k < 4; ++k)
            out += k <= n ? kAlphabet[(group >> (18 - 6 * k)) & 63] : '=';
    }
    return out;
}

std::string digestBase64(std::string_view data, std::size_t size)
{
    const std::uint64_t a = fnv1a(data, kFnvBasis);
    const std::uint64_t b = fnv1a(data, mix(kFnvBasis));
    std::string bytes;
    for (std::uint64_t i = 0; bytes.size() < size; ++i) {
        const std::uint64_t word = mix(a + i * 0x9e3779b97f4a7c15ULL) ^ mix(b ^ mix(i));
        for (int k = 0; k < 8 && bytes.size() < size; ++k) bytes += static_cast<char>((word >> (8 * k)) & 0xff);
    }
    return base64(bytes);
}

bool isWsp(char c) { return c == ' ' || c == '\t'; }
bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAlnum(char c) { return isAlpha(c) || (c >= '0' && c <= '9'); }
bool isBase64Char(char c) { return isAlnum(c) || c == '+' || c == '/' || c == '='; }

std::string withoutFws(std::string_view s)  // base64 values may be folded (RFC 6376 §3.5 b=)
{
    std::string out;
    for (char c : s)
        if (!isFws(c)) out += c;
    return out;
}

// Unfolds (drops CR and LF; a fold is CRLF + WSP) and turns each run of WSP into one space.
std::string compressWsp(std::string_view s)
{
    std::string out;
    for (char c : s) {
        if (c == '\r' || c == '\n') continue;
        if (isWsp(c) && !out.empty() && out.back() == ' ') continue;
        out += isWsp(c) ? ' ' : c;
    }
    return out;
}

// The body's lines without their ends; "\n" and "\r\n" both end a line, as on the wire.
std::vector<std::string_view> bodyLines(std::string_view body)
{
    std::vector<std::string_view> lines;
    for (std::size_t start = 0; start < body.size();) {
        const std::size_t nl = body.find('\n', start);
        std::string_view line = body.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    return lines;
}

// h=from:To : subject -> {"from", "to", "subject"}; header names compare case-insensitively.
std::vector<std::string> headerNames(std::string_view list)
{
    std::vector<std::string> names;
    for (std::size_t start = 0;;) {
        const std::size_t colon = list.find(':', start);
        names.push_back(toLower(trimFws(list.substr(start, colon == std::string_view::npos ? colon : colon - start))));
        if (colon == std::string_view::npos) return names;
        start = colon + 1;
    }
}

// The fields h= names, each the bottom-most one not yet taken (RFC 6376 §5.4.2), so a name
// listed twice signs the last two instances; a name with no instance left adds nothing.
std::vector<const HeaderField*> selectSigned(const std::vector<HeaderField>& headers, const std::vector<std::string>& names)
{
    std::vector<const HeaderField*> out;
    std::map<std::string, std::size_t> taken;
    for (const auto& name : names) {
        std::size_t skip = taken[name]++;
        for (auto it = headers.rbegin(); it != headers.rend(); ++it) {
            if (toLower(it->name) != name) continue;
            if (skip-- == 0) {
                out.push_back(&*it);
                break;
            }
        }
    }
    return out;
}

// The signature field's value with b='s value emptied, as it is hashed (RFC 6376 §3.7).
std::string withEmptyB(std::string_view value)
{
    std::string out;
    for (std::size_t start = 0;;) {
        const std::size_t semi = value.find(';', start);
        std::string_view spec = value.substr(start, semi == std::string_view::npos ? semi : semi - start);
        const std::size_t eq = spec.find('=');
        if (eq != std::string_view::npos && trimFws(spec.substr(0, eq)) == "b") spec = spec.substr(0, eq + 1);
        out += spec;
        if (semi == std::string_view::npos) return out;
        out += ';';
        start = semi + 1;
    }
}

// The signed headers, then the signature field itself with b= empty and no CRLF (§3.7).
std::string signedData(const std::vector<HeaderField>& headers, const std::vector<std::string>& names, bool relaxed,
                       const HeaderField& signatureWithoutB)
{
    std::string data;
    for (const HeaderField* f : selectSigned(headers, names)) data += dkimCanonicalHeader(*f, relaxed);
    std::string own = dkimCanonicalHeader(signatureWithoutB, relaxed);
    own.resize(own.size() - 2);
    return data + own;
}

std::string bodyHash(std::string_view body, bool relaxed)
{
    return digestBase64(dkimCanonicalBody(body, relaxed), kBodyHashBytes);
}

std::string signatureOf(std::string_view key, const std::string& data)
{
    return digestBase64(withoutFws(key) + '\n' + data, kSignatureBytes);
}

struct Canonicalization {
    bool header = false;  // relaxed?
    bool body = false;
};

// c=relaxed/simple; a lone word is the header's and the body is simple (RFC 6376 §3.5).
std::optional<Canonicalization> parseCanonicalization(std::string_view c)
{
    const auto relaxed = [](std::string_view w) -> std::optional<bool> {
        if (w == "simple") return false;
        if (w == "relaxed") return true;
        return std::nullopt;
    };
    const std::size_t slash = c.find('/');
    const auto h = relaxed(c.substr(0, slash));
    const auto b = relaxed(slash == std::string_view::npos ? "simple" : c.substr(slash + 1));
    if (!h || !b) return std::nullopt;
    return Canonicalization{*h, *b};
}

struct KeyFetch {
    DkimResult problem = DkimResult::None;  // None: the key is usable
    std::string reason;
    std::string key;
};

// The public key at <s>._domainkey.<d>, or why there is none to use (RFC 6376 §6.1.2).
KeyFetch fetchKey(const DnsZone& dns, const std::string& name)
{
    const DnsAnswer answer = dns.lookup(name, DnsType::TXT);
    if (answer.rcode == DnsRcode::ServFail)
        return {DkimResult::TempError, "DNS lookup failed (SERVFAIL) for the key at " + name, {}};
    if (answer.records.empty()) return {DkimResult::PermError, "no key for signature at " + name, {}};
    const std::string& text = answer.records.front().text;  // several: the first (§6.1.2 lets the verifier choose)
    if (const auto error = dkimKeySyntaxError(text))
        return {DkimResult::PermError,
                "key syntax error at " + name + " (column " + std::to_string(error->column) + ": " + error->message + ")", {}};
    const auto tags = std::get<std::vector<RecordTag>>(parseTagList(text));
    if (const RecordTag* k = findTag(tags, "k"); k && k->value != "rsa")
        return {DkimResult::PermError, "key at " + name + " is k=" + k->value + ", not rsa (inappropriate key algorithm)", {}};
    const std::string key = withoutFws(findTag(tags, "p")->value);
    if (key.empty()) return {DkimResult::PermError, "key revoked (empty p=) at " + name, {}};
    return {DkimResult::None, {}, key};
}

DkimCheck finish(DkimCheck check, DkimResult result, std::string reason)
{
    check.result = result;
    check.reason = std::move(reason);
    return check;
}

std::string tagValue(const std::vector<RecordTag>& tags, std::string_view name)
{
    const RecordTag* t = findTag(tags, name);
    return t ? t->value : std::string();
}

// RFC 6376 §6.1.1: what makes a signature unusable before its key is even fetched.
std::optional<std::string> signatureTagProblem(const std::vector<RecordTag>& tags)
{
    for (const char* required : {"v", "a", "b", "bh", "d", "h", "s"})
        if (tagValue(tags, required).empty()) return std::string("signature missing required tag ") + required + "= (RFC 6376 §6.1.1)";
    if (tagValue(tags, "v") != "1") return "incompatible version v=" + tagValue(tags, "v") + " (RFC 6376 §6.1.1)";
    if (tagValue(tags, "a") != "rsa-sha256") return "unsupported algorithm a=" + tagValue(tags, "a") + " (RFC 8301: rsa-sha256)";
    if (findTag(tags, "c") && !parseCanonicalization(tagValue(tags, "c"))) return "unknown canonicalization c=" + tagValue(tags, "c");
    const auto names = headerNames(tagValue(tags, "h"));
    if (std::find(names.begin(), names.end(), "from") == names.end()) return "signature does not sign From (RFC 6376 §5.4)";
    return std::nullopt;
}

// One signature through RFC 6376 §6.1: its tags, then the key, then bh=, then b=.
DkimCheck verifyOne(const DnsZone& dns, const std::vector<HeaderField>& headers, const HeaderField& signature,
                    const std::string& body)
{
    DkimCheck check;
    const auto parsed = parseTagList(signature.value);
    if (const auto* e = std::get_if<RecordSyntaxError>(&parsed))
        return finish(check, DkimResult::PermError, "signature syntax error at column " + std::to_string(e->column) + ": " + e->message);
    const auto& tags = std::get<std::vector<RecordTag>>(parsed);
    check.domain = toLower(tagValue(tags, "d"));
    check.selector = tagValue(tags, "s");
    if (const auto problem = signatureTagProblem(tags)) return finish(check, DkimResult::PermError, *problem);
    const std::string keyName = check.selector + "._domainkey." + check.domain;
    const KeyFetch key = fetchKey(dns, keyName);
    if (key.problem != DkimResult::None) return finish(check, key.problem, key.reason);
    const auto canon = *parseCanonicalization(findTag(tags, "c") ? tagValue(tags, "c") : "simple/simple");
    if (bodyHash(body, canon.body) != withoutFws(tagValue(tags, "bh")))
        return finish(check, DkimResult::Fail, "body hash did not verify (the body changed on the way)");
    const std::string data =
        signedData(headers, headerNames(tagValue(tags, "h")), canon.header, {signature.name, withEmptyB(signature.value)});
    if (signatureOf(key.key, data) != withoutFws(tagValue(tags, "b")))
        return finish(check, DkimResult::Fail,
                      "signature did not verify (a signed header changed, or the key in DNS is not the one that signed)");
    return finish(check, DkimResult::Pass, "signature verified with the key at " + keyName);
}

bool hasField(const std::vector<HeaderField>& headers, std::string_view lowerName)
{
    for (const auto& h : headers)
        if (toLower(h.name) == lowerName) return true;
    return false;
}

} // namespace

const char* dkimResultName(DkimResult r)
{
    switch (r) {
    case DkimResult::None: return "none";
    case DkimResult::Pass: return "pass";
    case DkimResult::Fail: return "fail";
    case DkimResult::Policy: return "policy";
    case DkimResult::Neutral: return "neutral";
    case DkimResult::TempError: return "temperror";
    case DkimResult::PermError: return "permerror";
    }
    return "none";
}

std::string dkimCanonicalHeader(const HeaderField& field, bool relaxed)
{
    // Relaxed (§3.4.2): lower-case name, unfolded, WSP runs to one space, none at the ends or
    // around the colon. Simple (§3.4.1): the field exactly as written, folded as the message
    // holds it.
    if (relaxed) return toLower(trimFws(field.name)) + ":" + std::string(trimFws(compressWsp(field.value))) + "\r\n";
    return foldedField(field);
}

std::string dkimCanonicalBody(std::string_view body, bool relaxed)
{
    // Both drop empty lines at the end (§3.4.3, §3.4.4); relaxed also drops WSP at line ends
    // and turns WSP runs into one space. An empty body is CRLF in simple, nothing in relaxed.
    std::vector<std::string> lines;
    for (std::string_view line : bodyLines(body)) {
        std::string l = relaxed ? compressWsp(line) : std::string(line);
        if (relaxed && !l.empty() && l.back() == ' ') l.pop_back();
        lines.push_back(std::move(l));
    }
    while (!lines.empty() && lines.back().empty()) lines.pop_back();
    if (lines.empty()) return relaxed ? "" : "\r\n";
    std::string out;
    for (const auto& l : lines) out += l + "\r\n";
    return out;
}

std::string dkimSign(const DkimSigner& signer, const std::vector<HeaderField>& headers, const std::string& body)
{
    static constexpr const char* kSigned[] = {"from", "reply-to", "to", "cc", "subject", "date", "message-id",
                                              "in-reply-to", "references", "mime-version", "content-type"};
    if (!hasField(headers, "from")) return {};
    std::vector<std::string> names;
    std::string h;
    for (const char* name : kSigned) {
        if (!hasField(headers, name)) continue;
        names.push_back(name);
        h += (h.empty() ? "" : ":") + std::string(name);
    }
    const char* c = signer.relaxed ? "relaxed/relaxed" : "simple/simple";
    const std::string value = std::string("v=1; a=rsa-sha256; c=") + c + "; d=" + toLower(signer.domain) +
                              "; s=" + signer.selector + "; h=" + h + "; bh=" + bodyHash(body, signer.relaxed) + "; b=";
    return value + signatureOf(signer.key, signedData(headers, names, signer.relaxed, {"DKIM-Signature", value}));
}

std::vector<DkimCheck> dkimVerify(const DnsZone& dns, const std::vector<HeaderField>& headers, const std::string& body)
{
    std::vector<DkimCheck> checks;
    for (const auto& field : headers)
        if (toLower(field.name) == "dkim-signature") checks.push_back(verifyOne(dns, headers, field, body));
    if (checks.empty()) checks.push_back({DkimResult::None, {}, {}, "no DKIM-Signature header: the letter is not signed"});
    return checks;
}

std::optional<RecordSyntaxError> dkimKeySyntaxError(std::string_view record)
{
    const auto parsed = parseTagList(record);
    if (const auto* e = std::get_if<RecordSyntaxError>(&parsed)) return *e;
    const auto& tags = std::get<std::vector<RecordTag>>(parsed);
    // v= is optional, but first and exactly DKIM1 when present; p= is required (§3.6.1).
    if (const RecordTag* v = findTag(tags, "v")) {
        if (v != &tags.front()) return RecordSyntaxError{v->nameColumn, "v=DKIM1 must come first (RFC 6376 §3.6.1)"};
        if (v->value != "DKIM1") return RecordSyntaxError{v->valueColumn, "v= must be DKIM1 (RFC 6376 §3.6.1)"};
    }
    const RecordTag* p = findTag(tags, "p");
    if (!p) return RecordSyntaxError{record.size(), "p= (the public key) is required (RFC 6376 §3.6.1)"};
    for (std::size_t i = 0; i < p->value.size(); ++i)
        if (!isBase64Char(p->value[i]) && !isFws(p->value[i]))
            return RecordSyntaxError{p->valueColumn + i, "p= must be base64 (RFC 6376 §3.6.1)"};
    if (const RecordTag* k = findTag(tags, "k"); k && k->value.empty())
        return RecordSyntaxError{k->valueColumn, "k= names no key type (RFC 6376 §3.6.1)"};
    return std::nullopt;
}

} // namespace postie
