#pragma once
// The pending-event set: a 4-ary min-heap of small plain entries ordered by
// (time, priority, insertion sequence), so equal-time events run in a documented, total order.
// The payload never lives in the heap: an entry names a target handler, a kind and an argument.
#include "sim/sim_time.h"

#include <cstddef>
#include <cstdint>
#include <new>
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

// (time, order) as one unsigned 128-bit number (the sign bit of time flipped so negative times
// still sort first): one compare-and-borrow, no branch. The heap turns these comparisons into
// index arithmetic, because a branch on random event times mispredicts half the time.
__extension__ typedef unsigned __int128 EventKey;
inline EventKey keyOf(const Event& e)
{
    return (EventKey(std::uint64_t(e.time.micros()) ^ (1ULL << 63)) << 64) | e.order;
}
inline bool comesBefore(const Event& a, const Event& b)
{
    return keyOf(a) < keyOf(b);
}

// Heap storage aligned to cache lines. With 32-byte entries and one unused slot in front, the
// four children of every node fill exactly two cache lines instead of straddling three: a
// third fewer L1 misses in the hold model at 100,000 pending events (cachegrind).
template <class T>
struct CacheLineAllocator {
    using value_type = T;
    static constexpr std::align_val_t kAlign{64};
    CacheLineAllocator() = default;
    template <class U>
    CacheLineAllocator(const CacheLineAllocator<U>&) {}
    T* allocate(std::size_t n) { return static_cast<T*>(::operator new(n * sizeof(T), kAlign)); }
    void deallocate(T* p, std::size_t) { ::operator delete(p, kAlign); }
    friend bool operator==(const CacheLineAllocator&, const CacheLineAllocator&) { return true; }
};

class EventQueue {
public:
    bool empty() const { return m_heap.size() == kRoot; }
    std::size_t size() const { return m_heap.size() - kRoot; }
    const Event& top() const { return m_heap[kRoot]; }
    void push(const Event& e)
    {
        m_heap.push_back(e);
        siftUp(m_heap.size() - 1);
    }
    Event pop();
    // Removes the earliest entry and inserts e in one pass: what a kernel does when the event
    // it is running schedules the next one (the common case), cheaper than pop() then push().
    void replaceTop(const Event& e) { sinkFromRoot(e); }

private:
    // Slot 0 is padding; the root is slot 1, the children of slot i are 4i-2 .. 4i+1 and the
    // parent of slot c is (c+2)/4.
    static constexpr std::size_t kRoot = 1;
    static std::size_t firstChild(std::size_t i) { return 4 * i - 2; }
    static std::size_t parentOf(std::size_t c) { return (c + 2) / 4; }
    void siftUp(std::size_t i);
    void sinkFromRoot(const Event& e);
    std::vector<Event, CacheLineAllocator<Event>> m_heap = std::vector<Event, CacheLineAllocator<Event>>(kRoot);
};

} // namespace postie
