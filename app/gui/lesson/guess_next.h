#pragma once
// "Where does this letter go next?": the teacher stops anywhere and asks (G); a click on a
// station is the class's guess; the run plays on to the letter's next station (junctions
// passed by) and a card over the map says where it went, right or not. The letter is the one
// the class clicked or follows, else the one the run is about at that moment.
#include "scenario/scenario_spec.h"

#include <QLabel>
#include <QObject>
#include <QString>

#include <cstddef>

class QAction;

namespace postie::gui {

class ScenarioPlayer;
class TownScene;
class FollowCamera;

class GuessNext : public QObject {
    Q_OBJECT
public:
    GuessNext(ScenarioPlayer& player, TownScene& scene, FollowCamera& follow, QWidget& map);

    QAction* action() const { return m_action; }
    // Waiting for the class's guess: a station click is the guess, not a look inside.
    bool asking() const { return m_state == State::Asking; }
    void ask();
    void takeGuess(const QString& station);
    QString text() const { return m_card->isVisible() ? m_card->text() : QString(); }

private:
    enum class State { Idle, Asking, Revealing, Told };
    void onMoved();
    void say(const QString& text);
    void end();
    QString label(const std::string& station) const;

    ScenarioPlayer& m_player;
    TownScene& m_scene;
    FollowCamera& m_follow;
    QAction* m_action;
    QLabel* m_card;
    State m_state = State::Idle;
    QString m_clicked;      // the truck the class clicked last
    std::string m_letter;   // the letter asked about
    QString m_guess;
    std::string m_answer;   // where it really goes
    std::size_t m_arrival = 0;  // the cursor with its arrival shown
};

} // namespace postie::gui
