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

void ScenarioRun::runToEnd(std::optional<SimTime> until, const std::function<void(const World&)>& progress)
{
    start();
    Simulation& sim = m_world->sim();
    const std::optional<SimTime> limit = until ? until : m_spec.until;
    constexpr std::uint64_t kChunk = 1 << 14;
    std::uint64_t n = 0;
    if (limit) {
        while (auto next = sim.peekNextTime()) {
            if (*next > *limit) break;
            sim.step();
            if (progress && ++n % kChunk == 0) progress(*m_world);
        }
        sim.runUntil(*limit);
    } else {
        while (!m_world->quiet()) {
            auto next = sim.peekNextTime();
            if (!next || *next > kQuietLimit) break;
            sim.step();
            if (progress && ++n % kChunk == 0) progress(*m_world);
        }
    }
    m_finished = true;
}

} // namespace postie
