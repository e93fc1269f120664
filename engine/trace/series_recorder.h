#pragma once
// A run as a time series: at every sample time t (0, every, 2·every, ... and the end of the
// run) the letters counted so far, the queue length of each station with a queue, and how
// often the DNS resolvers answered from their cache. The value at t is the state after every
// event with time <= t. `postie-cli run --series` writes it as CSV; charts read the samples.
//
// Fed by trace records like any sink; it asks the world only for the few event types it
// counts, so a run with a series costs little more than a silent one.
#include "sim/sim_time.h"
#include "trace/trace_sink.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace postie {

struct SeriesSample {
    SimTime time;
    // Recipient copies, as in the summary: created = delivered + bounced + discarded + expired + inFlight.
    std::uint64_t created = 0;
    std::uint64_t inFlight = 0;
    std::uint64_t delivered = 0;
    std::uint64_t bounced = 0;
    std::uint64_t discarded = 0;
    std::uint64_t expired = 0;
    std::uint64_t deferred = 0;  // deferral events so far (a letter may be deferred many times)
    // Letters waiting (not in service), one per SeriesRecorder::queueStations(), same order.
    std::vector<std::uint64_t> queues;
    // DNS answers (dns.answer events) and those served from a resolver's cache: in the interval
    // since the previous sample (the first sample's interval is [0, t]), and since the start.
    std::uint64_t dnsAnswers = 0;
    std::uint64_t dnsCached = 0;
    std::uint64_t dnsAnswersTotal = 0;
    std::uint64_t dnsCachedTotal = 0;

    // Cached answers / all answers; empty when there was no answer to count.
    std::optional<double> dnsHitRate() const;
    std::optional<double> dnsHitRateTotal() const;
};

class SeriesRecorder : public TraceSink {
public:
    // More samples than `maxSamples` end the series early (see truncated()): a guard against an
    // interval far too short for the run, which would fill the memory.
    static constexpr std::size_t kMaxSamples = 1'000'000;

    // `queueStations`: the ids of the stations with a queue, in column order.
    SeriesRecorder(SimTime every, std::vector<std::string> queueStations, std::size_t maxSamples = kMaxSamples);

    void record(const TraceRecord& record) override;
    EventTypeSet wants() const override;
    // Ends the series at the run's end time: the samples due up to `end`, then a last one at
    // `end` itself unless a sample already falls there. Further calls do nothing.
    void close(SimTime end);
    // Doubles the interval while the run goes on, keeping the samples at multiples of the new
    // one (a DNS interval count of a dropped sample moves into the next kept one), so that the
    // result equals a series recorded at the doubled interval from the start. Lets a viewer
    // that does not know the run's length keep its samples to a few thousand. Does nothing
    // once closed.
    void coarsen();

    SimTime every() const { return m_every; }
    const std::vector<std::string>& queueStations() const { return m_queueStations; }
    const std::vector<SeriesSample>& samples() const { return m_samples; }
    // True when the series reached its most samples before the end of the run.
    bool truncated() const { return m_truncated; }

private:
    void sampleUpTo(SimTime t);  // every sample time <= t not taken yet
    void take(SimTime at);

    SimTime m_every;
    std::size_t m_maxSamples;
    std::vector<std::string> m_queueStations;
    std::unordered_map<std::string, std::size_t> m_queueIndex;
    SeriesSample m_now;  // the running state; its time is unused
    SimTime m_nextSample = SimTime::zero();
    std::vector<SeriesSample> m_samples;
    bool m_closed = false;
    bool m_truncated = false;
};

} // namespace postie
