#pragma once
// The pending-event set: a 4-ary min-heap of small plain entries ordered by
// (time, priority, insertion sequence), so equal-time events run in a documented, total order.
// The payload never lives in the heap: an entry names a target handler, a kind and an argument.
#include "sim/sim_time.h"

#include <cstdint>
#include <vector>

namespace postie {

enum class EventPriority : std::uint8_t {
    Incident = 0,  // faults and repairs take effect before anything else at the same instant
    Normal = 1,
    Late = 2,      // bookkeeping that should see everything else at that instant first
};

struct Event {
    SimTime time;
    std::uint64_t order = 0;   // priority in the top 8 bits, insertion sequence below
    std::uint32_t target = 0;  // index of the handler
    std::uint32_t kind = 0;    // handler-defined
    std::uint64_t arg = 0;     // handler-defined, usually an index into the handler's own table

    std::uint64_t sequence() const { return order & ((1ULL << 56) - 1); }
    EventPriority priority() const { return EventPriority(order >> 56); }
};

inline bool comesBefore(const Event& a, const Event& b)
{
    return a.time < b.time || (a.time == b.time && a.order < b.order);
}

class EventQueue {
public:
    bool empty() const { return m_heap.empty(); }
    std::size_t size() const { return m_heap.size(); }
    const Event& top() const { return m_heap.front(); }
    void push(const Event& e);
    Event pop();
    void clear() { m_heap.clear(); }
    bool contains(std::uint64_t sequence) const;

private:
    void siftUp(std::size_t i);
    void siftDown(std::size_t i);
    std::vector<Event> m_heap;
};

} // namespace postie
