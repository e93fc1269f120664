#pragma once
// Simulated time: a strong type over integer microseconds. Never floating point inside the
// engine; seconds as double only at the edges (trace export, charts).
// <limits> before <compare>: Qt's moc, which reads the app's headers and so this one, fails
// to parse <compare> (its <concepts>) when it comes first.
#include <limits>
#include <compare>
#include <cstdint>

namespace postie {

class SimTime {
public:
    constexpr SimTime() = default;

    static constexpr SimTime fromMicros(std::int64_t us) { return SimTime(us); }
    static constexpr SimTime fromMillis(std::int64_t ms) { return SimTime(ms * 1000); }
    static constexpr SimTime fromSeconds(std::int64_t s) { return SimTime(s * 1000000); }
    static constexpr SimTime zero() { return SimTime(0); }
    static constexpr SimTime max() { return SimTime(std::numeric_limits<std::int64_t>::max()); }

    constexpr std::int64_t micros() const { return m_us; }
    constexpr double seconds() const { return static_cast<double>(m_us) / 1e6; }

    constexpr auto operator<=>(const SimTime&) const = default;
    constexpr SimTime operator+(SimTime o) const { return SimTime(m_us + o.m_us); }
    constexpr SimTime operator-(SimTime o) const { return SimTime(m_us - o.m_us); }
    constexpr SimTime& operator+=(SimTime o) { m_us += o.m_us; return *this; }
    constexpr SimTime operator*(std::int64_t k) const { return SimTime(m_us * k); }

private:
    constexpr explicit SimTime(std::int64_t us) : m_us(us) {}
    std::int64_t m_us = 0;
};

} // namespace postie
