#include "trust/receiver_checks.h"

#include "mail/address.h"
#include "trust/authentication_results.h"

#include <variant>

namespace postie {
namespace {

void spfSteps(const SpfCheck& spf, const LetterToCheck& l, std::vector<std::string>& out)
{
    const std::string who = spf.identity == "helo" ? "the HELO name " + spf.domain + " (MAIL FROM is <>)"
                                                   : "the MAIL FROM domain " + spf.domain;
    out.push_back("SPF: may " + l.clientIp + " send for " + who + "?");
    out.push_back(spf.record.empty() ? "SPF record of " + spf.domain + ": none"
                                     : "SPF record of " + spf.domain + ": " + spf.record);
    for (const auto& step : spf.steps) {
        std::string line = "  " + step.term + (step.domain != spf.domain ? " (in " + step.domain + ")" : "") + ": " +
                           (step.matched ? "match" : "no match");
        if (!step.note.empty()) line += ", " + step.note;
        line += " [DNS lookups " + std::to_string(step.lookupsSoFar) + "/10]";
        out.push_back(std::move(line));
    }
    out.push_back("SPF result: " + std::string(spfResultName(spf.result)) +
                  (spf.reason.empty() ? "" : " (" + spf.reason + ")"));
}

void dkimSteps(const std::vector<DkimCheck>& dkim, std::vector<std::string>& out)
{
    for (const auto& d : dkim) {
        if (d.result == DkimResult::None) {
            out.push_back("DKIM: the letter carries no signature (none)");
            continue;
        }
        out.push_back("DKIM signature d=" + d.domain + " s=" + d.selector + ": " + dkimResultName(d.result) +
                      (d.reason.empty() ? "" : " (" + d.reason + ")"));
    }
}

// `spfDomain`: the domain SPF checked (MAIL FROM's, or the HELO name for <>), empty for <>
// without one.
void dmarcSteps(const DmarcCheck& d, const std::string& spfDomain, const SpfCheck& spf,
                const std::vector<DkimCheck>& dkim, std::vector<std::string>& out)
{
    out.push_back("DMARC: the From: domain is " + d.fromDomain);
    if (d.result == DmarcResult::None) {
        out.push_back("DMARC record: none" + (d.reason.empty() ? std::string() : " (" + d.reason + ")"));
        return;
    }
    out.push_back("DMARC record of " + d.policyDomain + ": " + d.record);
    // Each identifier's alignment in the record's own mode: aspf=s and adkim=s want the same
    // name. An identifier counts only when its check passed as well (§4.2).
    const auto parsed = parseDmarcRecord(d.record);
    const auto* record = std::get_if<DmarcRecord>(&parsed);
    const bool strictDkim = record && record->strictDkim;
    const bool sameSpfDomain = !spfDomain.empty() && domainsAlign(spfDomain, d.fromDomain, record && record->strictSpf);
    out.push_back("  Alignment, SPF: MAIL FROM " + (spfDomain.empty() ? std::string("<>") : spfDomain) + " with From: " +
                  d.fromDomain + ", spf=" + spfResultName(spf.result) + ": " +
                  (d.spfAligned      ? "aligned"
                   : sameSpfDomain ? "aligned, but SPF did not pass: no"
                                   : "not aligned"));
    for (const auto& k : dkim)
        if (k.result != DkimResult::None)
            out.push_back("  Alignment, DKIM: d=" + k.domain + " with From: " + d.fromDomain + ", dkim=" +
                          dkimResultName(k.result) + ": " +
                          (k.result == DkimResult::Pass && domainsAlign(k.domain, d.fromDomain, strictDkim) ? "passed"
                                                                                                       : "no"));
    std::string line = "DMARC result: " + std::string(dmarcResultName(d.result));
    if (d.result == DmarcResult::Fail) {
        line += "; the domain asks: " + std::string(dmarcPolicyName(d.policy));
        if (d.sampledOut) line += ", but this letter is outside pct, so: " + std::string(dmarcPolicyName(d.applied));
    }
    if (!d.reason.empty()) line += " (" + d.reason + ")";
    out.push_back(std::move(line));
}

void decide(ReceiverChecks& c, const LetterToCheck& l)
{
    // SPF's temporary error: the sender should try again (RFC 7208 §8.6, 451 4.4.3).
    if (c.spf.result == SpfResult::TempError) {
        c.action = AuthAction::Defer;
        c.code = 451;
        c.enhanced = "4.4.3";
        c.text = "Temporary lookup failure (SPF temperror)";
    } else if (c.spf.result == SpfResult::Fail && l.rejectSpfFail) {
        c.action = AuthAction::Reject;  // RFC 7208 §8.4, the code of RFC 7372 §3.2
        c.code = 550;
        c.enhanced = "5.7.23";
        c.text = "Message rejected due to: SPF fail - not authorized";
    } else if (c.dmarc.result == DmarcResult::Fail && c.dmarc.applied == DmarcPolicy::Reject) {
        c.action = AuthAction::Reject;  // RFC 7489 §6.6.4, the code of RFC 7372 §3.1
        c.code = 550;
        c.enhanced = "5.7.26";
        c.text = "Unauthenticated email from " + c.dmarc.fromDomain + " is not accepted due to domain's DMARC policy";
    } else if (c.dmarc.result == DmarcResult::Fail && c.dmarc.applied == DmarcPolicy::Quarantine) {
        c.action = AuthAction::Junk;  // RFC 7489 §6.3: "treat ... as suspicious": the Junk folder
    }
    switch (c.action) {
    case AuthAction::Deliver: c.steps.push_back("The server takes the letter and writes what it found on top"); break;
    case AuthAction::Junk: c.steps.push_back("The server takes the letter and files it in the Junk folder"); break;
    case AuthAction::Reject:
    case AuthAction::Defer:
        c.steps.push_back("The server answers " + std::to_string(c.code) + " " + c.enhanced + " " + c.text);
        break;
    }
}

} // namespace

std::string fromDomain(const std::string& headerFrom)
{
    const auto open = headerFrom.rfind('<');
    const auto close = headerFrom.rfind('>');
    if (open != std::string::npos && close != std::string::npos && close > open)
        return domainOf(headerFrom.substr(open + 1, close - open - 1));
    return domainOf(headerFrom);
}

ReceiverChecks checkLetter(const DnsZone& dns, const LetterToCheck& l)
{
    ReceiverChecks c;
    for (const auto& forged : l.removedForgeries)
        c.steps.push_back("Removed a forged Authentication-Results carrying this server's name (RFC 8601 §5): " + forged);
    c.spf = checkSpf(dns, l.clientIp, l.mailFrom, l.helo);
    spfSteps(c.spf, l, c.steps);
    c.dkim = dkimVerify(dns, l.headers, l.body);
    dkimSteps(c.dkim, c.steps);

    const std::string spfDomain = c.spf.identity == "helo" ? l.helo : domainOf(l.mailFrom);
    std::vector<AuthOutcome> dkimOutcomes;
    for (const auto& d : c.dkim)
        if (d.result != DkimResult::None) dkimOutcomes.push_back({dkimResultName(d.result), d.domain});
    const std::string from = fromDomain(l.headerFrom);
    c.dmarc = checkDmarc(dns, from, {spfResultName(c.spf.result), spfDomain}, dkimOutcomes, l.pctDraw);
    dmarcSteps(c.dmarc, spfDomain, c.spf, c.dkim, c.steps);

    AuthResultsInput in;
    in.authservId = l.authservId;
    in.spfResult = spfResultName(c.spf.result);
    in.spfIsHelo = c.spf.identity == "helo";
    in.spfMailFrom = in.spfIsHelo ? l.helo : spfDomain;
    for (const auto& d : c.dkim) in.dkim.emplace_back(dkimResultName(d.result), d.domain, d.selector);
    in.dmarcResult = dmarcResultName(c.dmarc.result);
    in.headerFrom = from;
    c.authenticationResults = authenticationResultsValue(in);
    decide(c, l);
    return c;
}

AuthResult authResultOf(SpfResult r)
{
    switch (r) {
    case SpfResult::None: return AuthResult::None;
    case SpfResult::Neutral: return AuthResult::Neutral;
    case SpfResult::Pass: return AuthResult::Pass;
    case SpfResult::Fail: return AuthResult::Fail;
    case SpfResult::SoftFail: return AuthResult::SoftFail;
    case SpfResult::TempError: return AuthResult::TempError;
    case SpfResult::PermError: return AuthResult::PermError;
    }
    return AuthResult::None;
}

AuthResult authResultOf(DkimResult r)
{
    switch (r) {
    case DkimResult::None: return AuthResult::None;
    case DkimResult::Pass: return AuthResult::Pass;
    case DkimResult::Fail: return AuthResult::Fail;
    case DkimResult::Policy: return AuthResult::Policy;
    case DkimResult::Neutral: return AuthResult::Neutral;
    case DkimResult::TempError: return AuthResult::TempError;
    case DkimResult::PermError: return AuthResult::PermError;
    }
    return AuthResult::None;
}

AuthResult authResultOf(DmarcResult r)
{
    switch (r) {
    case DmarcResult::None: return AuthResult::None;
    case DmarcResult::Pass: return AuthResult::Pass;
    case DmarcResult::Fail: return AuthResult::Fail;
    case DmarcResult::TempError: return AuthResult::TempError;
    case DmarcResult::PermError: return AuthResult::PermError;
    }
    return AuthResult::None;
}

AuthResult overallDkim(const std::vector<DkimCheck>& checks)
{
    for (const auto& c : checks)
        if (c.result == DkimResult::Pass) return AuthResult::Pass;
    return checks.empty() ? AuthResult::None : authResultOf(checks.front().result);
}

} // namespace postie
