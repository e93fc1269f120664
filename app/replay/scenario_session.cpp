#include "replay/scenario_session.h"

#include "replay/qt_phrasebook.h"
#include "replay/station_labels.h"

#include "mail/world.h"
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"
#include "trace/trace_sink.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <algorithm>
#include <functional>

namespace postie::gui {
namespace {

// Events per chunk: small enough that a cancelled run stops at once, large enough that the
// hand-over costs nothing next to the run.
constexpr int kChunkEvents = 4096;

// The stations named in the app's language (postie-cli tells the English). A writer's label
// takes the number of its English one: "Klassenzimmer" knock, as "Classrooms" do.
Narrator makeNarrator(const ScenarioSpec& spec)
{
    std::map<std::string, StationInfo> stations;
    for (const auto& s : spec.stations)
        stations[s.id] = StationInfo{stationKindName(s.kind), stationLabel(s).toStdString(),
                                     Narrator::pluralLabel(s.label.empty() ? s.id : s.label)};
    return Narrator(std::move(stations), spec.startEpochSeconds);
}

// The worker's sink: every record straight into the store, compacted in the worker thread so
// the GUI thread has nothing to copy, and folded into the town's state for the keyframes
// (docs/performance.md).
class StoreRecorder : public TraceSink {
public:
    using KeyframeReady = std::function<void(const TownState&)>;
    StoreRecorder(TraceStore& store, std::size_t keyframeEvery, KeyframeReady keyframeReady)
        : m_store(store), m_keyframeEvery(keyframeEvery), m_keyframeReady(std::move(keyframeReady))
    {
    }
    void record(const TraceRecord& record) override
    {
        if (m_full || !m_store.append(record)) {
            m_full = true;
            return;
        }
        m_town.apply(record);
        if (m_town.applied % m_keyframeEvery == 0) m_keyframeReady(m_town);
    }
    bool full() const { return m_full; }

private:
    TraceStore& m_store;
    std::size_t m_keyframeEvery;
    KeyframeReady m_keyframeReady;
    TownState m_town;
    bool m_full = false;
};

} // namespace

ScenarioSession::ScenarioSession(QObject* parent, std::size_t maxRecords)
    : QObject(parent), m_maxRecords(std::min(maxRecords, kMaxRecords))
{
}

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
        // The context is written out: lupdate finds the class's own tr() only with the app's include path.
        if (errors.isEmpty())
            errors << QCoreApplication::translate("ScenarioSession", "%1: error: the file could not be read").arg(path);
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
    m_narrator->setWords(m_words);
    m_narrator->setPhrasebook(QtPhrasebook::instance());
    m_store = std::make_unique<TraceStore>(m_maxRecords);
    m_keyframes.append() = TownState{};
    m_keyframesReady.store(1, std::memory_order_release);
    m_worker = std::jthread([this](std::stop_token stop) { run(stop); });
}

void ScenarioSession::setWords(NarrationWords words)
{
    m_words = words;
    if (m_narrator) m_narrator->setWords(words);
}

std::int64_t ScenarioSession::endUs() const
{
    if (!m_summary) return 0;
    if (m_truncated && m_visible > 0) return m_store->timeUs(m_visible - 1);
    return m_summary->simTimeUs;
}

NoticeKind ScenarioSession::notice(const std::string& message) const
{
    auto it = m_notices.find(message);
    return it == m_notices.end() ? NoticeKind::None : it->second;
}

// Worker thread. The engine's stopping rule (ScenarioRun::advance), in batches, so that the run
// can be cancelled and its records shown while it goes on.
void ScenarioSession::run(std::stop_token stop)
{
    ScenarioRun run(m_spec);
    StoreRecorder recorder(*m_store, kKeyframeEvery, [this](const TownState& town) {
        if (m_keyframes.full()) return;
        m_keyframes.append() = town;
        m_keyframesReady.store(m_keyframes.size(), std::memory_order_release);
    });
    run.world().addSink(&recorder);
    m_charts.attach(run.world(), m_spec);
    run.start();
    bool done = false;
    bool truncated = false;
    while (!done && !stop.stop_requested()) {
        done = run.advance(kChunkEvents) != RunStop::Batch;
        // Past the records the app keeps, the run goes on for the charts and the summary only.
        if (!truncated && recorder.full()) {
            run.world().removeSink(&recorder);
            truncated = true;
        }
        std::optional<RunSummary> summary;
        if (done) summary = run.world().summary();
        m_charts.publish(run.world().now(), done);
        publish(std::move(summary), truncated);
    }
}

// Worker thread: wakes the GUI thread once per chunk (and hands over the summary at the end).
void ScenarioSession::publish(std::optional<RunSummary> summary, bool truncated)
{
    if (summary) {
        std::lock_guard lock(m_mutex);
        m_inboxSummary = std::move(summary);
        m_inboxTruncated = truncated;
    }
    if (!m_drainPosted.exchange(true))
        QMetaObject::invokeMethod(this, &ScenarioSession::drain, Qt::QueuedConnection);
}

// GUI thread. Shows what the worker has stored since the last visit: nothing is copied, so
// this costs next to nothing however fast a long run streams in, and the window keeps
// answering input. The summary is taken before the size is read, so once complete every
// record of the run is visible.
void ScenarioSession::drain()
{
    std::optional<RunSummary> summary;
    bool truncated = false;
    {
        std::lock_guard lock(m_mutex);
        // An exchange, not a store: it reads the worker's last exchange, so every record the
        // worker stored before it is visible below.
        m_drainPosted.exchange(false);
        summary = std::move(m_inboxSummary);
        m_inboxSummary.reset();
        truncated = m_inboxTruncated;
    }
    const std::size_t stored = m_store->size();
    for (std::size_t i = m_visible; i < stored; ++i)
        if (m_store->type(i) == EventType::BounceCreated) {
            const TraceRecord r = (*m_store)[i];
            m_notices[r.message] = r.noticeAction == NoticeAction::Delayed ? NoticeKind::StillTrying : NoticeKind::ReturnToSender;
        }
    const bool added = stored > m_visible;
    m_visible = stored;
    if (added) emit recordsAdded(m_visible);
    if (summary && !m_complete) {
        m_summary = std::move(summary);
        m_truncated = truncated;
        m_complete = true;
        emit completed();
    }
}

} // namespace postie::gui
