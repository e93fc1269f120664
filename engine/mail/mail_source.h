#pragma once
// Where letters come from: single letters at set times and generators (Poisson arrivals,
// a burst to many, periodic letters, a daily profile; mail/letter_plan.h). Each fires as a
// kernel event and hands a new message to the client station of its writer. A generator
// keeps only its next arrival pending.
#include "mail/letter_plan.h"
#include "sim/random.h"
#include "sim/simulation.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace postie {

class World;
class ClientStation;

class MailSource : public EventHandler {
public:
    MailSource(World& world, std::vector<ScheduledLetter> letters, std::vector<GeneratorConfig> generators);
    void start();  // schedules the first events
    void handleEvent(const Event& event) override;

private:
    enum Kind : std::uint32_t { kLetter, kGenerate };
    void write(const ScheduledLetter& letter);
    void scheduleNext(std::size_t generator);
    std::optional<SimTime> nextDailyArrival(std::size_t generator, SimTime from);

    World& m_world;
    std::uint32_t m_handler;
    std::vector<ScheduledLetter> m_letters;
    std::vector<GeneratorConfig> m_generators;
    std::vector<RandomStream> m_rngs;
    std::vector<std::uint64_t> m_generated;
    std::unordered_map<std::string, ClientStation*> m_writers;  // by lower-case address
};

} // namespace postie
