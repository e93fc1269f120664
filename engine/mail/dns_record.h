#pragma once
// One record of the town's DNS, as the zone serves it.
#include "sim/sim_time.h"

#include <string>

namespace postie {

struct DnsRecord {
    // ServFail is no record but a broken name: its authoritative servers fail, so every
    // question about it answers SERVFAIL (a temporary failure, RFC 5321 §5.1).
    // MtaStsPolicy is no DNS record either: the MTA-STS policy file a domain serves over HTTPS
    // (RFC 8461 §3.2), kept with the records because the sender finds it the same way, by name.
    enum class Type { MX, A, TXT, ServFail, MtaStsPolicy };
    std::string name;    // lower case, no trailing dot
    Type type = Type::A;
    int preference = 0;  // MX only
    std::string host;    // MX only; "." (stored as empty) is a null MX (RFC 7505)
    std::string address; // A only
    std::string text;    // TXT: the strings joined as one (RFC 7208 §3.3); MtaStsPolicy: the file's lines
    SimTime ttl = SimTime::fromSeconds(3600);
};

std::string describeRecord(const DnsRecord& record);  // "example.org MX 10 mx1.example.org"

} // namespace postie
