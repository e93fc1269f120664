// A bundled load scenario end to end, headless and silent, as `postie-cli run --quiet` runs
// it: a million letters in a simulated day. Reports letters/s and events/s, and the peak
// memory of the process. Then what keeping the trace in the app's TraceStore costs.
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"
#include "trace/trace_sink.h"
#include "trace/trace_store.h"

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <chrono>
#include <iostream>
#include <memory>

namespace {

postie::ScenarioSpec loadOrDie(const std::string& name)
{
    const auto loaded = postie::loadScenarioFile(std::string(POSTIE_SOURCE_DIR) + "/scenarios/" + name);
    if (!loaded.ok()) {
        for (const auto& e : loaded.errors) std::cerr << e.format() << '\n';
        std::abort();
    }
    return *loaded.spec;
}

double peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;  // Linux reports KiB
}

void runScenario(benchmark::State& state, const std::string& name, std::optional<postie::SimTime> until)
{
    const postie::ScenarioSpec spec = loadOrDie(name);
    std::uint64_t letters = 0, events = 0;
    for (auto _ : state) {
        postie::ScenarioRun run(spec);
        run.runToEnd(until);
        const auto summary = run.world().summary();
        letters += summary.created;
        events += summary.events;
        benchmark::DoNotOptimize(summary.delivered);
    }
    state.counters["letters/s"] = benchmark::Counter(double(letters), benchmark::Counter::kIsRate);
    state.counters["events/s"] = benchmark::Counter(double(events), benchmark::Counter::kIsRate);
    state.counters["letters"] = double(letters) / double(state.iterations());
    state.counters["peak_MiB"] = peakMemoryMiB();
}

// One simulated hour of the same town: a quick figure for comparisons.
void BM_AMillionLettersFirstHour(benchmark::State& state)
{
    runScenario(state, "90-a-million-letters.yaml", postie::SimTime::fromSeconds(3600));
}
BENCHMARK(BM_AMillionLettersFirstHour)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_AMillionLetters(benchmark::State& state) { runScenario(state, "90-a-million-letters.yaml", std::nullopt); }
BENCHMARK(BM_AMillionLetters)->Unit(benchmark::kSecond)->Iterations(1);

// The app's way of keeping a run: the first simulated half hour of the same town (about 1.1
// million records) written into a TraceStore as it runs, then every record read back whole.
// The append time is the records' alone (building and storing them: the same run, silent, is
// timed first and taken off), per record.
class StoreSink : public postie::TraceSink {
public:
    explicit StoreSink(postie::TraceStore& store) : m_store(store) {}
    void record(const postie::TraceRecord& r) override { m_store.append(r); }

private:
    postie::TraceStore& m_store;
};

void BM_TraceStoreAppendAndRead(benchmark::State& state)
{
    const postie::ScenarioSpec spec = loadOrDie("90-a-million-letters.yaml");
    const auto until = postie::SimTime::fromSeconds(1800);
    double appendNs = 0, readNs = 0, records = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const auto silentStart = std::chrono::steady_clock::now();
        {
            postie::ScenarioRun silent(spec);
            silent.runToEnd(until);
        }
        const auto silentTime = std::chrono::steady_clock::now() - silentStart;
        auto store = std::make_unique<postie::TraceStore>(3'000'000);
        postie::ScenarioRun run(spec);
        StoreSink sink(*store);
        run.world().addSink(&sink);
        state.ResumeTiming();
        const auto start = std::chrono::steady_clock::now();
        run.runToEnd(until);
        const auto appended = std::chrono::steady_clock::now();
        std::int64_t sum = 0;
        for (std::size_t i = 0; i < store->size(); ++i) sum += (*store)[i].time.micros();
        benchmark::DoNotOptimize(sum);
        const auto read = std::chrono::steady_clock::now();
        const double n = double(store->size());
        records += n;
        appendNs += std::chrono::duration<double, std::nano>(appended - start - silentTime).count() / n;
        readNs += std::chrono::duration<double, std::nano>(read - appended).count() / n;
    }
    const double iterations = double(state.iterations());
    state.counters["records"] = records / iterations;
    state.counters["append_ns/record"] = appendNs / iterations;
    state.counters["read_ns/record"] = readNs / iterations;
    state.counters["peak_MiB"] = peakMemoryMiB();
}
BENCHMARK(BM_TraceStoreAppendAndRead)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

BENCHMARK_MAIN();
