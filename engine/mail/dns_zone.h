#pragma once
// The scenario's whole DNS. A name in no record answers NXDOMAIN; a name with records but
// none of the asked type answers NOERROR with no data (so a domain with only an A record
// gets implicit-MX delivery, RFC 5321 §5.1); a name declared broken (type SERVFAIL) answers
// SERVFAIL to every question.
#include "mail/dns_record.h"
#include "sim/sim_time.h"
#include "trace/trace_words.h"  // DnsType, DnsRcode

#include <map>
#include <string>
#include <vector>

namespace postie {

struct DnsAnswer {
    DnsRcode rcode = DnsRcode::NoError;
    std::vector<DnsRecord> records;  // of the asked type
    SimTime ttl;                         // how long a resolver may keep this answer
};


class DnsZone {
public:
    // Negative answers are cached this long (RFC 2308 §5: "one to three hours work well").
    static constexpr SimTime kNegativeTtl = SimTime::fromSeconds(3600);
    // A SERVFAIL is kept 1 s, BIND's servfail-ttl default; RFC 2308 §7.1 allows at most
    // 5 minutes. So every retry asks the broken servers again.
    static constexpr SimTime kServFailTtl = SimTime::fromSeconds(1);

    explicit DnsZone(const std::vector<DnsRecord>& records = {});
    DnsAnswer lookup(const std::string& name, DnsType type) const;
    // The MTA-STS policy files (not DNS: no question answers them).
    const std::vector<DnsRecord>& policies() const { return m_policies; }

private:
    std::map<std::string, std::vector<DnsRecord>> m_byName;
    std::vector<DnsRecord> m_policies;
};

} // namespace postie
