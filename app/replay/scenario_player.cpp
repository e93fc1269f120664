#include "replay/scenario_player.h"

#include "replay/failure_stamps.h"
#include "replay/scenario_session.h"
#include "replay/town_timeline.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace postie::gui {
namespace {

// How long a station's flash stays on screen, in wall time, and at most in simulated time: at
// a high speed the clock waits for the reader and then jumps through quiet time, and a stamp
// must not outlast the moment it belongs to ("in the box" a quarter of an hour on).
constexpr double kFlashWallUs = 600'000;
constexpr std::int64_t kFlashMostUs = 2'000'000;
// How long a failure's mark stays on the map, in wall time: long enough for a class to see it.
constexpr double kMarkWallUs = 3'000'000;
// A snooper's speech bubble stays about 4 s of wall time: long enough to read aloud.
constexpr double kRemarkWallUs = 4'000'000;

} // namespace

ScenarioPlayer::ScenarioPlayer(QObject* parent) : QObject(parent)
{
    connect(&m_clock, &PlaybackClock::moved, this, &ScenarioPlayer::showFrame);
}

// No signals on the way out: the window that listens may itself be going away.
ScenarioPlayer::~ScenarioPlayer() = default;

QStringList ScenarioPlayer::open(const QString& path)
{
    auto session = std::make_unique<ScenarioSession>();
    const QStringList errors = session->open(path);
    if (!errors.isEmpty()) return errors;
    play(std::move(session));
    return {};
}

void ScenarioPlayer::openSpec(const QString& path, ScenarioSpec spec)
{
    auto session = std::make_unique<ScenarioSession>();
    session->start(path, std::move(spec));
    play(std::move(session));
}

void ScenarioPlayer::play(std::unique_ptr<ScenarioSession> session)
{
    m_pending.reset();
    m_fileSpec = session->spec();
    m_interventions.clear();
    adopt(std::move(session));
    m_clock.setPace(paceNamed(QString::fromStdString(m_fileSpec.pace)));
    m_clock.setSpeed(m_fileSpec.speed);
    emit opened(m_session->spec());
    emit interventionsChanged();
    m_clock.setSource(this);
}

void ScenarioPlayer::adopt(std::unique_ptr<ScenarioSession> session)
{
    m_clock.pause();
    disconnect(session.get(), nullptr, this, nullptr);
    m_timeline = std::make_unique<TownTimeline>(*session);
    m_session = std::move(session);
    m_session->setWords(m_words);
    connect(m_session.get(), &ScenarioSession::recordsAdded, this, &ScenarioPlayer::onRecordsAdded);
    connect(m_session.get(), &ScenarioSession::completed, this, &ScenarioPlayer::onRecordsAdded);
    emit runChanged();
}

SimTime ScenarioPlayer::interventionTime() const
{
    const std::int64_t now = m_clock.timeUs();
    const std::size_t cursor = m_clock.cursor();
    const bool shownAtNow = cursor > 0 && cursor <= recordCount() && recordTimeUs(cursor - 1) >= now;
    return SimTime::fromMicros(shownAtNow ? now + 1 : now);
}

void ScenarioPlayer::intervene(Intervention intervention)
{
    if (!m_session) return;
    const std::int64_t at = intervention.at().micros();
    m_interventions.push_back(std::move(intervention));
    rerun(at);
}

void ScenarioPlayer::undoIntervention()
{
    if (!m_session || m_interventions.empty()) return;
    m_interventions.pop_back();
    rerun(m_clock.timeUs());
}

void ScenarioPlayer::rerun(std::int64_t returnToUs)
{
    m_clock.pause();
    m_returnToUs = returnToUs;
    m_pending = std::make_unique<ScenarioSession>();
    connect(m_pending.get(), &ScenarioSession::recordsAdded, this, &ScenarioPlayer::onRerunProgress);
    connect(m_pending.get(), &ScenarioSession::completed, this, &ScenarioPlayer::onRerunProgress);
    m_pending->start(m_session->path(), withInterventions(m_fileSpec, m_interventions));
    emit interventionsChanged();
}

// The new run replaces the old one on screen once it has passed the moment to come back to.
void ScenarioPlayer::onRerunProgress()
{
    if (!m_pending) return;
    const auto& records = m_pending->records();
    const bool there = m_pending->complete() || (!records.empty() && records.timeUs(records.size() - 1) > m_returnToUs);
    if (!there) return;
    adopt(std::move(m_pending));
    m_clock.setSource(this);
    m_clock.seekTime(m_returnToUs);
    emit interventionsChanged();
    emit progressed(recordCount(), complete());
}

TownFrame ScenarioPlayer::frame()
{
    if (!m_timeline) return {};
    // A flash lasts about 0.6 s of wall time at the current speed (at least 1 µs simulated, at
    // most kFlashMostUs).
    const auto flashWindowUs =
        std::clamp<std::int64_t>(std::llround(m_clock.speed() * kFlashWallUs), 1, kFlashMostUs);
    m_timeline->setTellMoments(m_clock.pace() == Pace::Story);
    const auto markWindowUs = std::max<std::int64_t>(1, std::llround(m_clock.speed() * kMarkWallUs));
    TownFrame f = m_timeline->frame(m_clock.cursor(), m_clock.timeUs(), flashWindowUs, markWindowUs);
    if (m_clock.speed() > kRoutineStampsUpTo)
        f.flashes = stampsAt(m_session->records(), f.cursor, f.timeUs, flashWindowUs, m_clock.speed());
    dropMarkedFailures(f.flashes, f.failures);
    const auto remarkWindowUs = std::max<std::int64_t>(1, std::llround(m_clock.speed() * kRemarkWallUs));
    f.remarks = remarksAt(m_session->records(), f.cursor, f.timeUs, remarkWindowUs);
    if (const auto& jump = m_clock.jump(); jump.active) {
        f.skippingUs = jump.toUs - jump.fromUs;
        f.jump = jumpSentence();
    }
    return f;
}

// "5 minutes later", "1 h 20 min later: the next try": what the class hears while the clock
// runs through quiet time, with what comes after it when that is worth a word. Worked out once
// per jump.
std::string ScenarioPlayer::jumpSentence()
{
    const auto& jump = m_clock.jump();
    if (m_jumpText.fromUs == jump.fromUs && m_jumpText.toUs == jump.toUs && !m_jumpText.text.empty())
        return m_jumpText.text;
    const QString span = durationWords(jump.toUs - jump.fromUs);
    // A letter put off till later is due by the end of the jump: its next try comes then.
    const TownFrame before = m_timeline->frame(m_clock.cursor(), jump.fromUs);
    const bool retry = std::any_of(before.retries.begin(), before.retries.end(),
                                   [&](const auto& r) { return r.second.nextUs <= jump.toUs; });
    const std::size_t next = m_clock.cursor();
    // Whole sentences, so that a language may put the time elsewhere in them. The context is
    // written out: lupdate finds the class's own tr() only with the app's include path.
    QString text;
    if (retry) text = QCoreApplication::translate("ScenarioPlayer", "%1 later: the next try").arg(span);
    else if (next < recordCount() && m_session->records().type(next) == EventType::MessageCreated)
        text = QCoreApplication::translate("ScenarioPlayer", "%1 later: a new letter").arg(span);
    else if (next >= recordCount() && complete())
        text = QCoreApplication::translate("ScenarioPlayer", "%1 later: the end of the run").arg(span);
    else text = QCoreApplication::translate("ScenarioPlayer", "%1 later").arg(span);
    m_jumpText = {jump.fromUs, jump.toUs, text.toStdString()};
    return m_jumpText.text;
}

void ScenarioPlayer::setWords(NarrationWords words)
{
    m_words = words;
    if (m_session) m_session->setWords(words);
    emit wordsChanged();
    showFrame();
}

std::size_t ScenarioPlayer::recordCount() const { return m_session ? m_session->records().size() : 0; }

std::int64_t ScenarioPlayer::recordTimeUs(std::size_t index) const
{
    return m_session->records().timeUs(index);
}

bool ScenarioPlayer::complete() const { return m_session && m_session->complete(); }

std::int64_t ScenarioPlayer::endUs() const { return m_session ? m_session->endUs() : 0; }

bool ScenarioPlayer::movingAt(std::size_t cursor, std::int64_t timeUs)
{
    return m_timeline && m_timeline->movingAt(cursor, timeUs);
}

bool ScenarioPlayer::told(std::size_t index) { return m_timeline && m_timeline->told(index); }

bool ScenarioPlayer::toldAlone(std::size_t index) { return m_timeline && m_timeline->toldAlone(index); }

void ScenarioPlayer::showFrame()
{
    if (m_timeline) emit frameChanged(frame());
}

void ScenarioPlayer::onRecordsAdded()
{
    emit progressed(recordCount(), complete());
    showFrame();  // the record count and, at the very start, the first caption change
}

} // namespace postie::gui
