#pragma once
// The one clock of the app: maps wall time to simulated time. It holds a cursor (how many
// records have happened) and the simulated time; one timer at about 60 frames a second
// moves both while playing. Everything on screen is drawn from (cursor, time), so stepping,
// stepping back and scrubbing only move these two numbers.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <cstdint>

namespace postie::gui {

class PlaybackSource;

class PlaybackClock : public QObject {
    Q_OBJECT
public:
    static constexpr double kMinSpeed = 0.01;
    static constexpr double kMaxSpeed = 10000;
    static constexpr double kDefaultSpeed = 0.1;

    explicit PlaybackClock(QObject* parent = nullptr);

    // Back to the start of a new run, paused. The source must outlive its use here.
    void setSource(PlaybackSource* source);

    std::size_t cursor() const { return m_cursor; }
    std::int64_t timeUs() const { return m_timeUs; }
    bool playing() const { return m_playing; }
    double speed() const { return m_speed; }
    bool skipIdle() const { return m_skipIdle; }
    bool atEnd() const;

    void play();
    void pause();
    void togglePlay();
    void step();
    void stepBack();
    void restart();
    void setSpeed(double speed);
    void setSkipIdle(bool on);
    void seekRecord(std::size_t cursor);
    void seekTime(std::int64_t timeUs);
    // What one timer tick does with this much wall time; public so tests need no real time.
    void advanceBy(std::int64_t wallUs);

signals:
    void moved();  // cursor or time changed: draw again
    void playingChanged(bool playing);

private:
    void tick();
    void moveTo(std::int64_t timeUs);
    std::int64_t limitUs() const;
    std::int64_t lastRecordTimeUs() const;
    void setPlaying(bool on);

    PlaybackSource* m_source = nullptr;
    QTimer m_timer;
    QElapsedTimer m_wall;
    std::size_t m_cursor = 0;
    std::int64_t m_timeUs = 0;
    double m_speed = kDefaultSpeed;
    bool m_playing = false;
    bool m_skipIdle = true;
};

} // namespace postie::gui
