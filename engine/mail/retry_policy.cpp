#include "mail/retry_policy.h"

#include <algorithm>

namespace postie {
namespace {
constexpr SimTime kHour = SimTime::fromSeconds(3600);
} // namespace

bool RetryPolicy::giveUp(SimTime now, SimTime queuedAt, const RetryState& state) const
{
    if (m_spec.profile == RetrySpec::Profile::Exim) {
        // Exim measures its cutoff from the first failure, or the message's age if larger.
        const SimTime failing = std::max(now - state.firstFailure, now - queuedAt);
        return failing > m_spec.giveUp;
    }
    return now - queuedAt >= m_spec.giveUp;
}

SimTime RetryPolicy::nextAttemptAt(SimTime now, SimTime queuedAt, RetryState& state) const
{
    const SimTime due = now + nextDelay(now, queuedAt, state);
    const std::int64_t scan = m_spec.queueScan.micros();
    if (scan <= 0) return due;
    // Scans run every queue_scan from the letter's arrival: the first scan at or after `due`.
    const std::int64_t waited = (due - queuedAt).micros();
    return queuedAt + SimTime::fromMicros((waited + scan - 1) / scan * scan);
}

SimTime RetryPolicy::nextDelay(SimTime now, SimTime queuedAt, RetryState& state) const
{
    if (!state.failedBefore) {
        state.failedBefore = true;
        state.firstFailure = now;
    }
    SimTime gap;
    if (m_spec.profile == RetrySpec::Profile::Exim) {
        const SimTime failing = now - state.firstFailure;
        // The rule F,2h,min; G,16h,1h,1.5; F,give_up,max: with the profile's own numbers
        // (15m, 6h, 4d) Exim's default rule F,2h,15m; G,16h,1h,1.5; F,4d,6h.
        if (failing <= kHour * 2) {
            gap = m_spec.minBackoff;
        } else if (failing <= kHour * 16) {
            gap = state.lastGap < kHour ? kHour
                                        : SimTime::fromMicros(state.lastGap.micros() / 2 * 3);
        } else {
            gap = m_spec.maxBackoff;
        }
    } else {
        gap = std::clamp(now - queuedAt, m_spec.minBackoff, m_spec.maxBackoff);
    }
    state.lastGap = gap;
    return gap;
}

} // namespace postie
