#include "scenario_player.h"

#include "scenario_session.h"
#include "town_timeline.h"

namespace postie::gui {

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

    m_clock.pause();
    m_timeline = std::make_unique<TownTimeline>(*session);
    m_session = std::move(session);
    connect(m_session.get(), &ScenarioSession::recordsAdded, this, &ScenarioPlayer::onRecordsAdded);
    connect(m_session.get(), &ScenarioSession::completed, this, &ScenarioPlayer::onRecordsAdded);
    emit opened(m_session->spec());
    m_clock.setSource(this);
    return {};
}

TownFrame ScenarioPlayer::frame()
{
    if (!m_timeline) return {};
    return m_timeline->frame(m_clock.cursor(), m_clock.timeUs());
}

std::size_t ScenarioPlayer::recordCount() const { return m_session ? m_session->records().size() : 0; }

std::int64_t ScenarioPlayer::recordTimeUs(std::size_t index) const
{
    return m_session->records()[index].time.micros();
}

bool ScenarioPlayer::complete() const { return m_session && m_session->complete(); }

std::int64_t ScenarioPlayer::endUs() const { return m_session ? m_session->endUs() : 0; }

bool ScenarioPlayer::movingAt(std::size_t cursor, std::int64_t timeUs)
{
    return m_timeline && m_timeline->movingAt(cursor, timeUs);
}

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
