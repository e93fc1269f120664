#pragma once
// The playback controls: play/pause (Space), step (Right), step back (Left), restart (Home),
// speed from slow motion to thousands of times faster in presets (`[` slower, `]` faster; the
// slider snaps to them), the story pace (P) or the continuous one with skip idle time, how long
// a caption stays, a scrubber over the records with the run's incidents marked on it, and the
// simulated clock. The speed shown is the speed there is: "skipping 4 h 47 min" while the clock
// jumps over quiet time. It only shows and asks; the clock decides.
#include "playback/marked_scrubber.h"
#include "replay/playback_pace.h"

#include <QIcon>
#include <QStyle>
#include <QToolBar>

class QActionGroup;
class QLabel;
class QMenu;
class QSlider;

namespace postie::gui {

struct TownFrame;

class PlaybackToolbar : public QToolBar {
    Q_OBJECT
public:
    explicit PlaybackToolbar(QWidget* parent = nullptr);
    // The button for Edit > Edit the town, after the Story button; like it, left out of a
    // toolbar short of room (the menu and Ctrl+Shift+E stay).
    void addEditButton(QAction* edit);

    QAction* playAction() const { return m_play; }
    QAction* stepAction() const { return m_step; }
    QAction* backAction() const { return m_back; }
    QAction* restartAction() const { return m_restart; }
    QAction* skipIdleAction() const { return m_skipIdle; }
    QAction* slowerAction() const { return m_slower; }
    QAction* fasterAction() const { return m_faster; }
    QAction* storyAction() const { return m_story; }
    QList<QAction*> playbackActions() const
    {
        return {m_play, m_step, m_back, m_restart, m_slower, m_faster, m_story, m_skipIdle};
    }
    // Playback > Caption time: how long each caption stays at the story pace.
    QMenu* captionTimeMenu() const { return m_captionTime; }

    void showFrame(const TownFrame& frame);
    void setPlaying(bool playing);
    void setSpeed(double speed);
    void setPace(Pace pace);
    void setCaptionSeconds(double seconds);
    void setScenarioOpen(bool open);
    MarkedScrubber* scrubber() const { return m_scrubber; }

    // The slider's notches are the speed presets.
    static double speedFromSlider(int value);
    static int sliderFromSpeed(double speed);

signals:
    void speedChanged(double speed);
    void paceChosen(postie::gui::Pace pace);
    void captionSecondsChosen(double seconds);
    void scrubbed(int cursor);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QIcon icon(QStyle::StandardPixmap which) const;
    void fitButtonStyle();
    void fitLadder();
    bool m_fitting = false;
    void onSpeedSlider(int value);
    void showSpeed();

    QAction* m_play = nullptr;
    bool m_playing = false;
    QAction* m_step = nullptr;
    QAction* m_back = nullptr;
    QAction* m_restart = nullptr;
    QAction* m_skipIdle;
    QAction* m_slower;
    QAction* m_faster;
    QAction* m_story;
    QAction* m_storyButton;  // the toolbar's button for m_story, left out when room is short
    QAction* m_editButton = nullptr;  // the button for Edit the town, left out with the Story button
    bool m_compactSpeed = false;  // the speed label has room for the number only
    QMenu* m_captionTime;
    QActionGroup* m_captionTimes;
    double m_speedValue = 0;
    std::int64_t m_skippingUs = 0;
    QSlider* m_speed;
    QAction* m_speedSlider;  // the toolbar's place of m_speed, left out when room is very short
    QAction* m_speedWord;  // the "Speed" before the slider, left out when room is short
    QLabel* m_speedLabel;
    MarkedScrubber* m_scrubber;
    QLabel* m_clock;
    QLabel* m_position;
};

} // namespace postie::gui
