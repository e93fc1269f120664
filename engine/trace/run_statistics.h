#pragma once
// What a run counts as it goes: outcomes per recipient copy, delivery latencies, and the
// summary written at the end (Contract 3).
#include "sim/sim_time.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace postie {

struct LatencySummary {
    double mean = 0, p50 = 0, p95 = 0, max = 0;
    std::size_t count = 0;
};

// Nearest-rank percentile of an unsorted sample (copied and partly sorted).
double percentile(std::vector<double> values, double p);

struct StationSummary {
    std::uint64_t maxQueue = 0;
    std::uint64_t served = 0;
    double meanWaitS = 0;
    double busy = 0;  // fraction of worker time in use
};

struct RunSummary {
    std::uint64_t seed = 0;
    std::int64_t simTimeUs = 0;
    std::uint64_t events = 0;
    std::uint64_t created = 0, delivered = 0, bounced = 0, discarded = 0, expired = 0, inFlight = 0;
    std::uint64_t deferred = 0;  // deferral events (a message may be deferred many times)
    LatencySummary latency;
    std::map<std::string, StationSummary> stations;  // by id, sorted: stable output

    std::string toJson() const;
};

class RunStatistics {
public:
    std::uint64_t created = 0;
    std::uint64_t delivered = 0;
    std::uint64_t bounced = 0;
    std::uint64_t discarded = 0;
    std::uint64_t expired = 0;
    std::uint64_t deferred = 0;

    std::uint64_t finished() const { return delivered + bounced + discarded + expired; }
    std::uint64_t inFlight() const { return created - finished(); }
    void addLatency(SimTime t) { m_latencies.push_back(t.seconds()); }
    LatencySummary latency() const;

private:
    std::vector<double> m_latencies;
};

} // namespace postie
