#pragma once
// When to try a deferred message again, and when to give up (RFC 5321 §4.5.4.1).
//   postfix / custom: next attempt at now + (time in queue) clamped to [min, max]; give up
//     when the time in queue reaches give_up (Postfix qmgr_active.c: minimal_backoff_time
//     300 s, maximal_backoff_time 4000 s, maximal_queue_lifetime 5 d).
//   exim: F,2h,15m; G,16h,1h,1.5; F,4d,6h, measured from the first failure (Exim
//     configure.default's retry rule). Custom numbers rewrite it as F,2h,min; G,16h,1h,1.5;
//     F,give_up,max: min is the first rule's interval, max the last rule's.
//   rfc: a fixed interval of at least 30 minutes, give up after 4 days or more.
// With queue scans on (postfix: every 300 s, queue_run_delay), a due letter waits for the next
// scan of the server's queue; see nextAttemptAt.
#include "sim/sim_time.h"

namespace postie {

// A server's retry settings. The defaults are Postfix's main.cf (minimal_backoff_time,
// maximal_backoff_time, maximal_queue_lifetime, smtp_connect_timeout, queue_run_delay), the
// postfix profile below: the one place these numbers are written.
struct RetryConfig {
    enum class Profile { Postfix, Exim, Rfc, Custom };
    Profile profile = Profile::Postfix;
    SimTime minBackoff = SimTime::fromSeconds(300);
    SimTime maxBackoff = SimTime::fromSeconds(4000);
    SimTime giveUp = SimTime::fromSeconds(5 * 86400);
    SimTime connectTimeout = SimTime::fromSeconds(30);
    // Deferred letters are picked up only by a scan of the queue this often, on the server's
    // clock from the start of the run (Postfix queue_run_delay, 300 s); zero: the moment they
    // are due. Exim and the RFC profile have none (Exim's queue runner is a daemon option).
    SimTime queueScan = SimTime::fromSeconds(300);
    SimTime delayWarning;  // zero: off (Postfix's default). Else one "still trying" notice to
                           // the sender once a letter has waited this long (delay_warning_time)
};

struct RetryState {
    bool failedBefore = false;
    SimTime firstFailure;
    SimTime lastGap;
};

// A named profile with its numbers (see above): the shortest and longest wait, when to give
// up, how long to wait for a connection, and the queue scans (Postfix only). Custom starts from
// Postfix's numbers. The delay warning stays off.
RetryConfig retryProfile(RetryConfig::Profile profile);

class RetryPolicy {
public:
    explicit RetryPolicy(const RetryConfig& config = {}) : m_config(config) {}

    // After a failed attempt at `now` of a message queued at `queuedAt`: true when it is
    // time to give up (the message expires and goes back to its sender).
    bool giveUp(SimTime now, SimTime queuedAt, const RetryState& state) const;
    // The wait before the next attempt; updates the state.
    SimTime nextDelay(SimTime now, SimTime queuedAt, RetryState& state) const;
    // When the next attempt happens, after an attempt that began at `began` and failed at `now`.
    // Scans off: now + nextDelay (the idealised schedule). Scans on: the letter is due at its
    // stamp + nextDelay and is taken by the first scan at or after that moment; the scans run
    // every queue_scan on the server's own clock, from the start of the run (Postfix's qmgr).
    SimTime nextAttemptAt(SimTime began, SimTime now, SimTime queuedAt, RetryState& state) const;
    // True once a letter queued at queuedAt should get its one "still trying" notice.
    bool warnDelay(SimTime now, SimTime queuedAt) const
    {
        return m_config.delayWarning > SimTime::zero() && now - queuedAt >= m_config.delayWarning;
    }
    SimTime connectTimeout() const { return m_config.connectTimeout; }
    const RetryConfig& config() const { return m_config; }

private:
    RetryConfig m_config;
};

} // namespace postie
