#include "scenario/scenario_run.h"

#include "mail/incident_board.h"
#include "mail/mail_source.h"
#include "scenario/world_builder.h"

namespace postie {

ScenarioRun::ScenarioRun(const ScenarioSpec& spec, std::optional<std::uint64_t> seed) : m_spec(spec)
{
    m_world = buildWorld(spec, seed.value_or(spec.seed));
    m_source = std::make_unique<MailSource>(*m_world, scheduledLetters(spec), generatorConfigs(spec));
    m_incidents = std::make_unique<IncidentBoard>(*m_world, incidents(spec));
}

ScenarioRun::~ScenarioRun() = default;

void ScenarioRun::start()
{
    if (m_started) return;
    m_started = true;
    for (const auto& s : m_world->stations()) s->findPeers();
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

void ScenarioRun::runThrough(SimTime at)
{
    start();
    while (!finished()) {
        const auto next = m_world->sim().peekNextTime();
        if (!next || *next > at) return;
        advance(1);
    }
}

void ScenarioRun::runToEnd(std::optional<SimTime> until, const std::function<void(const World&)>& progress)
{
    while (advance(kProgressEvery, until) == RunStop::Batch)
        if (progress) progress(*m_world);
}

} // namespace postie
