#include "trust/dmarc_report.h"

#include "mail/address.h"
#include "trace/trace_words.h"
#include "trust/receiver_checks.h"

#include <algorithm>
#include <utility>

namespace postie {
namespace {

std::string tag(const std::string& name, const std::string& value) { return "<" + name + ">" + value + "</" + name + ">"; }

// The XML's five special characters (a domain or address has none, but a report must not break).
std::string escaped(std::string_view s)
{
    std::string out;
    for (char c : s) {
        switch (c) {
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '&': out += "&amp;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        default: out += c;
        }
    }
    return out;
}

} // namespace

std::vector<std::string> ruaAddresses(std::string_view rua)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= rua.size()) {
        const auto comma = std::min(rua.find(',', start), rua.size());
        std::string uri(trimFws(rua.substr(start, comma - start)));
        if (const auto bang = uri.find('!'); bang != std::string::npos) uri.erase(bang);
        if (toLower(uri).starts_with("mailto:") && uri.size() > 7) out.push_back(uri.substr(7));
        start = comma + 1;
    }
    return out;
}

void DmarcReportBook::note(const DmarcCheck& dmarc, const SpfCheck& spf, const std::vector<DkimCheck>& dkim,
                           const std::string& sourceIp)
{
    if (dmarc.record.empty()) return;
    const auto parsed = parseDmarcRecord(dmarc.record);
    const auto* record = std::get_if<DmarcRecord>(&parsed);
    if (!record) return;
    const auto rua = ruaAddresses(record->rua);
    if (rua.empty()) return;

    auto agg = std::find_if(m_aggregates.begin(), m_aggregates.end(),
                            [&](const DmarcAggregate& a) { return a.domain == dmarc.policyDomain; });
    if (agg == m_aggregates.end()) {
        m_aggregates.push_back({dmarc.policyDomain, *record, rua, {}});
        agg = std::prev(m_aggregates.end());
    }
    DmarcReportRow::Letters seen;
    seen.sourceIp = sourceIp;
    seen.headerFrom = dmarc.fromDomain;
    seen.disposition = dmarc.applied;
    seen.dkimAligned = dmarc.dkimAligned;
    seen.spfAligned = dmarc.spfAligned;
    if (!dkim.empty() && dkim.front().result != DkimResult::None) {
        seen.dkimDomain = dkim.front().domain;
        seen.dkimResult = authResultName(authResultOf(dkim.front().result));
    }
    seen.spfDomain = spf.domain;
    seen.spfResult = authResultName(authResultOf(spf.result));
    for (auto& row : agg->rows) {
        if (row.letters == seen) {
            ++row.count;
            return;
        }
    }
    agg->rows.push_back({std::move(seen), 1});
}

std::vector<DmarcAggregate> DmarcReportBook::take() { return std::exchange(m_aggregates, {}); }

std::string aggregateReportXml(const DmarcAggregate& report, const ReportMetadata& meta)
{
    const DmarcRecord& p = report.published;
    std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feedback>\n";
    x += "  <report_metadata>" + tag("org_name", escaped(meta.orgName)) + tag("email", escaped(meta.email)) +
         tag("report_id", escaped(meta.reportId)) + "<date_range>" + tag("begin", std::to_string(meta.beginEpoch)) +
         tag("end", std::to_string(meta.endEpoch)) + "</date_range></report_metadata>\n";
    x += "  <policy_published>" + tag("domain", escaped(report.domain)) + tag("adkim", p.strictDkim ? "s" : "r") +
         tag("aspf", p.strictSpf ? "s" : "r") + tag("p", dmarcPolicyName(p.p)) + tag("sp", dmarcPolicyName(p.sp.value_or(p.p))) +
         tag("pct", std::to_string(p.pct)) + "</policy_published>\n";
    for (const auto& r : report.rows) {
        const DmarcReportRow::Letters& l = r.letters;
        x += "  <record><row>" + tag("source_ip", escaped(l.sourceIp)) + tag("count", std::to_string(r.count)) +
             "<policy_evaluated>" + tag("disposition", dmarcPolicyName(l.disposition)) +
             tag("dkim", l.dkimAligned ? "pass" : "fail") + tag("spf", l.spfAligned ? "pass" : "fail") +
             "</policy_evaluated></row>";
        x += "<identifiers>" + tag("header_from", escaped(l.headerFrom)) + "</identifiers><auth_results>";
        if (!l.dkimDomain.empty())
            x += "<dkim>" + tag("domain", escaped(l.dkimDomain)) + tag("result", l.dkimResult) + "</dkim>";
        x += "<spf>" + tag("domain", escaped(l.spfDomain)) + tag("result", l.spfResult) + "</spf></auth_results></record>\n";
    }
    x += "</feedback>\n";
    return x;
}

std::string aggregateReportSubject(const std::string& domain, const std::string& submitter, const std::string& reportId)
{
    return "Report Domain: " + domain + " Submitter: " + submitter + " Report-ID: <" + reportId + ">";
}

} // namespace postie
