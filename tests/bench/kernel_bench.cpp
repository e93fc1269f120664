// The classic hold model on two kernels, so a reader can see what our Simulation costs.
//
// N events are pending; each event, when processed, schedules itself again at
// now + Exp(mean 1 s), drawn from a RandomStream. The pending set stays at N.
//
//   (a) postie::Simulation: 4-ary heap of small entries, checks on schedule.
//   (b) a minimal baseline: std::priority_queue over a small struct (time, seq, target) and
//       the same dispatch through a virtual handler.
//
// items_per_second is events per second. After the benchmarks, one line per N gives
// ours/baseline; the requirement is ours >= 0.5x. Build Release for meaningful numbers:
//   cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release && cmake --build build-bench --target kernel_bench
//   build-bench/tests/bench/kernel_bench --benchmark_repetitions=5   (the ratio uses the median)
#include "sim/random.h"
#include "sim/simulation.h"

#include <benchmark/benchmark.h>

#include <unistd.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <ostream>
#include <queue>
#include <string>
#include <vector>

namespace {

constexpr double kMeanHoldUs = 1e6;  // Exp(mean 1 s), in microseconds
constexpr std::uint64_t kSeed = 2024;

// One draw, identical for both kernels: integer microseconds, as the engine keeps time.
inline std::int64_t holdUs(postie::RandomStream& rng)
{
    return std::llround(rng.exponential(kMeanHoldUs));
}

std::int64_t warmupEvents(std::int64_t pending) { return pending < 10'000 ? 10'000 : pending; }

// ---- (a) our kernel ----------------------------------------------------------------------

class HoldStation : public postie::EventHandler {
public:
    explicit HoldStation(postie::Simulation& sim)
        : m_sim(sim), m_rng(postie::RandomStream::forName(kSeed, "hold"))
    {
        m_id = sim.addHandler(this);
    }

    void start(std::int64_t pending)
    {
        for (std::int64_t i = 0; i < pending; ++i)
            m_sim.schedule(postie::SimTime::fromMicros(holdUs(m_rng)), m_id, 0, std::uint64_t(i));
    }

    void handleEvent(const postie::Event& e) override
    {
        m_sim.scheduleIn(postie::SimTime::fromMicros(holdUs(m_rng)), m_id, e.kind, e.arg);
    }

private:
    postie::Simulation& m_sim;
    postie::RandomStream m_rng;
    std::uint32_t m_id = 0;
};

// ---- (b) the baseline --------------------------------------------------------------------

namespace baseline {

struct Entry {
    std::int64_t time;
    std::uint64_t seq;
    std::uint32_t target;
};

struct Later {
    bool operator()(const Entry& a, const Entry& b) const
    {
        return a.time > b.time || (a.time == b.time && a.seq > b.seq);
    }
};

class Handler {
public:
    virtual ~Handler() = default;
    virtual void handle(const Entry& e) = 0;
};

class Kernel {
public:
    std::uint32_t addHandler(Handler* h)
    {
        m_handlers.push_back(h);
        return static_cast<std::uint32_t>(m_handlers.size() - 1);
    }
    void schedule(std::int64_t at, std::uint32_t target) { m_queue.push(Entry{at, m_nextSeq++, target}); }
    std::int64_t now() const { return m_now; }
    bool step()
    {
        if (m_queue.empty()) return false;
        const Entry e = m_queue.top();
        m_queue.pop();
        m_now = e.time;
        m_handlers[e.target]->handle(e);
        return true;
    }

private:
    std::priority_queue<Entry, std::vector<Entry>, Later> m_queue;
    std::vector<Handler*> m_handlers;
    std::int64_t m_now = 0;
    std::uint64_t m_nextSeq = 0;
};

class HoldStation : public Handler {
public:
    explicit HoldStation(Kernel& k) : m_kernel(k), m_rng(postie::RandomStream::forName(kSeed, "hold"))
    {
        m_id = k.addHandler(this);
    }
    void start(std::int64_t pending)
    {
        for (std::int64_t i = 0; i < pending; ++i) m_kernel.schedule(holdUs(m_rng), m_id);
    }
    void handle(const Entry&) override { m_kernel.schedule(m_kernel.now() + holdUs(m_rng), m_id); }

private:
    Kernel& m_kernel;
    postie::RandomStream m_rng;
    std::uint32_t m_id = 0;
};

} // namespace baseline

// ---- the benchmarks ----------------------------------------------------------------------

void BM_Hold_Simulation(benchmark::State& state)
{
    const std::int64_t pending = state.range(0);
    postie::Simulation sim;
    HoldStation station(sim);
    station.start(pending);
    for (std::int64_t i = 0; i < warmupEvents(pending); ++i) sim.step();
    for (auto _ : state) sim.step();
    state.SetItemsProcessed(state.iterations());
    state.counters["pending"] = double(sim.pending());
}

void BM_Hold_PriorityQueueBaseline(benchmark::State& state)
{
    const std::int64_t pending = state.range(0);
    baseline::Kernel kernel;
    baseline::HoldStation station(kernel);
    station.start(pending);
    for (std::int64_t i = 0; i < warmupEvents(pending); ++i) kernel.step();
    for (auto _ : state) kernel.step();
    state.SetItemsProcessed(state.iterations());
    state.counters["pending"] = double(pending);
}

BENCHMARK(BM_Hold_Simulation)->Arg(1'000)->Arg(100'000);
BENCHMARK(BM_Hold_PriorityQueueBaseline)->Arg(1'000)->Arg(100'000);

// Both kernels must do the same work: same draws, same order, same clock.
bool sameWorkload()
{
    constexpr std::int64_t kPending = 1'000, kEvents = 20'000;
    postie::Simulation sim;
    HoldStation ours(sim);
    ours.start(kPending);
    baseline::Kernel kernel;
    baseline::HoldStation theirs(kernel);
    theirs.start(kPending);
    for (std::int64_t i = 0; i < kEvents; ++i) {
        sim.step();
        kernel.step();
        if (sim.now().micros() != kernel.now()) return false;
    }
    return true;
}

// The console output as usual, plus the events/s of every run kept for the ratio line.
class RatioReporter : public benchmark::ConsoleReporter {
public:
    using ConsoleReporter::ConsoleReporter;

    void ReportRuns(const std::vector<Run>& runs) override
    {
        for (const Run& r : runs) {
            if (r.error_occurred) continue;
            const auto it = r.counters.find("items_per_second");
            if (it == r.counters.end()) continue;
            Rates& rates = m_rates[r.run_name.args][r.run_name.function_name];
            if (r.run_type == Run::RT_Iteration) {
                rates.total += it->second.value;
                ++rates.count;
            } else if (r.aggregate_name == "median") {
                rates.median = it->second.value;
            }
        }
        ConsoleReporter::ReportRuns(runs);
    }

    // Returns false when a pair falls below the 0.5x requirement.
    bool printRatios(std::ostream& out) const
    {
        bool ok = true;
        out << "\nhold model, events per second (requirement: ours >= 0.5x baseline)\n";
        for (const auto& [args, byName] : m_rates) {
            const auto ours = byName.find("BM_Hold_Simulation");
            const auto base = byName.find("BM_Hold_PriorityQueueBaseline");
            if (ours == byName.end() || base == byName.end()) continue;
            const double a = ours->second.value(), b = base->second.value();
            const double ratio = a / b;
            ok = ok && ratio >= 0.5;
            char line[160];
            std::snprintf(line, sizeof line,
                          "  N = %-7s  ours %7.2f M/s   baseline %7.2f M/s   ours/baseline = %.2fx  %s\n",
                          args.c_str(), a / 1e6, b / 1e6, ratio, ratio >= 0.5 ? "ok" : "BELOW 0.5x");
            out << line;
        }
        return ok;
    }

private:
    // With --benchmark_repetitions the median of the repetitions, else the mean of the runs.
    struct Rates {
        double total = 0;
        int count = 0;
        double median = 0;
        double value() const { return median > 0 ? median : count ? total / count : 0; }
    };
    // args ("1000") -> benchmark function -> rates; std::map keeps the printout ordered.
    std::map<std::string, std::map<std::string, Rates>> m_rates;
};

} // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    if (!sameWorkload()) {
        std::fprintf(stderr, "kernel_bench: the two kernels disagree on the hold model; fix the benchmark\n");
        return 1;
    }
    RatioReporter reporter(isatty(STDOUT_FILENO) ? benchmark::ConsoleReporter::OO_Color
                                                 : benchmark::ConsoleReporter::OO_None);
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printRatios(reporter.GetOutputStream());
    reporter.GetOutputStream().flush();
    benchmark::Shutdown();
    return 0;
}
