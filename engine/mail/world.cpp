#include "mail/world.h"

#include "mail/address.h"

#include "mail/dns_exchange.h"
#include "mail/letter_transit.h"
#include "mail/smtp_session.h"
#include "mail/work_queue.h"
#include "trace/trace_sink.h"

namespace postie {

World::World(std::uint64_t seed, std::optional<std::int64_t> startEpoch)
    : m_seed(seed), m_startEpoch(startEpoch)
{
    m_smtp = std::make_unique<SmtpSessionDriver>(*this);
    m_transit = std::make_unique<LetterTransit>(*this);
    m_dnsExchange = std::make_unique<DnsExchange>(*this);
}

World::~World() = default;

void World::adopt(std::unique_ptr<Station> station)
{
    m_byId.emplace(station->id(), station->index());
    m_stations.push_back(std::move(station));
}

void World::finishBuilding(const std::vector<DnsRecord>& dns)
{
    std::vector<RoadNetwork::Node> nodes;
    nodes.reserve(m_stations.size());
    for (const auto& s : m_stations) nodes.push_back({s->id(), passesTrafficOn(s->kind())});
    m_roads = RoadNetwork(std::move(nodes));
    m_dns = DnsZone(dns);
    // A station's host name with an A record has that address: what SPF's ip4, a and mx terms
    // compare the connecting host with.
    for (const auto& s : m_stations) {
        const DnsAnswer a = m_dns.lookup(s->id(), DnsType::A);
        if (!a.records.empty()) s->setAddress(a.records.front().address);
    }
}

Station* World::findStation(std::string_view id) const
{
    auto it = m_byId.find(std::string(id));
    return it == m_byId.end() ? nullptr : m_stations[it->second].get();
}

std::vector<std::string> World::queueStationIds() const
{
    std::vector<std::string> ids;
    for (const auto& s : m_stations)
        if (s->workQueue()) ids.push_back(s->id());
    return ids;
}

Station* World::nearest(const Station& from, StationKind kind)
{
    Station* best = nullptr;
    SimTime bestTime = SimTime::max();
    for (const auto& s : m_stations) {
        if (s->kind() != kind) continue;
        RoutePtr r = m_roads.route(from.index(), s->index());
        if (r && r->total < bestTime) {
            best = s.get();
            bestTime = r->total;
        }
    }
    return best;
}

TraceRecord* World::startRecord(EventType type, const Station* at)
{
    m_record.clear();
    m_record.time = m_sim.now();
    m_record.seq = m_nextTraceSeq;
    m_record.type = type;
    if (at) m_record.station = at->id();
    return &m_record;
}

void World::addSink(TraceSink* sink)
{
    m_sinks.push_back({sink, sink->wants()});
    m_wanted = m_wanted | sink->wants();
}

void World::removeSink(TraceSink* sink)
{
    std::erase_if(m_sinks, [sink](const Listener& l) { return l.sink == sink; });
    m_wanted = EventTypeSet();
    for (const Listener& l : m_sinks) m_wanted = m_wanted | l.wants;
}

void World::commit()
{
    ++m_nextTraceSeq;
    for (const Listener& l : m_sinks)
        if (l.wants.contains(m_record.type)) l.sink->record(m_record);
}

MessagePtr World::createMessage()
{
    auto m = std::make_shared<Message>();
    m->number = m_nextMessage++;
    m->created = now();
    return m;
}

void World::announceCreated(const Message& m, const Station& at)
{
    m_stats.created += m.rcptTo.size();
    if (auto* r = begin(EventType::MessageCreated, &at)) {
        r->message = m.id();
        r->from = m.mailFrom.empty() ? "<>" : m.mailFrom;
        for (const auto& rcpt : m.rcptTo) r->to += (r->to.empty() ? "" : ", ") + rcpt;
        r->subject = m.subject;
        r->sizeBytes = std::int64_t(m.sizeBytes);
        if (m.isBounce) r->original = "m" + std::to_string(m.originalNumber);
        // A From: that is not the envelope sender (a forger's letter): the reader sees this one.
        if (!m.isBounce && toLower(m.headerFrom) != m.mailFrom) r->headers = {"From: " + m.headerFrom};
        // The lines the writer's program added itself: a forged check result among them.
        for (const auto& f : m.writerFields) r->headers.push_back(f.name + ": " + f.value);
        commit();
    }
}

void World::recordOutcome(const Message& m, const std::string& recipient, Outcome outcome, const Station& at,
                          const std::string& status)
{
    switch (outcome) {
    case Outcome::Delivered:
        ++m_stats.delivered;
        m_stats.addLatency(now() - m.created);
        break;
    case Outcome::Bounced: ++m_stats.bounced; break;
    case Outcome::Discarded: ++m_stats.discarded; break;
    case Outcome::Expired: ++m_stats.expired; break;
    }
    if (auto* r = begin(EventType::MessageFinal, &at)) {
        r->message = m.id();
        r->outcome = outcome;
        r->recipient = recipient;
        r->status = status;
        commit();
    }
}

RunSummary World::summary() const
{
    RunSummary s;
    s.seed = m_seed;
    s.simTimeUs = now().micros();
    s.events = m_sim.eventsProcessed();
    s.created = m_stats.created;
    s.delivered = m_stats.delivered;
    s.bounced = m_stats.bounced;
    s.discarded = m_stats.discarded;
    s.expired = m_stats.expired;
    s.inFlight = m_stats.inFlight();
    s.deferred = m_stats.deferred;
    s.latency = m_stats.latency();
    for (const auto& st : m_stations) {
        if (passesTrafficOn(st->kind())) continue;
        s.stations[st->id()] = st->workQueue() ? st->workQueue()->summary(now()) : StationSummary{};
    }
    return s;
}

bool World::quiet() const
{
    return m_stats.inFlight() == 0 && m_pendingSources <= 0 && m_unfetched <= 0 && m_pendingDeletions <= 0;
}

void World::setStationUp(Station& station, bool up)
{
    if (station.up() == up) return;
    station.setUp(up);
    m_roads.setStationUp(station.index(), up);
    if (begin(up ? EventType::StationUp : EventType::StationDown, &station)) commit();
}

void World::setRoadUp(std::uint32_t road, bool up)
{
    if (m_roads.roadUp(road) == up) return;
    m_roads.setRoadUp(road, up);
    if (auto* r = begin(up ? EventType::RoadUp : EventType::RoadDown, nullptr)) {
        const auto& rd = m_roads.roads()[road];
        r->from = m_stations[rd.a]->id();
        r->to = m_stations[rd.b]->id();
        commit();
    }
}

} // namespace postie
