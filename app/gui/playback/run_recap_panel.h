#pragma once
// The summary at the end of a run, over the middle of the map: what was sent, delivered, put
// off and returned to sender, how long it took, and what went wrong on the way, with "Play
// again" and "Close". It comes up when the playback plays into the end of the run by itself;
// a teacher who steps or scrubs to the end is telling the story and is not interrupted (the
// Playback menu shows it then). A child of the map, it never widens the window: on a small
// map its type steps down, and what still does not fit scrolls, showing whole rows only.
// scenario_spec.h first: moc (Qt 6.4) trips over sim/sim_time.h as the first include chain.
#include "scenario/scenario_spec.h"
#include "replay/run_recap.h"

#include <QFrame>

class QAction;
class QBoxLayout;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace postie::gui {

class ScenarioPlayer;

class RunRecapPanel : public QFrame {
    Q_OBJECT
public:
    RunRecapPanel(ScenarioPlayer& player, QWidget& map);

    // Playback > Summary of the run: enabled once the run is worked out to its end.
    QAction* showAction() const { return m_showAction; }
    void showRecap();
    // Back to the start of the run and playing.
    void playAgain();
    const RunRecap& recap() const { return m_recap; }
    QString text() const;  // every word shown, for tests and screen readers
    QPushButton* playAgainButton() const { return m_again; }
    QPushButton* closeButton() const { return m_close; }
    // The part that scrolls when the map is too small for all of it, and its rows: each count,
    // the sentence on time, each incident.
    QScrollArea* body() const { return m_scroll; }
    QList<QWidget*> rows() const;

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onPlayingChanged(bool playing);
    void fill();
    void applyFonts(double scale = 1.0);
    void place();
    int bodyHeightFor(int width);
    void setCompact(bool compact);
    void dismiss();

    ScenarioPlayer& m_player;
    QWidget& m_map;
    RunRecap m_recap;
    QAction* m_showAction;
    QLabel* m_title;
    QWidget* m_content;  // inside m_scroll
    QGridLayout* m_counts;
    QLabel* m_time;
    QLabel* m_incidentsHeading;
    QList<QLabel*> m_incidents;
    QBoxLayout* m_side;
    QBoxLayout* m_body;
    QScrollArea* m_scroll;
    QWidget* m_buttons;
    QBoxLayout* m_header;
    QBoxLayout* m_footer;
    QPushButton* m_again;
    QPushButton* m_close;
    bool m_placing = false;
};

} // namespace postie::gui
