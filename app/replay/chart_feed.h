#pragma once
// The dashboard's data, computed beside the run: the engine's SeriesRecorder (letters, queues,
// DNS cache, the same counts as `postie-cli run --series`) and LetterTimeRecorder (latencies,
// where the letters' time went), fed in the session's worker thread and handed to the GUI
// thread as an immutable snapshot. It never reads the app's record list, which keeps only the
// first ScenarioSession::kMaxRecords records: the series covers the whole of what the engine ran.
//
// The sampling interval is 1 ms times a power of two: from the scenario's `until` when it has
// one, else it starts at 1 ms and doubles while the run goes on (SeriesRecorder::coarsen), so a
// run of any length has at most kMaxSamples samples and at least half as many.
#include "sim/sim_time.h"
#include "trace/letter_time_recorder.h"
#include "trace/series_recorder.h"
#include "trace/trace_sink.h"

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace postie {
class World;
struct ScenarioSpec;
}

namespace postie::gui {

struct ChartSnapshot {
    SimTime every;
    std::vector<std::string> queueStations;
    std::vector<SeriesSample> series;      // same times as `letters`
    std::vector<LetterTimeSample> letters;
    bool complete = false;                 // the run has ended: the last sample is its end
    // The town's clock at the start of the run, as a time of day (the scenario's `start:`, as
    // the caption shows it; midnight without one): the charts' time axes read as that clock.
    std::int64_t startOfDayUs = 0;
    std::optional<std::int64_t> startDay;  // the date of the start, in days since 1970-01-01
    std::int64_t endUs() const { return series.empty() ? 0 : series.back().time.micros(); }
};

class ChartFeed : public TraceSink {
public:
    static constexpr std::size_t kMaxSamples = 3000;
    // The interval a run of this length gets from the start: 1 ms · 2^k, the smallest that
    // keeps it to kMaxSamples samples.
    static SimTime intervalFor(SimTime runLength);

    // Worker thread. attach() before the run starts; publish() after each chunk of events
    // (cheap: it copies at most every kPublishEveryMs of wall time, and always when done).
    void attach(World& world, const ScenarioSpec& spec);
    void publish(SimTime now, bool done);

    // Any thread: the latest published data (never null once attached; empty before).
    std::shared_ptr<const ChartSnapshot> snapshot() const;

    void record(const TraceRecord& record) override;
    EventTypeSet wants() const override;

private:
    static constexpr int kPublishEveryMs = 50;
    void keepSamplesFor(SimTime t);

    std::optional<SeriesRecorder> m_series;
    std::optional<LetterTimeRecorder> m_letters;
    std::int64_t m_startOfDayUs = 0;
    std::optional<std::int64_t> m_startDay;
    std::int64_t m_lastPublishMs = 0;  // steady clock; <chrono> here upsets moc

    mutable std::mutex m_mutex;
    std::shared_ptr<const ChartSnapshot> m_published = std::make_shared<ChartSnapshot>();
};

} // namespace postie::gui
