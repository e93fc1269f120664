#pragma once
// The one clock of the app: maps wall time to simulated time. It holds a cursor (how many
// records have happened) and the simulated time; one timer at about 60 frames a second
// moves both while playing. Everything on screen is drawn from (cursor, time), so stepping,
// stepping back and scrubbing only move these two numbers.
//
// At the story pace the clock also waits for the reader: it does not pass the next told record
// until the caption on screen has been up for the hold time (wall time; longer when the moment
// has several sentences: half as long again for each one more, up to 2.5 times), and a stretch of quiet
// time longer than a couple of seconds at the speed is crossed in one visible jump (the clock
// runs through it in kJumpWallUs; jump() says from where to where) instead of skipped unseen.
// At the continuous pace it runs at the speed; skip idle jumps short idle moments at once and
// crosses long quiet stretches the same visible way, in kFastJumpWallUs.
#include "replay/playback_pace.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <cstdint>
#include <optional>

namespace postie::gui {

class PlaybackSource;

class PlaybackClock : public QObject {
    Q_OBJECT
public:
    static constexpr double kMinSpeed = 0.01;
    static constexpr double kMaxSpeed = 10000;
    static constexpr double kDefaultSpeed = 0.1;
    static constexpr std::int64_t kDefaultHoldWallUs = 2'500'000;  // a caption stays this long
    static constexpr std::int64_t kJumpWallUs = 1'600'000;          // a jump over quiet time takes this long
    // Quiet time that would take longer than this at the speed is jumped.
    static constexpr std::int64_t kQuietWallUs = 2'000'000;
    static constexpr std::int64_t kFastJumpWallUs = 1'000'000;  // ... and at the continuous pace

    // A jump over quiet time, while it is going on.
    struct Jump {
        bool active = false;
        std::int64_t fromUs = 0;
        std::int64_t toUs = 0;
    };

    explicit PlaybackClock(QObject* parent = nullptr);

    // Back to the start of a new run, paused. The source must outlive its use here.
    void setSource(PlaybackSource* source);

    std::size_t cursor() const { return m_cursor; }
    std::int64_t timeUs() const { return m_timeUs; }
    bool playing() const { return m_playing; }
    double speed() const { return m_speed; }
    bool skipIdle() const { return m_skipIdle; }
    Pace pace() const { return m_pace; }
    std::int64_t holdWallUs() const { return m_holdWallUs; }
    const Jump& jump() const { return m_jump; }
    bool atEnd() const;

    void play();
    void pause();
    void togglePlay();
    void step();
    void stepBack();
    void restart();
    void setSpeed(double speed);
    void setSkipIdle(bool on);
    void setPace(Pace pace);
    void setHoldWallUs(std::int64_t us);
    void seekRecord(std::size_t cursor);
    void seekTime(std::int64_t timeUs);
    // What one timer tick does with this much wall time; public so tests need no real time.
    void advanceBy(std::int64_t wallUs);

    // A place where playing stops by itself (a lesson's stop): while it plays from before this
    // cursor, the clock does not pass it; when it gets there it shows that record's moment,
    // pauses and says halted(). Stepping, seeking and playing from there on pass it freely.
    void setHaltAt(std::optional<std::size_t> cursor) { m_haltAt = cursor; }
    std::optional<std::size_t> haltAt() const { return m_haltAt; }

signals:
    void moved();  // cursor or time changed: draw again
    void playingChanged(bool playing);
    void speedChanged(double speed);
    void paceChanged(postie::gui::Pace pace);
    void halted(std::size_t cursor);  // playing reached the halt (setHaltAt), and paused there

private:
    void tick();
    void moveTo(std::int64_t timeUs);
    std::size_t cursorLimit() const;
    bool haltHere();
    void advanceContinuous(std::int64_t wallUs);
    void advanceStory(std::int64_t wallUs);
    void advanceJump(std::int64_t wallUs, std::int64_t lastsWallUs);
    std::int64_t nextEventUs() const;
    bool quietUntil(std::int64_t timeUs) const;
    void storyMoveTo(std::int64_t timeUs, bool reading);
    void startJump(std::int64_t toUs);
    void forgetJump();
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
    Pace m_pace = Pace::Continuous;
    std::int64_t m_holdWallUs = kDefaultHoldWallUs;
    std::int64_t m_captionWallUs = 0;  // how long the caption on screen has been up
    double m_holdScale = 1;            // longer for a caption of several sentences
    Jump m_jump;
    std::int64_t m_jumpWallUs = 0;  // wall time since the jump began
    std::optional<std::size_t> m_haltAt;
    bool m_haltArmed = false;  // this advance started before the halt
};

} // namespace postie::gui
