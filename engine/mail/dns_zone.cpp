#include "mail/dns_zone.h"

#include "mail/address.h"

#include <algorithm>

namespace postie {

DnsZone::DnsZone(const std::vector<DnsRecord>& records)
{
    for (const auto& r : records) {
        if (r.type == DnsRecord::Type::MtaStsPolicy) m_policies.push_back(r);
        else m_byName[toLower(r.name)].push_back(r);
    }
}

DnsAnswer DnsZone::lookup(const std::string& name, DnsType type) const
{
    DnsAnswer answer;
    auto it = m_byName.find(name);
    if (it == m_byName.end()) it = m_byName.find(toLower(name));  // names are mostly lower case already
    if (it == m_byName.end()) {
        answer.rcode = DnsRcode::NxDomain;
        answer.ttl = kNegativeTtl;
        return answer;
    }
    if (it->second.front().type == DnsRecord::Type::ServFail) {  // the loader keeps it the only entry
        answer.rcode = DnsRcode::ServFail;
        answer.ttl = kServFailTtl;
        return answer;
    }
    const auto want = type == DnsType::MX    ? DnsRecord::Type::MX
                      : type == DnsType::TXT ? DnsRecord::Type::TXT
                                             : DnsRecord::Type::A;
    SimTime ttl = SimTime::max();
    for (const auto& r : it->second) {
        if (r.type != want) continue;
        answer.records.push_back(r);
        ttl = std::min(ttl, r.ttl);
    }
    answer.ttl = answer.records.empty() ? kNegativeTtl : ttl;
    return answer;
}

} // namespace postie
