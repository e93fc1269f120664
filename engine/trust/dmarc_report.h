#pragma once
// DMARC aggregate reports (RFC 7489 §7.2): a receiver counts what its checks found for each
// From: domain that asks for reports (rua=mailto:...), and once a day sends the domain a letter
// with the counts: which hosts sent in its name, how many letters, and what became of them.
// Real reports are gzip-compressed XML attachments; here the XML is the letter's text.
#include "trust/dmarc.h"
#include "trust/dkim.h"
#include "trust/spf.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace postie {

// One row of a report: how many letters were alike in every reported respect (Appendix C,
// RecordType).
struct DmarcReportRow {
    struct Letters {
        std::string sourceIp;
        std::string headerFrom;
        DmarcPolicy disposition = DmarcPolicy::None;  // what the receiver did (policy_evaluated)
        bool dkimAligned = false;
        bool spfAligned = false;
        std::string dkimDomain;  // auth_results: the first signature's d= and its result
        std::string dkimResult = "none";
        std::string spfDomain;
        std::string spfResult = "none";
        bool operator==(const Letters&) const = default;
    };
    Letters letters;
    std::uint64_t count = 0;
};

struct DmarcAggregate {
    std::string domain;             // the policy domain
    DmarcRecord published;          // policy_published
    std::vector<std::string> rua;   // the addresses the report goes to
    std::vector<DmarcReportRow> rows;
};

// "mailto:a@b.test, mailto:c@d.test!10m" -> {"a@b.test", "c@d.test"} (§6.2: a size limit may
// follow "!"; only mailto: URIs are sent to, §7.1).
std::vector<std::string> ruaAddresses(std::string_view rua);

class DmarcReportBook {
public:
    // Counts one checked letter; letters of domains without a DMARC record, or without rua, are
    // not reported.
    void note(const DmarcCheck& dmarc, const SpfCheck& spf, const std::vector<DkimCheck>& dkim,
              const std::string& sourceIp);
    bool empty() const { return m_aggregates.empty(); }
    std::vector<DmarcAggregate> take();  // every domain's report so far, and starts afresh

private:
    std::vector<DmarcAggregate> m_aggregates;
};

struct ReportMetadata {
    std::string orgName;   // the reporting receiver
    std::string email;     // its report address
    std::string reportId;
    std::int64_t beginEpoch = 0;  // the day the report covers, in seconds since 1970 (UTC)
    std::int64_t endEpoch = 0;
};

// The report as RFC 7489 Appendix C writes it: <feedback> with report_metadata,
// policy_published and one <record> per row.
std::string aggregateReportXml(const DmarcAggregate& report, const ReportMetadata& meta);
// §7.2.1.1: "Report Domain: bank.test Submitter: mx.school.test Report-ID: <...>"
std::string aggregateReportSubject(const std::string& domain, const std::string& submitter, const std::string& reportId);

} // namespace postie
