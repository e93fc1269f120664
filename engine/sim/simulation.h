#pragma once
// The kernel: simulated clock, pending events and the run loop. An owned object, never a
// global, so tests and the app can hold several at once.
#include "sim/event_queue.h"
#include "sim/sim_time.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace postie {

class EventHandler {
public:
    virtual ~EventHandler() = default;
    virtual void handleEvent(const Event& event) = 0;
};

class Simulation {
public:
    // Returns the handler's index, used as an event's target.
    std::uint32_t addHandler(EventHandler* handler);

    // Refuses (std::invalid_argument) a time before now(): the past cannot change.
    // An event cannot be cancelled: a station that changes its mind ignores the event when it
    // comes (the stations' timers are few and short).
    void schedule(SimTime at, std::uint32_t target, std::uint32_t kind, std::uint64_t arg = 0,
                  EventPriority priority = EventPriority::Normal);
    void scheduleIn(SimTime delay, std::uint32_t target, std::uint32_t kind, std::uint64_t arg = 0,
                    EventPriority priority = EventPriority::Normal)
    {
        schedule(m_now + delay, target, kind, arg, priority);
    }
    // Hands (kind, arg) to a handler at once, at the current time, without a kernel event: for
    // a hand-over that happens at the very instant of the event being processed.
    void deliverNow(std::uint32_t target, std::uint32_t kind, std::uint64_t arg = 0);

    // Processes the next event; false when nothing is pending.
    bool step();
    // Processes every event with time <= until, then sets now() to until. Returns the count.
    std::uint64_t runUntil(SimTime until);
    std::optional<SimTime> peekNextTime();

    SimTime now() const { return m_now; }
    std::uint64_t eventsProcessed() const { return m_processed; }
    std::size_t pending() const { return m_queue.size() - (m_runningAtTop ? 1 : 0); }

private:
    bool anyPending();  // after settle()
    // The running event stays at the heap's top until its handler schedules the next event
    // (which then replaces it in one sift) or returns; settle() removes it if still there.
    void settle()
    {
        if (m_runningAtTop) {
            m_runningAtTop = false;
            m_queue.pop();
        }
    }

    SimTime m_now;
    std::uint64_t m_nextSequence = 1;
    std::uint64_t m_processed = 0;
    bool m_runningAtTop = false;
    EventQueue m_queue;
    std::vector<EventHandler*> m_handlers;
};

} // namespace postie
