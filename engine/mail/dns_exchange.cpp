#include "mail/dns_exchange.h"

#include "mail/resolver_station.h"
#include "mail/world.h"

namespace postie {

namespace {
std::uint64_t ticketOf(std::uint32_t slot, std::uint32_t generation) { return (std::uint64_t(generation) << 32) | slot; }
} // namespace

DnsExchange::DnsExchange(World& world) : m_world(world), m_handler(world.sim().addHandler(this)) {}

std::uint64_t DnsExchange::ask(Station& asker, Station* resolver, const std::string& name, DnsType type,
                               std::uint32_t replyHandler, std::uint32_t replyKind, std::uint64_t token)
{
    const std::uint32_t slot = m_queries.acquire();
    DnsQuery& q = m_queries[slot];
    const std::uint32_t generation = q.generation + 1;
    q = DnsQuery{};
    q.generation = generation;
    q.asker = &asker;
    q.resolver = resolver;
    q.name = name;
    q.type = type;
    q.replyHandler = replyHandler;
    q.replyKind = replyKind;
    q.token = token;
    q.askedAt = m_world.now();
    const std::uint64_t ticket = ticketOf(slot, generation);

    RoutePtr route = resolver ? m_world.roads().route(asker.index(), resolver->index()) : nullptr;
    if (auto* r = m_world.begin(EventType::DnsQuery, &asker)) {
        r->peer = resolver ? resolver->id() : "";
        r->name = name;
        r->qtype = type;
        if (route) {
            r->arriveUs = (m_world.now() + route->total).micros();
            r->path = route->path;
        }
        m_world.commit();
    }
    // The timeout is scheduled only when it will fire: no road, a closed resolver, or an
    // answer that would come too late. That keeps a healthy lookup at two kernel events.
    if (route && route->total < kQueryTimeout) {
        q.route = route;
        m_world.sim().scheduleIn(route->total, resolver->handler(), ResolverStation::kQueryArrives, ticket);
    } else {
        scheduleTimeout(ticket, q);
    }
    return ticket;
}

void DnsExchange::scheduleTimeout(std::uint64_t ticket, const DnsQuery& q)
{
    m_world.sim().schedule(q.askedAt + kQueryTimeout, m_handler, kTimeout, ticket);
}

void DnsExchange::unanswered(std::uint64_t ticket)
{
    if (DnsQuery* q = find(ticket)) scheduleTimeout(ticket, *q);
}

DnsQuery* DnsExchange::find(std::uint64_t ticket)
{
    const auto slot = std::uint32_t(ticket & 0xffffffffU);
    if (slot >= m_queries.size()) return nullptr;
    DnsQuery& q = m_queries[slot];
    if (q.generation != std::uint32_t(ticket >> 32) || q.asker == nullptr) return nullptr;
    return &q;
}

void DnsExchange::answer(std::uint64_t ticket, DnsAnswer answer, bool cached, SimTime cacheExpires)
{
    DnsQuery* q = find(ticket);
    if (!q) return;
    q->cached = cached;
    if (auto* r = m_world.begin(EventType::DnsAnswer, q->resolver)) {
        r->peer = q->asker->id();
        r->name = q->name;
        r->qtype = q->type;
        r->rcode = answer.rcode;
        for (const auto& rec : answer.records) r->records.push_back(describeRecord(rec));
        r->cached = cached;
        r->cacheExpiresUs = cacheExpires.micros();
        r->arriveUs = (m_world.now() + q->oneWay()).micros();
        if (q->route) r->path = q->route->pathBack;
        m_world.commit();
    }
    q->answer = std::move(answer);
    if (m_world.now() + q->oneWay() > q->askedAt + kQueryTimeout) scheduleTimeout(ticket, *q);
    else m_world.sim().scheduleIn(q->oneWay(), m_handler, kAnswerArrives, ticket);
}

void DnsExchange::handleEvent(const Event& e)
{
    DnsQuery* q = find(e.arg);
    if (!q || q->answered || q->timedOut) return;
    if (e.kind == kAnswerArrives) q->answered = true;
    else q->timedOut = true;
    m_world.sim().deliverNow(q->replyHandler, q->replyKind, e.arg);
}

void DnsExchange::release(std::uint64_t ticket)
{
    DnsQuery* q = find(ticket);
    if (!q) return;
    q->asker = nullptr;
    q->route.reset();
    m_queries.release(std::uint32_t(ticket & 0xffffffffU));
}

std::pair<bool, DnsAnswer> DnsExchange::take(std::uint64_t ticket)
{
    DnsQuery* q = find(ticket);
    if (!q) return {true, DnsAnswer{}};
    std::pair<bool, DnsAnswer> out{q->timedOut, std::move(q->answer)};
    release(ticket);
    return out;
}

} // namespace postie
