#pragma once
// One run of a scenario: builds the world from a validated spec and runs it. This is the
// facade the CLI and the app drive.
#include "mail/world.h"
#include "scenario/scenario_spec.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

namespace postie {

class MailSource;
class IncidentBoard;

// Where a run's stepping stopped. Every reason but Batch means the run is over.
enum class RunStop {
    Batch,       // the batch of events is used up; the run goes on
    Until,       // the clock reached `until`; nothing after it is processed
    Quiet,       // without until: every letter has settled (or nothing is left to happen)
    QuietLimit,  // without until: the next event lies past kQuietLimit
};

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
    // The one stopping rule, in batches: processes at most `maxEvents` events and says whether
    // the run is over. With `until` (or the file's), every event up to it runs and the clock
    // ends at it; without, the run ends once the world is quiet, or before the first event
    // past kQuietLimit. Calls after the end process nothing and say the same again.
    RunStop advance(std::uint64_t maxEvents, std::optional<SimTime> until = std::nullopt);
    // advance() until the run is over. The progress callback, if any, is called every
    // kProgressEvery events.
    static constexpr std::uint64_t kProgressEvery = 1 << 14;
    void runToEnd(std::optional<SimTime> until = std::nullopt,
                  const std::function<void(const World&)>& progress = {});
    // Processes every event at or before `at` (not past the run's own end) and leaves the run
    // going on: the world as it stands at that moment, for a look at it (the mailboxes).
    void runThrough(SimTime at);
    bool finished() const { return m_finished.has_value(); }
    // Why the run ended; empty while it goes on.
    std::optional<RunStop> stoppedBy() const { return m_finished; }

private:
    ScenarioSpec m_spec;
    std::unique_ptr<World> m_world;
    std::unique_ptr<MailSource> m_source;
    std::unique_ptr<IncidentBoard> m_incidents;
    bool m_started = false;
    std::optional<RunStop> m_finished;
};

} // namespace postie
