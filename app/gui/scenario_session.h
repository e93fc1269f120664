#pragma once
// One opened scenario: the validated spec, and its run computed in a worker thread. The GUI
// never touches the engine: it reads the growing list of trace records, which the worker
// hands over in batches (recordsAdded), and the run summary once the run is complete.
#include "scenario/scenario_spec.h"
#include "trace/narrator.h"
#include "trace/run_statistics.h"
#include "trace/trace_record.h"
// After the engine headers above: moc cannot parse <concepts> when sim_time.h comes first.
#include "charts/chart_feed.h"

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
    // A record costs about 1.5 KB in memory (measured: 600 MB for 400,000 of the million-letter
    // run); a run that would keep more stops there (truncated()).
    static constexpr std::size_t kMaxRecords = 200'000;
    // Records appended per visit of the event loop (recordsAdded grows by at most this much):
    // a few milliseconds' work, as appending costs microseconds a record in fresh memory, so
    // the window keeps answering input while a long run streams in.
    static constexpr std::size_t kDrainSlice = 512;

    explicit ScenarioSession(QObject* parent = nullptr);
    ~ScenarioSession() override;

    // Reads and validates the file. On success the run starts in the background and the
    // result is empty; otherwise the result holds every error as FILE:LINE:COL: error: TEXT.
    QStringList open(const QString& path);
    // Runs a spec already read from `path` (the file's own plus the class's interventions).
    void start(const QString& path, ScenarioSpec spec);

    const QString& path() const { return m_path; }
    const ScenarioSpec& spec() const { return m_spec; }
    const Narrator& narrator() const { return *m_narrator; }

    // GUI thread only. Grows until complete().
    const std::vector<TraceRecord>& records() const { return m_records; }
    bool complete() const { return m_complete; }
    bool truncated() const { return m_truncated; }
    // Set once complete: the engine's own summary of the run (or of the part kept).
    const std::optional<RunSummary>& summary() const { return m_summary; }
    std::int64_t endUs() const { return m_summary ? m_summary->simTimeUs : 0; }
    NoticeKind notice(const std::string& message) const;
    // The charts' series of the whole run, fed by the worker (any thread may read it).
    const ChartFeed& charts() const { return m_charts; }

signals:
    void recordsAdded(std::size_t total);
    void completed();

private:
    void run(std::stop_token stop);
    void publish(std::vector<TraceRecord> batch, std::optional<RunSummary> summary, bool truncated);
    void drain();

    QString m_path;
    ScenarioSpec m_spec;
    std::unique_ptr<Narrator> m_narrator;
    std::vector<TraceRecord> m_records;
    std::unordered_map<std::string, NoticeKind> m_notices;
    bool m_complete = false;
    bool m_truncated = false;
    std::optional<RunSummary> m_summary;

    // Handed over from the worker, under m_mutex.
    std::mutex m_mutex;
    std::vector<TraceRecord> m_inbox;
    std::optional<RunSummary> m_inboxSummary;
    bool m_inboxTruncated = false;
    std::atomic<bool> m_drainPosted{false};

    // Taken from the inbox, appended to m_records a slice at a time (GUI thread only).
    std::vector<TraceRecord> m_arrived;
    std::size_t m_arrivedAt = 0;
    std::optional<RunSummary> m_arrivedSummary;
    bool m_arrivedTruncated = false;

    ChartFeed m_charts;

    std::jthread m_worker;  // last: joined before the members above go away
};

} // namespace postie::gui
