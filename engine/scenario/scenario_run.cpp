#include "scenario/scenario_run.h"

#include "mail/client_station.h"
#include "mail/incident_board.h"
#include "mail/mail_server.h"
#include "mail/mail_source.h"
#include "mail/mailbox_store.h"
#include "mail/resolver_station.h"

namespace postie {

ScenarioRun::ScenarioRun(const ScenarioSpec& spec, std::optional<std::uint64_t> seed) : m_spec(spec)
{
    m_world = std::make_unique<World>(seed.value_or(spec.seed), spec.startEpochSeconds);
    World& w = *m_world;
    for (const auto& s : spec.stations) {
        switch (s.kind) {
        case StationKind::Client: w.addStation<ClientStation>(s); break;
        case StationKind::Outgoing: w.addStation<OutgoingServer>(s); break;
        case StationKind::Resolver: w.addStation<ResolverStation>(s); break;
        case StationKind::Incoming: w.addStation<IncomingServer>(s); break;
        case StationKind::Mailbox: w.addStation<MailboxStore>(s); break;
        case StationKind::Router: w.addStation<Station>(s); break;
        }
    }
    w.finishBuilding(spec.dns);
    for (const auto& r : spec.roads) {
        Station* a = w.findStation(r.a);
        Station* b = w.findStation(r.b);
        if (a && b) w.roads().addRoad(a->index(), b->index(), r.latency);
    }
    m_source = std::make_unique<MailSource>(w, spec.letters, spec.generators);
    m_incidents = std::make_unique<IncidentBoard>(w, spec.incidents);
}

ScenarioRun::~ScenarioRun() = default;

void ScenarioRun::start()
{
    if (m_started) return;
    m_started = true;
    for (const auto& s : m_world->stations()) s->connect();
    m_incidents->start();
    m_source->start();
}

RunStop ScenarioRun::advance(std::uint64_t maxEvents, std::optional<SimTime> until)
{
    start();
    if (m_finished) return *m_finished;
    Simulation& sim = m_world->sim();
    const std::optional<SimTime> limit = until ? until : m_spec.until;
    for (std::uint64_t n = 0; n < maxEvents; ++n) {
        if (!limit && m_world->quiet()) return *(m_finished = RunStop::Quiet);
        const auto next = sim.peekNextTime();
        if (limit && (!next || *next > *limit)) {
            sim.runUntil(*limit);  // moves the clock to `until`
            return *(m_finished = RunStop::Until);
        }
        if (!next) return *(m_finished = RunStop::Quiet);
        if (!limit && *next > kQuietLimit) return *(m_finished = RunStop::QuietLimit);
        sim.step();
    }
    return RunStop::Batch;
}

void ScenarioRun::runToEnd(std::optional<SimTime> until, const std::function<void(const World&)>& progress)
{
    while (advance(kProgressEvery, until) == RunStop::Batch)
        if (progress) progress(*m_world);
}

} // namespace postie
