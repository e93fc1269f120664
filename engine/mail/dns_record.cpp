#include "mail/dns_record.h"

namespace postie {

std::string describeRecord(const DnsRecord& r)
{
    if (r.type == DnsRecord::Type::MX)
        return r.name + " MX " + std::to_string(r.preference) + " " + (r.host.empty() ? "." : r.host);
    if (r.type == DnsRecord::Type::ServFail) return r.name + " SERVFAIL";
    if (r.type == DnsRecord::Type::TXT) return r.name + " TXT \"" + r.text + "\"";
    if (r.type == DnsRecord::Type::MtaStsPolicy) return "https://" + r.name + "/.well-known/mta-sts.txt";
    return r.name + " A " + r.address;
}

} // namespace postie
