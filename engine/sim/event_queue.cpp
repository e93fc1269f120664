#include "sim/event_queue.h"

namespace postie {

void EventQueue::push(const Event& e)
{
    m_heap.push_back(e);
    siftUp(m_heap.size() - 1);
}

Event EventQueue::pop()
{
    Event top = m_heap.front();
    m_heap.front() = m_heap.back();
    m_heap.pop_back();
    if (!m_heap.empty()) siftDown(0);
    return top;
}

bool EventQueue::contains(std::uint64_t sequence) const
{
    for (const Event& e : m_heap)
        if (e.sequence() == sequence) return true;
    return false;
}

void EventQueue::siftUp(std::size_t i)
{
    const Event moving = m_heap[i];
    while (i > 0) {
        const std::size_t parent = (i - 1) / 4;
        if (!comesBefore(moving, m_heap[parent])) break;
        m_heap[i] = m_heap[parent];
        i = parent;
    }
    m_heap[i] = moving;
}

void EventQueue::siftDown(std::size_t i)
{
    const std::size_t n = m_heap.size();
    const Event moving = m_heap[i];
    for (;;) {
        const std::size_t first = 4 * i + 1;
        if (first >= n) break;
        std::size_t best = first;
        const std::size_t last = first + 4 < n ? first + 4 : n;
        for (std::size_t c = first + 1; c < last; ++c)
            if (comesBefore(m_heap[c], m_heap[best])) best = c;
        if (!comesBefore(m_heap[best], moving)) break;
        m_heap[i] = m_heap[best];
        i = best;
    }
    m_heap[i] = moving;
}

} // namespace postie
