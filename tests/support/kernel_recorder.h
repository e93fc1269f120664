#pragma once
// A kernel handler for the Simulation specs: records every event it handles, with the clock at
// that moment; an optional reaction lets a test schedule from inside the handler.
#include "sim/simulation.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace postie::testing {

inline SimTime us(std::int64_t v) { return SimTime::fromMicros(v); }

class Recorder : public EventHandler {
public:
    struct Seen {
        SimTime now;
        SimTime time;
        std::uint32_t kind;
        std::uint64_t arg;
        EventPriority priority;
    };

    explicit Recorder(Simulation& sim) : m_sim(sim) { id = sim.addHandler(this); }

    void handleEvent(const Event& e) override
    {
        seen.push_back({m_sim.now(), e.time, e.kind, e.arg, e.priority()});
        if (react) react(e);
    }

    std::vector<std::uint64_t> args() const
    {
        std::vector<std::uint64_t> out;
        for (const Seen& s : seen) out.push_back(s.arg);
        return out;
    }

    std::uint32_t id = 0;
    std::vector<Seen> seen;
    std::function<void(const Event&)> react;

private:
    Simulation& m_sim;
};

using Args = std::vector<std::uint64_t>;

// Runs at most n events; returns how many ran.
inline std::uint64_t runEvents(Simulation& sim, std::uint64_t n)
{
    std::uint64_t ran = 0;
    while (ran < n && sim.step()) ++ran;
    return ran;
}

} // namespace postie::testing
