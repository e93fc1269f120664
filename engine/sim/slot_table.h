#pragma once
// A table of reusable slots addressed by a small index, for things that live a while and are
// named in event arguments (sessions, deliveries, trucks, DNS questions). A deque keeps
// references valid while the table grows, even from inside a handler that adds a slot.
#include <cstdint>
#include <deque>
#include <vector>

namespace postie {

template <class T>
class SlotTable {
public:
    // A free slot; the caller fills it. A reused slot still holds what was left in it.
    std::uint32_t acquire()
    {
        if (!m_free.empty()) {
            const std::uint32_t i = m_free.back();
            m_free.pop_back();
            return i;
        }
        m_items.emplace_back();
        return std::uint32_t(m_items.size() - 1);
    }
    void release(std::uint32_t i) { m_free.push_back(i); }

    T& operator[](std::uint32_t i) { return m_items[i]; }
    const T& operator[](std::uint32_t i) const { return m_items[i]; }
    std::size_t size() const { return m_items.size(); }  // slots ever made
    std::size_t inUse() const { return m_items.size() - m_free.size(); }

private:
    std::deque<T> m_items;
    std::vector<std::uint32_t> m_free;
};

} // namespace postie
