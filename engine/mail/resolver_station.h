#pragma once
// The postal-code directory: a caching DNS resolver. Answers come from the scenario's
// records; a cache miss costs the `lookup` time (the resolver asking the authoritative
// servers), a hit is answered at once. Positive answers are kept for their TTL, negative
// ones (NXDOMAIN, no data) for DnsZone::kNegativeTtl (RFC 2308 §5), a SERVFAIL for
// DnsZone::kServFailTtl (RFC 2308 §7.1).
#include "mail/dns_zone.h"
#include "mail/station.h"

#include <map>
#include <string>
#include <utility>

namespace postie {

class ResolverStation : public Station {
public:
    enum Kind : std::uint32_t { kQueryArrives, kLookupDone };

    ResolverStation(World& world, std::uint32_t index, std::string id, const ResolverConfig& config);
    void handleEvent(const Event& event) override;

    struct CacheEntry {
        DnsAnswer answer;
        SimTime expires;
    };
    // (name, type) -> entry; expired entries stay until asked again.
    const std::map<std::pair<std::string, DnsType>, CacheEntry>& cache() const { return m_cache; }
    std::uint64_t hits() const { return m_hits; }
    std::uint64_t misses() const { return m_misses; }

private:
    ResolverConfig m_config;
    std::map<std::pair<std::string, DnsType>, CacheEntry> m_cache;
    std::uint64_t m_hits = 0;
    std::uint64_t m_misses = 0;
};

} // namespace postie
