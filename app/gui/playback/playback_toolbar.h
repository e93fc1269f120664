#pragma once
// The playback controls: play/pause (Space), step (Right), step back (Left), restart (Home),
// speed from slow motion to thousands of times faster, skip idle time, a scrubber over the
// records with the run's incidents marked on it, and the simulated clock. It only shows and
// asks; the clock decides.
#include "playback/marked_scrubber.h"

#include <QIcon>
#include <QStyle>
#include <QToolBar>

class QLabel;
class QSlider;

namespace postie::gui {

struct TownFrame;

class PlaybackToolbar : public QToolBar {
    Q_OBJECT
public:
    explicit PlaybackToolbar(QWidget* parent = nullptr);

    QAction* playAction() const { return m_play; }
    QAction* stepAction() const { return m_step; }
    QAction* backAction() const { return m_back; }
    QAction* restartAction() const { return m_restart; }
    QAction* skipIdleAction() const { return m_skipIdle; }
    QList<QAction*> playbackActions() const { return {m_play, m_step, m_back, m_restart, m_skipIdle}; }

    void showFrame(const TownFrame& frame);
    void setPlaying(bool playing);
    void setSpeed(double speed);
    void setScenarioOpen(bool open);
    MarkedScrubber* scrubber() const { return m_scrubber; }

    static double speedFromSlider(int value);
    static int sliderFromSpeed(double speed);

signals:
    void speedChanged(double speed);
    void scrubbed(int cursor);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QIcon icon(QStyle::StandardPixmap which) const;
    void fitButtonStyle();
    void onSpeedSlider(int value);
    QString speedText(double speed) const;

    QAction* m_play = nullptr;
    bool m_playing = false;
    QAction* m_step = nullptr;
    QAction* m_back = nullptr;
    QAction* m_restart = nullptr;
    QAction* m_skipIdle;
    QSlider* m_speed;
    QAction* m_speedWord;  // the "Speed" before the slider, left out when room is short
    QLabel* m_speedLabel;
    MarkedScrubber* m_scrubber;
    QLabel* m_clock;
    QLabel* m_position;
};

} // namespace postie::gui
