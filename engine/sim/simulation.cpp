#include "sim/simulation.h"

#include <stdexcept>
#include <string>

namespace postie {

std::uint32_t Simulation::addHandler(EventHandler* handler)
{
    m_handlers.push_back(handler);
    return static_cast<std::uint32_t>(m_handlers.size() - 1);
}

EventId Simulation::schedule(SimTime at, std::uint32_t target, std::uint32_t kind, std::uint64_t arg,
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
    return EventId{seq};
}

void Simulation::deliverNow(std::uint32_t target, std::uint32_t kind, std::uint64_t arg)
{
    if (target >= m_handlers.size()) throw std::invalid_argument("event target is not a registered handler");
    m_handlers[target]->handleEvent(Event{m_now, 0, target, kind, arg});
}

bool Simulation::cancel(EventId id)
{
    if (!id.valid() || id.sequence >= m_nextSequence || m_cancelled.count(id.sequence)) return false;
    settle();  // the running event has run: it must not be found below
    // Cancelling is rare (timers): a scan keeps the heap entries small and needs no live-set.
    if (!m_queue.contains(id.sequence)) return false;  // already ran
    m_cancelled.insert(id.sequence);
    return true;
}

bool Simulation::skipCancelledTop()
{
    settle();
    while (!m_queue.empty()) {
        if (m_cancelled.empty()) return true;
        auto it = m_cancelled.find(m_queue.top().sequence());
        if (it == m_cancelled.end()) return true;
        m_cancelled.erase(it);
        m_queue.pop();
    }
    return false;
}

bool Simulation::step()
{
    if (!skipCancelledTop()) return false;
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
    while (skipCancelledTop() && m_queue.top().time <= until) {
        step();
        ++n;
    }
    if (until > m_now) m_now = until;
    return n;
}

std::uint64_t Simulation::runEvents(std::uint64_t count)
{
    std::uint64_t n = 0;
    while (n < count && step()) ++n;
    return n;
}

std::optional<SimTime> Simulation::peekNextTime()
{
    if (!skipCancelledTop()) return std::nullopt;
    return m_queue.top().time;
}

} // namespace postie
