#include "sim/simulation.h"

#include <stdexcept>
#include <string>

namespace postie {

std::uint32_t Simulation::addHandler(EventHandler* handler)
{
    m_handlers.push_back(handler);
    return static_cast<std::uint32_t>(m_handlers.size() - 1);
}

void Simulation::schedule(SimTime at, std::uint32_t target, std::uint32_t kind, std::uint64_t arg,
                          EventPriority priority)
{
    if (at < m_now)
        throw std::invalid_argument("cannot schedule an event at " + std::to_string(at.micros()) +
                                    "us, before the current time " + std::to_string(m_now.micros()) + "us");
    if (target >= m_handlers.size()) throw std::invalid_argument("event target is not a registered handler");
    const std::uint64_t seq = m_nextSequence++;
    const Event e{at, (std::uint64_t(priority) << 56) | seq, target, kind, arg};
    if (m_runningAtTop) {
        m_runningAtTop = false;
        m_queue.replaceTop(e);
    } else {
        m_queue.push(e);
    }
}

void Simulation::deliverNow(std::uint32_t target, std::uint32_t kind, std::uint64_t arg)
{
    if (target >= m_handlers.size()) throw std::invalid_argument("event target is not a registered handler");
    m_handlers[target]->handleEvent(Event{m_now, 0, target, kind, arg});
}

bool Simulation::anyPending()
{
    settle();
    return !m_queue.empty();
}

bool Simulation::step()
{
    if (!anyPending()) return false;
    const Event e = m_queue.top();  // a copy: the handler may overwrite the top
    m_now = e.time;
    ++m_processed;
    m_runningAtTop = true;
    struct Settle {
        Simulation& sim;
        ~Settle() { sim.settle(); }  // also when the handler throws
    } settleAfterwards{*this};
    m_handlers[e.target]->handleEvent(e);
    return true;
}

std::uint64_t Simulation::runUntil(SimTime until)
{
    std::uint64_t n = 0;
    while (anyPending() && m_queue.top().time <= until) {
        step();
        ++n;
    }
    if (until > m_now) m_now = until;
    return n;
}

std::optional<SimTime> Simulation::peekNextTime()
{
    if (!anyPending()) return std::nullopt;
    return m_queue.top().time;
}

} // namespace postie
