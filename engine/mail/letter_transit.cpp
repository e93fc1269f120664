#include "mail/letter_transit.h"

#include "mail/snooper.h"
#include "mail/world.h"

namespace postie {

LetterTransit::LetterTransit(World& world) : m_world(world), m_handler(world.sim().addHandler(this)) {}

void LetterTransit::send(const Message& message, RoutePtr route, std::uint32_t target, std::uint32_t kind,
                         std::uint64_t arg, std::optional<Seal> seal, bool tls)
{
    const std::uint32_t slot = m_trips.acquire();
    TruckTrip& t = m_trips[slot];
    t.messageNumber = message.number;
    t.route = std::move(route);
    t.leg = 0;
    t.target = target;
    t.kind = kind;
    t.arg = arg;
    t.seal = seal;
    t.seen = tls ? Seal::Envelope : seal.value_or(Seal::Postcard);
    t.readable.clear();
    if (seal)
        for (std::uint32_t node : t.route->nodes)
            if (m_world.station(node).kind() == StationKind::Snooper) {
                t.readable = readableLines(message, t.seen);
                break;
            }
    if (t.route->legs.empty()) {  // already there
        m_trips.release(slot);
        m_world.sim().schedule(m_world.now(), target, kind, arg);
        return;
    }
    depart(slot);
}

void LetterTransit::depart(std::uint32_t slot)
{
    TruckTrip& t = m_trips[slot];
    const SimTime arrive = m_world.now() + t.route->legs[t.leg];
    if (auto* r = m_world.begin(EventType::RoadDepart, &m_world.station(t.route->nodes[t.leg]))) {
        r->message = "m" + std::to_string(t.messageNumber);
        r->from = m_world.station(t.route->nodes[t.leg]).id();
        r->to = m_world.station(t.route->nodes[t.leg + 1]).id();
        r->arriveUs = arrive.micros();
        r->path = t.route->path;
        r->seal = t.seal;
        m_world.commit();
    }
    m_world.sim().schedule(arrive, m_handler, 0, slot);
}

void LetterTransit::handleEvent(const Event& e)
{
    const auto slot = std::uint32_t(e.arg);
    TruckTrip& t = m_trips[slot];
    const Station& reached = m_world.station(t.route->nodes[t.leg + 1]);
    if (auto* r = m_world.begin(EventType::RoadArrive, &reached)) {
        r->message = "m" + std::to_string(t.messageNumber);
        r->from = m_world.station(t.route->nodes[t.leg]).id();
        r->to = reached.id();
        r->departUs = (e.time - t.route->legs[t.leg]).micros();
        r->arriveUs = e.time.micros();
        m_world.commit();
    }
    ++t.leg;
    if (t.leg < t.route->legs.size() && reached.kind() == StationKind::Snooper && reached.up() && t.seal) {
        if (auto* r = m_world.begin(EventType::LetterRead, &reached)) {
            r->message = "m" + std::to_string(t.messageNumber);
            r->from = m_world.station(t.route->nodes.front()).id();
            r->to = m_world.station(t.route->nodes.back()).id();
            r->seal = t.seen;
            r->headers = t.readable;
            m_world.commit();
        }
    }
    if (t.leg < t.route->legs.size()) {
        depart(slot);
        return;
    }
    t.route.reset();
    m_trips.release(slot);
    m_world.sim().deliverNow(t.target, t.kind, t.arg);
}

} // namespace postie
