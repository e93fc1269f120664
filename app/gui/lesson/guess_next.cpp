#include "lesson/guess_next.h"

#include "map/follow_camera.h"
#include "map/town_scene.h"
#include "replay/next_station.h"
#include "replay/scenario_player.h"
#include "replay/scenario_session.h"
#include "replay/station_labels.h"
#include "shell/classroom_style.h"

#include <QAction>
#include <QApplication>
#include <QEvent>

namespace postie::gui {

GuessNext::GuessNext(ScenarioPlayer& player, TownScene& scene, FollowCamera& follow, QWidget& map)
    : QObject(&map), m_player(player), m_scene(scene), m_follow(follow), m_action(new QAction(tr("Where does it go &next?"), this)),
      m_card(new QLabel(&map))
{
    setObjectName(QStringLiteral("guessNext"));
    m_action->setObjectName(QStringLiteral("guessNextAction"));
    m_action->setShortcut(QKeySequence(Qt::Key_G));
    m_action->setToolTip(tr("Stop and let the class guess the letter's next station: click one on the map"));
    connect(m_action, &QAction::triggered, this, &GuessNext::ask);
    connect(&scene, &TownScene::messageClicked, this, [this](const QString& message) { m_clicked = message; });
    connect(&player.clock(), &PlaybackClock::moved, this, &GuessNext::onMoved);
    connect(&player, &ScenarioPlayer::opened, this, [this] {
        m_clicked.clear();
        end();
    });
    m_card->setObjectName(QStringLiteral("guessCard"));
    m_card->setWordWrap(true);
    m_card->setAlignment(Qt::AlignCenter);
    m_card->setAttribute(Qt::WA_TransparentForMouseEvents);  // the class clicks the stations under it
    m_card->hide();
}

QString GuessNext::label(const std::string& station) const
{
    if (const ScenarioSession* s = m_player.session())
        for (const auto& st : s->spec().stations)
            if (st.id == station && !st.label.empty())
                return tr("%1 (%2)").arg(stationLabel(st), QString::fromStdString(station));  // in the app's language
    return QString::fromStdString(station);
}

void GuessNext::ask()
{
    const ScenarioSession* session = m_player.session();
    if (!session) return;
    PlaybackClock& clock = m_player.clock();
    clock.pause();
    const TraceView records = session->records();
    m_letter = m_follow.following() ? m_follow.message().toStdString()
               : !m_clicked.isEmpty() ? m_clicked.toStdString()
                                      : letterAt(records, clock.cursor());
    const auto next = m_letter.empty() ? std::nullopt : nextStationOf(session->spec(), records, clock.cursor(), m_letter);
    m_guess.clear();
    if (!next) {
        m_state = State::Told;
        say(m_letter.empty() ? tr("No letter is on its way yet.")
                             : tr("Letter %1 goes to no other station in this run.").arg(QString::fromStdString(m_letter)));
        return;
    }
    m_answer = next->station;
    m_arrival = next->record + 1;
    m_state = State::Asking;
    say(tr("Where does letter %1 go next? Click the station the class chooses.").arg(QString::fromStdString(m_letter)));
}

void GuessNext::takeGuess(const QString& station)
{
    if (m_state != State::Asking) return;
    m_guess = station;
    m_scene.highlight({}, station);
    m_state = State::Revealing;
    say(tr("The class says %1. Watch…").arg(label(station.toStdString())));
    // Straight to the truck leaving for it: the class watches the trip, not the talk before.
    if (const ScenarioSession* session = m_player.session()) {
        const TraceView records = session->records();
        for (std::size_t i = m_arrival - 1; i-- > m_player.clock().cursor();)
            if (records.type(i) == EventType::RoadDepart && records.message(i) == m_letter) {
                m_player.clock().seekRecord(i);
                break;
            }
    }
    m_player.clock().play();
}

void GuessNext::onMoved()
{
    PlaybackClock& clock = m_player.clock();
    if (m_state == State::Revealing && clock.cursor() >= m_arrival) {
        clock.pause();
        if (clock.cursor() > m_arrival) clock.seekRecord(m_arrival);
        m_state = State::Told;
        m_scene.highlight({}, QString::fromStdString(m_answer));
        const QString where = label(m_answer);
        say(m_guess.toStdString() == m_answer
                ? tr("Letter %1 goes to %2: the class was right!").arg(QString::fromStdString(m_letter), where)
                : tr("Letter %1 goes to %2, not to %3.").arg(QString::fromStdString(m_letter), where, label(m_guess.toStdString())));
        return;
    }
    // Once told, the next step or play puts the card away; asking waits for the class.
    if (m_state == State::Told && clock.cursor() != m_arrival) end();
}

void GuessNext::say(const QString& text)
{
    m_card->setStyleSheet(QStringLiteral("QLabel { background: rgba(255, 248, 220, 240); color: #1a1a1a; "
                                         "border: 2px solid #c08a00; border-radius: 12px; padding: 10px 22px; }"));
    m_card->setFont(scaledFont(QApplication::font(), 1.4, true));
    m_card->setText(text);
    QWidget* map = m_card->parentWidget();
    const int width = std::min(map->width() - 40, std::max(360, m_card->fontMetrics().horizontalAdvance(text) + 60));
    const int height = m_card->heightForWidth(width);
    m_card->setGeometry((map->width() - width) / 2, map->height() - height - 24, width, height);
    m_card->show();
    m_card->raise();
}

void GuessNext::end()
{
    if (m_state == State::Idle) return;
    if (!m_guess.isEmpty() || !m_answer.empty()) m_scene.highlight({}, {});
    m_state = State::Idle;
    m_guess.clear();
    m_answer.clear();
    m_card->hide();
}

} // namespace postie::gui
