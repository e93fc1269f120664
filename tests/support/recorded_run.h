#pragma once
// A scenario run to its end (or to `until`) with every trace record kept, and its summary:
// what most engine tests look at.
#include "scenario/scenario_run.h"
#include "support/trace_query.h"
#include "trace/run_statistics.h"
#include "trace/trace_sink.h"

#include <optional>
#include <string>

namespace postie::testing {

struct RecordedRun {
    Records records;
    RunSummary summary;
};

inline RecordedRun runRecorded(const ScenarioSpec& spec, std::optional<SimTime> until = std::nullopt)
{
    ScenarioRun run(spec);
    MemoryRecorder recorder;
    run.world().addSink(&recorder);
    run.start();
    run.runToEnd(until);
    return {recorder.records(), run.world().summary()};
}

// What a fingerprint test pins of a whole run: every event's number, time, station and type.
inline std::string runFingerprint(const ScenarioSpec& spec)
{
    ScenarioRun run(spec);
    FingerprintSink print;
    run.world().addSink(&print);
    run.start();
    run.runToEnd();
    return print.hex();
}

} // namespace postie::testing
