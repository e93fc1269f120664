#include "mail/retry_policy.h"

#include <algorithm>

namespace postie {
namespace {
constexpr SimTime kHour = SimTime::fromSeconds(3600);
} // namespace

RetryConfig retryProfile(RetryConfig::Profile profile)
{
    RetryConfig s;  // Postfix's numbers; custom starts from them too
    s.profile = profile;
    switch (profile) {
    case RetryConfig::Profile::Postfix:
    case RetryConfig::Profile::Custom: break;
    case RetryConfig::Profile::Exim:
        // Exim's default retry rule F,2h,15m; G,16h,1h,1.5; F,4d,6h; its queue runner is a
        // daemon option, so no scans.
        s.minBackoff = SimTime::fromSeconds(15 * 60);
        s.maxBackoff = SimTime::fromSeconds(6 * 3600);
        s.giveUp = SimTime::fromSeconds(4 * 86400);
        s.connectTimeout = SimTime::fromSeconds(5 * 60);
        s.queueScan = SimTime::zero();
        break;
    case RetryConfig::Profile::Rfc:
        // RFC 5321 §4.5.4.1: at least 30 minutes apart, give up after 4-5 days; §4.5.3.2.1:
        // 5 minutes for the initial 220.
        s.minBackoff = SimTime::fromSeconds(30 * 60);
        s.maxBackoff = SimTime::fromSeconds(30 * 60);
        s.giveUp = SimTime::fromSeconds(4 * 86400);
        s.connectTimeout = SimTime::fromSeconds(5 * 60);
        s.queueScan = SimTime::zero();
        break;
    }
    return s;
}

bool RetryPolicy::giveUp(SimTime now, SimTime queuedAt, const RetryState& state) const
{
    if (m_config.profile == RetryConfig::Profile::Exim) {
        // Exim measures its cutoff from the first failure, or the message's age if larger.
        const SimTime failing = std::max(now - state.firstFailure, now - queuedAt);
        return failing > m_config.giveUp;
    }
    return now - queuedAt >= m_config.giveUp;
}

SimTime RetryPolicy::nextAttemptAt(SimTime began, SimTime now, SimTime queuedAt, RetryState& state) const
{
    const std::int64_t scan = m_config.queueScan.micros();
    if (scan <= 0) return now + nextDelay(now, queuedAt, state);
    // Postfix's queue manager (qmgr_active.c) sets a deferred file's time stamp to
    // event_time() + clamp(event_time() - arrival, min, max) and scans the deferred queue every
    // queue_run_delay on its own timer, from its start; a scan takes the files whose stamp has
    // come. event_time() reads whole seconds, so the part of a second an attempt took does not
    // count: a refused connection is stamped with the moment its attempt began, a 30 s connect
    // timeout with 30 s later. Held against Postfix 3.7 (min 5 s, max 40 s, scans every 5 s, the
    // destination refusing), a letter first tried at 2 s on the scans' clock is due at 7, 18, 38,
    // 78, 120 and 160 s and taken by the scans at 10, 20, 40, 80, 120 and 160 s: 8, 18, 38, 78,
    // 118 and 158 s after its first attempt, as the real server retried. (Postfix also takes a
    // file due within the next second; that slack is left out, so a letter due just after a scan
    // waits for the next one.)
    const SimTime stamp = began + SimTime::fromSeconds((now - began).micros() / 1000000);
    const SimTime due = std::max(now, stamp + nextDelay(stamp, queuedAt, state));
    return SimTime::fromMicros((due.micros() + scan - 1) / scan * scan);
}

SimTime RetryPolicy::nextDelay(SimTime now, SimTime queuedAt, RetryState& state) const
{
    if (!state.failedBefore) {
        state.failedBefore = true;
        state.firstFailure = now;
    }
    SimTime gap;
    if (m_config.profile == RetryConfig::Profile::Exim) {
        const SimTime failing = now - state.firstFailure;
        // The rule F,2h,min; G,16h,1h,1.5; F,give_up,max: with the profile's own numbers
        // (15m, 6h, 4d) Exim's default rule F,2h,15m; G,16h,1h,1.5; F,4d,6h.
        if (failing <= kHour * 2) {
            gap = m_config.minBackoff;
        } else if (failing <= kHour * 16) {
            gap = state.lastGap < kHour ? kHour
                                        : SimTime::fromMicros(state.lastGap.micros() / 2 * 3);
        } else {
            gap = m_config.maxBackoff;
        }
    } else {
        gap = std::clamp(now - queuedAt, m_config.minBackoff, m_config.maxBackoff);
    }
    state.lastGap = gap;
    return gap;
}

} // namespace postie
