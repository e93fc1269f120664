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
    forgetJump();
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
    forgetJump();
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
    forgetJump();
    m_cursor = 0;
    m_timeUs = 0;
    emit moved();
}

void PlaybackClock::setSpeed(double speed)
{
    const double clamped = std::clamp(speed, kMinSpeed, kMaxSpeed);
    if (clamped == m_speed) return;
    m_speed = clamped;
    emit speedChanged(m_speed);
}

void PlaybackClock::setSkipIdle(bool on) { m_skipIdle = on; }

void PlaybackClock::setPace(Pace pace)
{
    if (pace == m_pace) return;
    // A story jump under way ends where it was going.
    if (m_jump.active && m_source && m_pace == Pace::Story) moveTo(m_jump.toUs);
    forgetJump();
    m_pace = pace;
    emit paceChanged(pace);
    emit moved();
}

void PlaybackClock::setHoldWallUs(std::int64_t us) { m_holdWallUs = std::max<std::int64_t>(0, us); }

void PlaybackClock::forgetJump()
{
    m_jump = {};
    m_jumpWallUs = 0;
    m_captionWallUs = 0;
    m_holdScale = 1;
}

void PlaybackClock::seekRecord(std::size_t cursor)
{
    if (!m_source) return;
    forgetJump();
    m_cursor = std::min(cursor, m_source->recordCount());
    m_timeUs = m_cursor > 0 ? m_source->recordTimeUs(m_cursor - 1) : 0;
    emit moved();
}

void PlaybackClock::seekTime(std::int64_t timeUs)
{
    if (!m_source) return;
    forgetJump();
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
    m_haltArmed = m_haltAt && m_cursor < *m_haltAt;
    if (m_pace == Pace::Story) advanceStory(wallUs);
    else advanceContinuous(wallUs);
    const bool armed = m_haltArmed;
    m_haltArmed = false;
    if (armed && haltHere()) return;
    if (atEnd()) setPlaying(false);
    emit moved();
}

// How far the cursor may go in this advance: to the halt, when it started before it.
std::size_t PlaybackClock::cursorLimit() const
{
    const std::size_t count = m_source->recordCount();
    return m_haltArmed ? std::min(count, *m_haltAt) : count;
}

// Playing got to the halt: the halt's record is the last one shown, at its own moment.
bool PlaybackClock::haltHere()
{
    if (!m_haltAt || m_cursor != *m_haltAt || m_cursor == 0) return false;
    const std::int64_t at = m_source->recordTimeUs(m_cursor - 1);
    if (m_timeUs < at) return false;  // got to the cursor before its time: not yet shown
    const std::size_t cursor = m_cursor;
    m_timeUs = at;
    forgetJump();
    setPlaying(false);
    emit moved();
    emit halted(cursor);
    return true;
}

void PlaybackClock::advanceContinuous(std::int64_t wallUs)
{
    if (m_jump.active) {
        advanceJump(wallUs, kFastJumpWallUs);
        return;
    }
    moveTo(m_timeUs + std::llround(double(wallUs) * m_speed));
    // Skip idle: when nothing is on its way, go straight to the next thing that happens; a
    // long stretch of quiet time in one short visible jump.
    if (m_skipIdle && !m_source->movingAt(m_cursor, m_timeUs)) {
        const std::int64_t to = nextEventUs();
        if (to < 0) return;
        if (quietUntil(to)) startJump(to);
        else moveTo(to);
    }
}

// Story pace: see the header.
void PlaybackClock::advanceStory(std::int64_t wallUs)
{
    m_captionWallUs += wallUs;
    if (m_jump.active) {
        advanceJump(wallUs, kJumpWallUs);
        if (!m_jump.active) storyMoveTo(m_timeUs, false);  // the event at the end of the jump
        return;
    }
    const bool reading = m_captionWallUs < m_holdWallUs * m_holdScale;
    if (!m_source->movingAt(m_cursor, m_timeUs)) {
        const std::int64_t next = nextEventUs();
        if (next >= 0 && quietUntil(next)) {
            if (!reading) startJump(next);
            return;  // nothing moves while the caption is read
        }
    }
    storyMoveTo(m_timeUs + std::llround(double(wallUs) * m_speed), reading);
}

// Moves the time on and applies the records up to it, but at most one moment's told records,
// and none while the caption on screen is still being read: the time then stops just before.
void PlaybackClock::storyMoveTo(std::int64_t timeUs, bool reading)
{
    const std::int64_t before = m_timeUs;
    m_timeUs = std::max(m_timeUs, std::min(timeUs, limitUs()));
    const std::size_t count = cursorLimit();
    std::int64_t toldMoment = -1;
    int told = 0;
    bool aloneTold = false;  // a record told alone ends the caption it is in
    while (m_cursor < count && m_source->recordTimeUs(m_cursor) <= m_timeUs) {
        const std::int64_t at = m_source->recordTimeUs(m_cursor);
        if (m_source->told(m_cursor)) {
            const bool alone = m_source->toldAlone(m_cursor);
            if (reading || (toldMoment >= 0 && (at != toldMoment || alone || aloneTold))) {
                // Within a moment already shown the time stays at it; else it stops just before.
                m_timeUs = at == toldMoment ? at : std::max(before, at - 1);
                break;
            }
            toldMoment = at;
            ++told;
            aloneTold = alone;
        }
        ++m_cursor;
    }
    if (toldMoment >= 0) {
        m_captionWallUs = 0;
        // Several sentences at one moment get more time: half as long again for each one
        // more, up to two and a half times.
        m_holdScale = std::min(1.0 + 0.5 * (told - 1), 2.5);
    }
}

// The clock runs through the quiet time, easing in and out so that it visibly races and
// then settles; at the end the next event happens.
void PlaybackClock::advanceJump(std::int64_t wallUs, std::int64_t lastsWallUs)
{
    m_jumpWallUs += wallUs;
    if (m_jumpWallUs < lastsWallUs) {
        const double x = double(m_jumpWallUs) / double(lastsWallUs);
        const double eased = x * x * (3 - 2 * x);
        const std::int64_t at = m_jump.fromUs + std::llround(double(m_jump.toUs - m_jump.fromUs) * eased);
        m_timeUs = std::max(m_timeUs, at);
        return;
    }
    if (m_pace == Pace::Continuous) moveTo(m_jump.toUs);
    else m_timeUs = std::max(m_timeUs, m_jump.toUs);
    m_jump = {};
}

// When the next thing happens: the next record, or the end of a finished run; -1 for none yet.
std::int64_t PlaybackClock::nextEventUs() const
{
    if (m_cursor < m_source->recordCount()) return m_source->recordTimeUs(m_cursor);
    if (m_source->complete()) return m_source->endUs();
    return -1;
}

// Nothing would happen for longer than kQuietWallUs of wall time at this speed.
bool PlaybackClock::quietUntil(std::int64_t timeUs) const
{
    return double(timeUs - m_timeUs) > m_speed * double(kQuietWallUs);
}

void PlaybackClock::startJump(std::int64_t toUs)
{
    m_jump = {true, m_timeUs, std::min(toUs, limitUs())};
    m_jumpWallUs = 0;
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
    const std::size_t count = cursorLimit();
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
