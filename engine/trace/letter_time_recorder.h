#pragma once
// Where the letters' time goes, as a time series beside SeriesRecorder's (same sample times):
// how long delivered letters took (a histogram of latencies, from message.created to the
// delivered outcome, as the summary measures it) and how much letter-time was spent so far
// waiting in queues, asking the DNS, on the way (SMTP dialogues, roads, service) and waiting in
// a mailbox until its reader fetched it.
//
// Letter-time is the time integral of the letters in each phase, in letter-microseconds: two
// letters waiting for three seconds make six letter-seconds. The phases are read off the trace:
// - waiting: a letter between queue.enter and queue.leave, or after delivery.deferred until its
//   next attempt shows (smtp.connect, connect.failed, a queue event, its outcome);
// - DNS: questions asked and not answered yet (dns.query to dns.answer), one letter each, as
//   a server asks for one delivery at a time (a question that times out has no answer and
//   counts on until the end of the run);
// - on the way: the letters in flight that are neither waiting nor at the DNS;
// - in a mailbox: copies between mailbox.stored and mailbox.fetched.
// A retry's own DNS questions count as waiting and as DNS both; "on the way" never goes below 0.
#include "sim/sim_time.h"
#include "trace/trace_sink.h"

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace postie {

enum class LetterPhase { Waiting, Dns, OnTheWay, InMailbox };
inline constexpr int kLetterPhaseCount = 4;

struct LetterTimeSample {
    SimTime time;
    // Delivered recipient copies so far by latency bin (LetterTimeRecorder::binLower).
    std::vector<std::uint64_t> latency;
    // Letter-microseconds spent in each phase from the start up to `time`, by LetterPhase.
    std::array<std::uint64_t, kLetterPhaseCount> phaseUs{};

    bool operator==(const LetterTimeSample&) const = default;
};

class LetterTimeRecorder : public TraceSink {
public:
    // Latency bins in steps a reader knows: under 1 s, 1-10 s, 10 s-1 min, 1-10 min, 10 min-1 h,
    // 1-6 h, 6 h-1 day, and a day and more.
    static constexpr int kLatencyBins = 8;
    static SimTime binLower(int bin);  // the bin's lower edge
    static int binOf(SimTime latency);

    explicit LetterTimeRecorder(SimTime every, std::size_t maxSamples = 1'000'000);

    void record(const TraceRecord& record) override;
    EventTypeSet wants() const override;
    void close(SimTime end);  // as SeriesRecorder::close
    void coarsen();           // as SeriesRecorder::coarsen

    SimTime every() const { return m_every; }
    const std::vector<LetterTimeSample>& samples() const { return m_samples; }
    bool truncated() const { return m_truncated; }

private:
    struct Letter {
        SimTime created;
        std::uint64_t recipientsLeft = 0;
        bool waiting = false;
        bool deferred = false;  // waiting for the next attempt, until it shows
    };
    void advanceTo(SimTime t);  // integrates the phases up to t
    void sampleUpTo(SimTime t);
    void take(SimTime at);
    void setWaiting(Letter& letter, bool waiting, bool deferred);

    SimTime m_every;
    std::size_t m_maxSamples;
    SimTime m_nextSample = SimTime::zero();
    SimTime m_integratedTo = SimTime::zero();
    std::vector<LetterTimeSample> m_samples;
    LetterTimeSample m_now;
    bool m_closed = false;
    bool m_truncated = false;

    std::unordered_map<std::uint64_t, Letter> m_letters;  // by number: letters with a copy in flight
    std::uint64_t m_inFlight = 0;  // recipient copies
    std::uint64_t m_waiting = 0;   // letters
    std::uint64_t m_asking = 0;    // DNS questions open
    std::uint64_t m_inMailbox = 0; // stored copies not fetched yet
};

} // namespace postie
