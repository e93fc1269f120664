#pragma once
// DNS queries on the road: a station asks its resolver (dns.query), the question crosses
// the road, the resolver answers from its cache or after a lookup (dns.answer), and the
// answer crosses back. A resolver that is down or out of reach never answers: the asker
// gives up after kQueryTimeout, a temporary failure (RFC 5321 §5.1, Postfix 4.4.3).
#include "mail/dns_zone.h"
#include "mail/road_network.h"
#include "sim/simulation.h"
#include "sim/slot_table.h"

#include <cstdint>
#include <string>
#include <vector>

namespace postie {

class World;
class Station;

struct DnsQuery {
    Station* asker = nullptr;
    Station* resolver = nullptr;
    std::string name;
    DnsType type = DnsType::MX;
    std::uint32_t replyHandler = 0;
    std::uint32_t replyKind = 0;
    std::uint64_t token = 0;  // the asker's own reference
    RoutePtr route;  // asker to resolver; null when none leads there
    SimTime oneWay() const { return route ? route->total : SimTime::zero(); }
    SimTime askedAt;
    bool answered = false;
    bool timedOut = false;
    bool cached = false;
    DnsAnswer answer;
    std::uint32_t generation = 0;  // events carry it, so a reused slot ignores stale ones
};

class DnsExchange : public EventHandler {
public:
    static constexpr SimTime kQueryTimeout = SimTime::fromSeconds(5);  // resolv.conf's default

    explicit DnsExchange(World& world);

    // Later the asker's handler gets event (replyKind, ticket); read it with find(ticket).
    // Tickets pack a slot and its generation into the event argument.
    std::uint64_t ask(Station& asker, Station* resolver, const std::string& name, DnsType type,
                      std::uint32_t replyHandler, std::uint32_t replyKind, std::uint64_t token);
    // nullptr for a ticket whose query was already released.
    DnsQuery* find(std::uint64_t ticket);
    // The asker is done with the query (when its reply event came).
    void release(std::uint64_t ticket);
    // What the asker learnt, and the query released: (timed out, answer).
    std::pair<bool, DnsAnswer> take(std::uint64_t ticket);
    // Called by the resolver: the answer leaves for the asker now. An answer that would come
    // back after the asker's timeout counts as none. `cacheExpires`: when the resolver's cache
    // entry holding this answer runs out (the trace tells viewers, so they need no TTL rules).
    void answer(std::uint64_t ticket, DnsAnswer answer, bool cached, SimTime cacheExpires);
    // Called by a resolver that is closed: the asker will time out.
    void unanswered(std::uint64_t ticket);

    void handleEvent(const Event& event) override;

private:
    enum Kind : std::uint32_t { kAnswerArrives, kTimeout };
    void scheduleTimeout(std::uint64_t ticket, const DnsQuery& q);

    World& m_world;
    std::uint32_t m_handler;
    SlotTable<DnsQuery> m_queries;
};

} // namespace postie
