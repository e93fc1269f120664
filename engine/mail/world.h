#pragma once
// The email world of one run: the kernel, the stations and roads, the DNS, the shared
// machinery (SMTP sessions, trucks, DNS exchange) and the run's trace and statistics.
// An owned object: tests and the app may hold several.
#include "mail/dns_zone.h"
#include "mail/message.h"
#include "mail/road_network.h"
#include "mail/station.h"
#include "sim/simulation.h"
#include "trace/run_statistics.h"
#include "trace/trace_record.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace postie {

class SmtpSessionDriver;
class LetterTransit;
class DnsExchange;
class TraceSink;

class World {
public:
    World(std::uint64_t seed, std::optional<std::int64_t> startEpoch);
    ~World();
    World(const World&) = delete;
    World& operator=(const World&) = delete;

    Simulation& sim() { return m_sim; }
    const Simulation& sim() const { return m_sim; }
    SimTime now() const { return m_sim.now(); }
    std::uint64_t seed() const { return m_seed; }
    std::optional<std::int64_t> startEpoch() const { return m_startEpoch; }

    // Building. Roads and DNS go in after every station. A station is made as
    // T(world, index, id, config...): addStation<ClientStation>("alice", clientConfig).
    template <class T, class... Config>
    T& addStation(std::string id, const Config&... config)
    {
        auto owned = std::make_unique<T>(*this, std::uint32_t(m_stations.size()), std::move(id), config...);
        T& ref = *owned;
        adopt(std::move(owned));
        return ref;
    }
    void finishBuilding(const std::vector<DnsRecord>& dns);  // makes the road network
    RoadNetwork& roads() { return m_roads; }
    const DnsZone& dns() const { return m_dns; }

    Station* findStation(std::string_view id) const;
    Station& station(std::uint32_t index) const { return *m_stations[index]; }
    const std::vector<std::unique_ptr<Station>>& stations() const { return m_stations; }
    // The ids of the stations that keep a work queue, in scenario order.
    std::vector<std::string> queueStationIds() const;
    // The closest station of a kind by road latency, for defaults such as a resolver.
    Station* nearest(const Station& from, StationKind kind);

    SmtpSessionDriver& smtp() { return *m_smtp; }
    LetterTransit& transit() { return *m_transit; }
    DnsExchange& dnsExchange() { return *m_dnsExchange; }

    // Trace: a record is built only while someone listens, and only for the event types some
    // sink wants. begin() returns a blank record stamped with time, type and station, or
    // nullptr; commit() sends it to every sink that wants its type. An event nobody wants
    // still takes its place in the trace (its seq), so every sink sees the same numbering.
    void addSink(TraceSink* sink);
    // The sink hears nothing more; the others go on as before (same numbering).
    void removeSink(TraceSink* sink);
    bool tracing() const { return !m_sinks.empty(); }  // someone listens, perhaps to a few types only
    TraceRecord* begin(EventType type, const Station* at)
    {
        if (m_sinks.empty()) return nullptr;
        if (!m_wanted.contains(type)) {
            ++m_nextTraceSeq;
            return nullptr;
        }
        return startRecord(type, at);
    }
    void commit();

    // Messages and their outcomes (per recipient, as MTAs log them).
    MessagePtr createMessage();
    void announceCreated(const Message& message, const Station& at);
    void recordOutcome(const Message& message, const std::string& recipient, Outcome outcome,
                       const Station& at, const std::string& status = {});
    RunSummary summary() const;
    RunStatistics& stats() { return m_stats; }
    const RunStatistics& stats() const { return m_stats; }

    // How many letters a PO box remembers per user: older ones are forgotten (counts stay
    // right), so a long run keeps a bounded memory. A run whose mailboxes are looked at
    // (exported, served over IMAP) keeps every letter, as a real mailbox does.
    static constexpr std::size_t kKeepPerUser = 1000;
    std::size_t lettersKeptPerUser() const { return m_keptPerUser; }
    void keepEveryLetter() { m_keptPerUser = SIZE_MAX; }

    // Mail waiting in a mailbox for a reading client that has not fetched it yet.
    void unfetchedChanged(int delta) { m_unfetched += delta; }
    // A POP3 session that marked letters for deletion, until its QUIT removes them.
    void deletionsPending(int delta) { m_pendingDeletions += delta; }
    // Nothing left to happen for a viewer: every message has its outcome, no mail is still to
    // be written, every reading client has fetched what waits for it and every POP3 session
    // has said QUIT.
    bool quiet() const;
    void sourceScheduled() { ++m_pendingSources; }
    void sourceFired() { --m_pendingSources; }

    // Station and road state changes (incidents, or a user acting live).
    void setStationUp(Station& station, bool up);
    void setRoadUp(std::uint32_t road, bool up);

private:
    void adopt(std::unique_ptr<Station> station);
    TraceRecord* startRecord(EventType type, const Station* at);

    std::uint64_t m_seed;
    std::optional<std::int64_t> m_startEpoch;
    Simulation m_sim;
    std::vector<std::unique_ptr<Station>> m_stations;
    std::unordered_map<std::string, std::uint32_t> m_byId;
    RoadNetwork m_roads;
    DnsZone m_dns;
    std::unique_ptr<SmtpSessionDriver> m_smtp;
    std::unique_ptr<LetterTransit> m_transit;
    std::unique_ptr<DnsExchange> m_dnsExchange;

    struct Listener {
        TraceSink* sink;
        EventTypeSet wants;
    };
    std::vector<Listener> m_sinks;
    EventTypeSet m_wanted;  // what any sink wants
    TraceRecord m_record;
    std::uint64_t m_nextTraceSeq = 0;

    std::uint64_t m_nextMessage = 1;
    RunStatistics m_stats;
    std::int64_t m_unfetched = 0;
    std::size_t m_keptPerUser = kKeepPerUser;
    std::int64_t m_pendingDeletions = 0;
    std::int64_t m_pendingSources = 0;
};

} // namespace postie
