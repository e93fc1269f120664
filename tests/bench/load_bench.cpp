// A bundled load scenario end to end, headless and silent, as `postie-cli run --quiet` runs
// it: a million letters in a simulated day. Reports letters/s and events/s, and the peak
// memory of the process.
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <iostream>

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

} // namespace

BENCHMARK_MAIN();
