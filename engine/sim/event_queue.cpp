#include "sim/event_queue.h"

namespace postie {

Event EventQueue::pop()
{
    const Event top = m_heap[kRoot];
    const Event last = m_heap.back();
    m_heap.pop_back();
    if (!empty()) sinkFromRoot(last);
    return top;
}

void EventQueue::siftUp(std::size_t i)
{
    Event* heap = m_heap.data();
    const Event moving = heap[i];
    while (i > kRoot) {
        const std::size_t up = parentOf(i);
        if (!comesBefore(moving, heap[up])) break;
        heap[i] = heap[up];
        i = up;
    }
    heap[i] = moving;
}

// Overwrites the root with e and restores the heap. Floyd's method: the hole left at the root
// first sinks all the way to a leaf along the earliest children (three comparisons per level,
// none against e), then e rises from there. The entry placed this way (the last leaf on pop,
// a fresh future event on replace) nearly always belongs near the bottom, so the rise is
// short and the descent saves a comparison on every level.
void EventQueue::sinkFromRoot(const Event& e)
{
    Event* heap = m_heap.data();
    const std::size_t n = m_heap.size();
    std::size_t hole = kRoot;
    for (;;) {
        const std::size_t first = firstChild(hole);
        if (first + 3 < n) {
            // Index arithmetic on the comparison results, so the compiler emits no branch.
            const std::size_t a = first + comesBefore(heap[first + 1], heap[first]);
            const std::size_t b = first + 2 + comesBefore(heap[first + 3], heap[first + 2]);
            const std::size_t best = a ^ ((a ^ b) & (std::size_t(0) - comesBefore(heap[b], heap[a])));
            heap[hole] = heap[best];
            hole = best;
        } else {
            if (first < n) {  // the one node with fewer than four children
                std::size_t best = first;
                for (std::size_t c = first + 1; c < n; ++c)
                    if (comesBefore(heap[c], heap[best])) best = c;
                heap[hole] = heap[best];
                hole = best;
            }
            break;
        }
    }
    while (hole > kRoot) {
        const std::size_t up = parentOf(hole);
        if (!comesBefore(e, heap[up])) break;
        heap[hole] = heap[up];
        hole = up;
    }
    heap[hole] = e;
}

} // namespace postie
