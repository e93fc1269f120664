// What a time series costs: the first simulated hour of the million-letter town (about 42,000
// letters, 2.2 million events), run silent and with a SeriesRecorder attached, alternating in
// the same process so the machine's load hits both alike. The ratio series/silent is the
// figure we hold (at most 1.2). A third variant hands the recorder every record, as a sink
// that reads everything would, to show what asking only for the needed event types saves.
// A fourth adds a LetterTimeRecorder beside the series, as the app's charts do.
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"
#include "trace/letter_time_recorder.h"
#include "trace/series_recorder.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <iostream>

namespace {

using postie::SimTime;

postie::ScenarioSpec loadOrDie(const std::string& name)
{
    const auto loaded = postie::loadScenarioFile(std::string(POSTIE_SOURCE_DIR) + "/scenarios/" + name);
    if (!loaded.ok()) {
        for (const auto& e : loaded.errors) std::cerr << e.format() << '\n';
        std::abort();
    }
    return *loaded.spec;
}

// Forwards every record to a recorder, as if the world could not skip any.
class EveryRecord : public postie::TraceSink {
public:
    explicit EveryRecord(postie::SeriesRecorder& inner) : m_inner(inner) {}
    void record(const postie::TraceRecord& r) override { m_inner.record(r); }

private:
    postie::SeriesRecorder& m_inner;
};

enum class Variant { Silent, Series, SeriesEveryRecord, Charts };

double timedRun(const postie::ScenarioSpec& spec, SimTime until, Variant variant)
{
    const auto started = std::chrono::steady_clock::now();
    postie::ScenarioRun run(spec);
    postie::SeriesRecorder series(SimTime::fromSeconds(60), run.world().queueStationIds());
    EveryRecord everyRecord(series);
    postie::LetterTimeRecorder letters(SimTime::fromSeconds(60));
    if (variant == Variant::Series || variant == Variant::Charts) run.world().addSink(&series);
    if (variant == Variant::Charts) run.world().addSink(&letters);
    if (variant == Variant::SeriesEveryRecord) run.world().addSink(&everyRecord);
    run.runToEnd(until);
    series.close(run.world().now());
    benchmark::DoNotOptimize(run.world().stats().delivered);
    benchmark::DoNotOptimize(series.samples().size());
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
}

void BM_SeriesOverheadFirstHour(benchmark::State& state)
{
    const postie::ScenarioSpec spec = loadOrDie("90-a-million-letters.yaml");
    const SimTime hour = SimTime::fromSeconds(3600);
    double silent = 0, series = 0, everyRecord = 0, charts = 0;
    for (auto _ : state) {
        silent += timedRun(spec, hour, Variant::Silent);
        series += timedRun(spec, hour, Variant::Series);
        everyRecord += timedRun(spec, hour, Variant::SeriesEveryRecord);
        charts += timedRun(spec, hour, Variant::Charts);
    }
    const auto n = double(state.iterations());
    state.counters["silent_s"] = silent / n;
    state.counters["series_s"] = series / n;
    state.counters["every_record_s"] = everyRecord / n;
    state.counters["series/silent"] = series / silent;
    state.counters["every_record/silent"] = everyRecord / silent;
    state.counters["charts_s"] = charts / n;
    state.counters["charts/silent"] = charts / silent;
}
BENCHMARK(BM_SeriesOverheadFirstHour)->Unit(benchmark::kSecond)->Iterations(5);

} // namespace

BENCHMARK_MAIN();
