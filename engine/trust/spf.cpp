#include "trust/spf.h"

#include "mail/address.h"
#include "trust/spf_syntax.h"

#include <cstdint>
#include <utility>

// Simplifications, each marked where it is made:
// - Macros (RFC 7208 §7) are checked for syntax but never expanded: a domain-spec is used as
//   written, so a target with a macro in it names no real domain and finds nothing.
// - ptr (§5.5, "SHOULD NOT be published") counts as a DNS lookup and never matches.
// - Clients are IPv4, so ip6 is only checked for syntax and never matches.
namespace postie {
namespace {

using namespace spf;  // the parsed record: Term, Record, parseRecord(), parseIp4(), ...

// RFC 7208 §4.6.4: at most 10 terms that query DNS, at most 2 of them void, 10 MX names per mx.
constexpr int kMaxLookups = 10;
constexpr int kMaxVoidLookups = 2;
constexpr std::size_t kMaxMxNames = 10;

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

} // namespace postie
