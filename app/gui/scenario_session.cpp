#include "scenario_session.h"

#include "batch_recorder.h"
#include "mail/world.h"
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"

#include <QMetaObject>
#include <QTimer>

namespace postie::gui {
namespace {

// Events per chunk: small enough that a cancelled run stops at once, large enough that the
// hand-over costs nothing next to the run.
constexpr int kChunkEvents = 4096;

Narrator makeNarrator(const ScenarioSpec& spec)
{
    std::map<std::string, StationInfo> stations;
    for (const auto& s : spec.stations) stations[s.id] = StationInfo{stationKindName(s.kind), s.label};
    return Narrator(std::move(stations), spec.startEpochSeconds);
}

} // namespace

ScenarioSession::ScenarioSession(QObject* parent) : QObject(parent) {}

ScenarioSession::~ScenarioSession()
{
    if (m_worker.joinable()) {
        m_worker.request_stop();
        m_worker.join();
    }
}

QStringList ScenarioSession::open(const QString& path)
{
    Q_ASSERT(!m_worker.joinable());  // one scenario per session: open another in a new one
    LoadResult loaded = loadScenarioFile(path.toStdString());
    if (!loaded.ok()) {
        QStringList errors;
        for (const auto& d : loaded.errors) errors << QString::fromStdString(d.format());
        if (errors.isEmpty()) errors << tr("%1: error: the file could not be read").arg(path);
        return errors;
    }
    start(path, std::move(*loaded.spec));
    return {};
}

void ScenarioSession::start(const QString& path, ScenarioSpec spec)
{
    Q_ASSERT(!m_worker.joinable());
    m_path = path;
    m_spec = std::move(spec);
    m_narrator = std::make_unique<Narrator>(makeNarrator(m_spec));
    // Room for every record the run may keep, taken up front: growing the vector while the run
    // streams in moved all records so far at once, stalling the window for over a second on a
    // long run (docs/performance.md). Pages are touched only as records arrive. The last chunk
    // may go past kMaxRecords by the records of up to kChunkEvents events.
    m_records.reserve(kMaxRecords + 4 * kChunkEvents);
    m_worker = std::jthread([this](std::stop_token stop) { run(stop); });
}

NoticeKind ScenarioSession::notice(const std::string& message) const
{
    auto it = m_notices.find(message);
    return it == m_notices.end() ? NoticeKind::None : it->second;
}

// Worker thread. The same stopping rule as ScenarioRun::runToEnd, in chunks, so that the run
// can be cancelled and its records shown while it goes on.
void ScenarioSession::run(std::stop_token stop)
{
    ScenarioRun run(m_spec);
    BatchRecorder recorder;
    run.world().addSink(&recorder);
    m_charts.attach(run.world(), m_spec);
    run.start();
    Simulation& sim = run.world().sim();
    const std::optional<SimTime> limit = m_spec.until;
    std::size_t kept = 0;
    bool done = false;
    bool truncated = false;
    while (!done && !stop.stop_requested()) {
        for (int i = 0; i < kChunkEvents; ++i) {
            if (!limit && run.world().quiet()) { done = true; break; }
            const auto next = sim.peekNextTime();
            if (!next || *next > (limit ? *limit : ScenarioRun::kQuietLimit)) { done = true; break; }
            sim.step();
        }
        if (done && limit) sim.runUntil(*limit);
        kept += recorder.size();
        if (!done && kept >= kMaxRecords) done = truncated = true;
        std::optional<RunSummary> summary;
        if (done) summary = run.world().summary();
        m_charts.publish(sim.now(), done);
        publish(recorder.take(), std::move(summary), truncated);
    }
}

// Worker thread: hands a batch over and wakes the GUI thread once per hand-over.
void ScenarioSession::publish(std::vector<TraceRecord> batch, std::optional<RunSummary> summary, bool truncated)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_inbox.empty()) m_inbox = std::move(batch);
        else m_inbox.insert(m_inbox.end(), std::make_move_iterator(batch.begin()), std::make_move_iterator(batch.end()));
        if (summary) {
            m_inboxSummary = std::move(summary);
            m_inboxTruncated = truncated;
        }
    }
    if (!m_drainPosted.exchange(true))
        QMetaObject::invokeMethod(this, &ScenarioSession::drain, Qt::QueuedConnection);
}

// GUI thread. Takes what the worker handed over and appends it in slices of kDrainSlice
// records, one slice per visit of the event loop: a long run hands over faster than records
// can be appended, and appending a whole hand-over at once stalled the window for hundreds of
// milliseconds (docs/performance.md).
void ScenarioSession::drain()
{
    if (m_arrivedAt == m_arrived.size()) {
        std::lock_guard lock(m_mutex);
        m_drainPosted = false;
        m_arrived.clear();
        m_arrived.swap(m_inbox);
        m_arrivedAt = 0;
        if (m_inboxSummary) {
            m_arrivedSummary = std::move(m_inboxSummary);
            m_inboxSummary.reset();
            m_arrivedTruncated = m_inboxTruncated;
        }
    }
    const std::size_t end = std::min(m_arrived.size(), m_arrivedAt + kDrainSlice);
    const bool added = end > m_arrivedAt;
    for (; m_arrivedAt < end; ++m_arrivedAt) {
        TraceRecord& r = m_arrived[m_arrivedAt];
        if (r.type == EventType::BounceCreated)
            m_notices[r.message] = r.text == "delayed" ? NoticeKind::StillTrying : NoticeKind::ReturnToSender;
        m_records.push_back(std::move(r));
    }
    if (added) emit recordsAdded(m_records.size());
    if (m_arrivedAt < m_arrived.size()) {
        // A zero timer rather than a posted call: posted calls run before input and timers.
        QTimer::singleShot(0, this, &ScenarioSession::drain);
        return;
    }
    if (m_arrivedSummary && !m_complete) {
        m_summary = std::move(m_arrivedSummary);
        m_arrivedSummary.reset();
        m_truncated = m_arrivedTruncated;
        m_complete = true;
        emit completed();
    }
}

} // namespace postie::gui
