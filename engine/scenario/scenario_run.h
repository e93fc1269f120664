#pragma once
// One run of a scenario: builds the world from a validated spec and runs it. This is the
// facade the CLI and the app drive.
#include "mail/world.h"
#include "scenario/scenario_spec.h"

#include <functional>
#include <memory>
#include <optional>

namespace postie {

class MailSource;
class IncidentBoard;

class ScenarioRun {
public:
    // Without `until`, a run stops once the world is quiet, and never later than this.
    static constexpr SimTime kQuietLimit = SimTime::fromSeconds(30 * 86400);

    explicit ScenarioRun(const ScenarioSpec& spec, std::optional<std::uint64_t> seed = std::nullopt);
    ~ScenarioRun();

    World& world() { return *m_world; }
    const World& world() const { return *m_world; }
    const ScenarioSpec& spec() const { return m_spec; }

    // Call after attaching trace sinks and before running.
    void start();
    // Runs to the end: up to `until` (or the file's), else until quiet. The progress callback,
    // if any, is called every few thousand events.
    void runToEnd(std::optional<SimTime> until = std::nullopt,
                  const std::function<void(const World&)>& progress = {});
    bool step() { return m_world->sim().step(); }
    bool finished() const { return m_finished; }

private:
    ScenarioSpec m_spec;
    std::unique_ptr<World> m_world;
    std::unique_ptr<MailSource> m_source;
    std::unique_ptr<IncidentBoard> m_incidents;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace postie
