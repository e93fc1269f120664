#pragma once
// One opened scenario: the validated spec, and its run computed in a worker thread. The GUI
// never touches the engine: the worker writes trace records into a compact store, and the GUI
// reads the records it has been told of (recordsAdded) and the run summary once complete.
#include "scenario/scenario_spec.h"
#include "replay/town_state.h"
#include "trace/chunked_array.h"
#include "trace/narrator.h"
#include "trace/run_statistics.h"
#include "trace/trace_record.h"
#include "trace/trace_store.h"
// After the engine headers above: moc cannot parse <concepts> when sim_time.h comes first.
#include "replay/chart_feed.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <thread>
#include <unordered_map>
#include <vector>

namespace postie::gui {

// What a notice in the trace says about the letter it carries.
enum class NoticeKind { None, ReturnToSender, StillTrying };

class ScenarioSession : public QObject {
    Q_OBJECT
public:
    // A kept record costs about 160 bytes (TraceStore; docs/performance.md): two million is
    // about 320 MB, room for every lesson's whole run. A run that would keep more is shown up
    // to there (truncated()); the engine still runs it to its end for the charts and the summary.
    static constexpr std::size_t kMaxRecords = 2'000'000;
    // The worker folds the records into the town's state as it stores them and keeps a copy
    // every kKeyframeEvery records, so a jump anywhere costs the GUI at most that many folds.
    static constexpr std::size_t kKeyframeEvery = 1024;

    // `maxRecords` (at most kMaxRecords) is how many records the session keeps of a run.
    explicit ScenarioSession(QObject* parent = nullptr, std::size_t maxRecords = kMaxRecords);
    ~ScenarioSession() override;

    // Reads and validates the file. On success the run starts in the background and the
    // result is empty; otherwise the result holds every error as FILE:LINE:COL: error: TEXT.
    QStringList open(const QString& path);
    // Runs a spec already read from `path` (the file's own plus the class's interventions).
    void start(const QString& path, ScenarioSpec spec);

    const QString& path() const { return m_path; }
    const ScenarioSpec& spec() const { return m_spec; }
    const Narrator& narrator() const { return *m_narrator; }
    // The words the narrator tells the run in (View > Email words); kept for the next start.
    void setWords(NarrationWords words);

    // GUI thread only: the records handed over so far; grows (between visits of the event
    // loop, never behind the GUI's back) until complete(). Indexing gives full records.
    TraceView records() const { return m_store ? m_store->view(m_visible) : TraceView(); }
    // Any thread: keyframe k is the town after k * kKeyframeEvery records (k < keyframeCount(),
    // which is at least 1: the empty town). A keyframe may be ready a little before its
    // records are handed over, or a little after.
    std::size_t keyframeCount() const { return m_keyframesReady.load(std::memory_order_acquire); }
    const TownState& keyframe(std::size_t k) const { return m_keyframes[k]; }
    bool complete() const { return m_complete; }
    bool truncated() const { return m_truncated; }
    // Set once complete: the engine's own summary of the whole run, even one too long to keep.
    const std::optional<RunSummary>& summary() const { return m_summary; }
    // Where playback ends: the run's end, or the last record kept of a run too long to keep.
    std::int64_t endUs() const;
    NoticeKind notice(const std::string& message) const;
    // The charts' series of the whole run, fed by the worker (any thread may read it).
    const ChartFeed& charts() const { return m_charts; }

signals:
    void recordsAdded(std::size_t total);
    void completed();

private:
    void run(std::stop_token stop);
    void publish(std::optional<RunSummary> summary, bool truncated);
    void drain();

    std::size_t m_maxRecords;
    QString m_path;
    ScenarioSpec m_spec;
    std::unique_ptr<Narrator> m_narrator;
    NarrationWords m_words = NarrationWords::Postal;
    std::unique_ptr<TraceStore> m_store;  // written by the worker only
    std::size_t m_visible = 0;            // records the GUI has been told of
    ChunkedArray<TownState> m_keyframes{kMaxRecords / kKeyframeEvery + 1};  // written by the worker
    std::atomic<std::size_t> m_keyframesReady{0};
    std::unordered_map<std::string, NoticeKind> m_notices;
    bool m_complete = false;
    bool m_truncated = false;
    std::optional<RunSummary> m_summary;

    // Handed over from the worker, under m_mutex, once the records are all in the store.
    std::mutex m_mutex;
    std::optional<RunSummary> m_inboxSummary;
    bool m_inboxTruncated = false;
    std::atomic<bool> m_drainPosted{false};

    ChartFeed m_charts;

    std::jthread m_worker;  // last: joined before the members above go away
};

} // namespace postie::gui
