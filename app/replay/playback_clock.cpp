#include "replay/playback_clock.h"

#include "replay/playback_source.h"

#include <algorithm>
#include <cmath>

namespace postie::gui {
namespace {

constexpr int kFrameMs = 16;                  // about 60 frames a second
constexpr std::int64_t kMaxTickUs = 100'000;  // a stalled frame does not become a leap

} // namespace

PlaybackClock::PlaybackClock(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(kFrameMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PlaybackClock::tick);
}

void PlaybackClock::setSource(PlaybackSource* source)
{
    setPlaying(false);
    m_source = source;
    m_cursor = 0;
    m_timeUs = 0;
    emit moved();
}

bool PlaybackClock::atEnd() const
{
    return m_source && m_source->complete() && m_cursor == m_source->recordCount() &&
           m_timeUs >= m_source->endUs();
}

void PlaybackClock::play()
{
    if (!m_source) return;
    if (atEnd()) restart();
    setPlaying(true);
}

void PlaybackClock::pause() { setPlaying(false); }

void PlaybackClock::togglePlay() { m_playing ? pause() : play(); }

void PlaybackClock::step()
{
    setPlaying(false);
    if (!m_source || m_cursor >= m_source->recordCount()) return;
    ++m_cursor;
    m_timeUs = std::max(m_timeUs, m_source->recordTimeUs(m_cursor - 1));
    emit moved();
}

void PlaybackClock::stepBack()
{
    setPlaying(false);
    if (!m_source || m_cursor == 0) return;
    seekRecord(m_cursor - 1);
}

void PlaybackClock::restart()
{
    m_cursor = 0;
    m_timeUs = 0;
    emit moved();
}

void PlaybackClock::setSpeed(double speed) { m_speed = std::clamp(speed, kMinSpeed, kMaxSpeed); }

void PlaybackClock::setSkipIdle(bool on) { m_skipIdle = on; }

void PlaybackClock::seekRecord(std::size_t cursor)
{
    if (!m_source) return;
    m_cursor = std::min(cursor, m_source->recordCount());
    m_timeUs = m_cursor > 0 ? m_source->recordTimeUs(m_cursor - 1) : 0;
    emit moved();
}

void PlaybackClock::seekTime(std::int64_t timeUs)
{
    if (!m_source) return;
    m_timeUs = std::clamp<std::int64_t>(timeUs, 0, limitUs());
    // Records are in time order: the cursor is the first record later than the time.
    std::size_t lo = 0, hi = m_source->recordCount();
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (m_source->recordTimeUs(mid) <= m_timeUs) lo = mid + 1;
        else hi = mid;
    }
    m_cursor = lo;
    emit moved();
}

void PlaybackClock::advanceBy(std::int64_t wallUs)
{
    if (!m_source || !m_playing) return;
    moveTo(m_timeUs + std::llround(double(wallUs) * m_speed));
    // Skip idle: when nothing is on its way, go straight to the next thing that happens.
    if (m_skipIdle && !m_source->movingAt(m_cursor, m_timeUs)) {
        if (m_cursor < m_source->recordCount()) moveTo(m_source->recordTimeUs(m_cursor));
        else if (m_source->complete()) moveTo(m_source->endUs());
    }
    if (atEnd()) setPlaying(false);
    emit moved();
}

void PlaybackClock::tick()
{
    const std::int64_t wallUs = std::min<std::int64_t>(m_wall.nsecsElapsed() / 1000, kMaxTickUs);
    m_wall.restart();
    advanceBy(wallUs);
}

void PlaybackClock::moveTo(std::int64_t timeUs)
{
    m_timeUs = std::max(m_timeUs, std::min(timeUs, limitUs()));
    const std::size_t count = m_source->recordCount();
    while (m_cursor < count && m_source->recordTimeUs(m_cursor) <= m_timeUs) ++m_cursor;
}

// While the run is still being worked out, playback waits at the last record known.
std::int64_t PlaybackClock::limitUs() const
{
    return m_source->complete() ? std::max(m_source->endUs(), lastRecordTimeUs()) : lastRecordTimeUs();
}

std::int64_t PlaybackClock::lastRecordTimeUs() const
{
    const std::size_t count = m_source->recordCount();
    return count > 0 ? m_source->recordTimeUs(count - 1) : 0;
}

void PlaybackClock::setPlaying(bool on)
{
    if (on == m_playing) return;
    m_playing = on;
    if (on) {
        m_wall.start();
        m_timer.start();
    } else {
        m_timer.stop();
    }
    emit playingChanged(on);
}

} // namespace postie::gui
