#include "trace/run_statistics.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace postie {

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) return 0;
    // Nearest rank: the smallest value with at least p of the sample at or below it.
    auto rank = std::size_t(std::ceil(p * double(values.size())));
    if (rank < 1) rank = 1;
    if (rank > values.size()) rank = values.size();
    std::nth_element(values.begin(), values.begin() + long(rank - 1), values.end());
    return values[rank - 1];
}

LatencySummary RunStatistics::latency() const
{
    LatencySummary s;
    s.count = m_latencies.size();
    if (m_latencies.empty()) return s;
    double sum = 0;
    for (double v : m_latencies) {
        sum += v;
        s.max = std::max(s.max, v);
    }
    s.mean = sum / double(m_latencies.size());
    s.p50 = percentile(m_latencies, 0.50);
    s.p95 = percentile(m_latencies, 0.95);
    return s;
}

std::string RunSummary::toJson() const
{
    using Json = nlohmann::ordered_json;
    Json j;
    j["seed"] = seed;
    j["sim_time_us"] = simTimeUs;
    j["events"] = events;
    j["messages"] = {{"created", created},     {"delivered", delivered}, {"bounced", bounced},
                     {"discarded", discarded}, {"expired", expired},     {"in_flight", inFlight},
                     {"deferrals", deferred}};
    j["latency_s"] = {{"count", latency.count}, {"mean", latency.mean}, {"p50", latency.p50},
                      {"p95", latency.p95},     {"max", latency.max}};
    Json st = Json::object();
    for (const auto& [id, s] : stations)
        st[id] = {{"max_queue", s.maxQueue}, {"served", s.served}, {"mean_wait_s", s.meanWaitS}, {"busy", s.busy}};
    j["stations"] = st;
    return j.dump(2);
}

} // namespace postie
