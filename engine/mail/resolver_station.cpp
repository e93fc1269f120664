#include "mail/resolver_station.h"

#include "mail/address.h"
#include "mail/dns_exchange.h"
#include "mail/world.h"

namespace postie {

ResolverStation::ResolverStation(World& world, std::uint32_t index, std::string id, const ResolverConfig& config)
    : Station(world, index, std::move(id), StationKind::Resolver), m_config(config)
{
}

void ResolverStation::handleEvent(const Event& e)
{
    DnsExchange& exchange = world().dnsExchange();
    DnsQuery* q = exchange.find(e.arg);
    if (!q) return;
    if (!up()) {  // a closed directory never answers: the asker times out
        exchange.unanswered(e.arg);
        return;
    }
    const auto key = std::make_pair(q->name, q->type);
    if (e.kind == kQueryArrives) {
        auto it = m_cache.find(key);
        if (it != m_cache.end() && it->second.expires > world().now()) {
            ++m_hits;
            exchange.answer(e.arg, it->second.answer, true, it->second.expires);
            return;
        }
        ++m_misses;
        world().sim().scheduleIn(m_config.lookup.draw(rng()), handler(), kLookupDone, e.arg);
        return;
    }
    DnsAnswer answer = world().dns().lookup(q->name, q->type);
    const SimTime expires = world().now() + answer.ttl;
    m_cache[key] = CacheEntry{answer, expires};
    exchange.answer(e.arg, std::move(answer), false, expires);
}

} // namespace postie
