#include "lesson/lesson_controller.h"

#include "lesson/lesson_dock.h"
#include "map/town_scene.h"
#include "replay/intervention.h"
#include "replay/lesson_sheet.h"
#include "replay/lesson_words.h"
#include "replay/scenario_player.h"
#include "replay/scenario_session.h"

#include <QAction>

namespace postie::gui {
namespace {

// A stop's change, made now as if by hand: one more incident or letter in the scenario.
Intervention interventionFor(const TrySpec& change, SimTime at)
{
    if (change.kind == TrySpec::Kind::Write) {
        LetterSpec letter;
        letter.at = at;
        letter.from = change.from;
        letter.to = change.to;
        letter.subject = change.subject;
        return Intervention::write(letter);
    }
    const bool station = change.kind == TrySpec::Kind::Close || change.kind == TrySpec::Kind::Open;
    const bool down = change.kind == TrySpec::Kind::Close || change.kind == TrySpec::Kind::Cut;
    Intervention i = station ? Intervention::station(at, change.station, down)
                             : Intervention::road(at, change.road.first, change.road.second, down);
    i.incident->duration = change.duration;
    return i;
}

} // namespace

LessonController::LessonController(ScenarioPlayer& player, TownScene& scene, LessonDock& dock, QObject* parent)
    : QObject(parent), m_player(player), m_scene(scene), m_dock(dock)
{
    setObjectName(QStringLiteral("lessonController"));
    connect(&player, &ScenarioPlayer::opened, this, &LessonController::onOpened);
    connect(&player, &ScenarioPlayer::progressed, this, &LessonController::onProgress);
    connect(&player.clock(), &PlaybackClock::moved, this, &LessonController::onMoved);
    connect(&dock, &LessonDock::choiceMade, this, &LessonController::choose);
    connect(&dock, &LessonDock::skipRequested, this, &LessonController::skip);
    connect(&dock, &LessonDock::revealRequested, &player.clock(), &PlaybackClock::play);  // halts at the reveal
    connect(&dock, &LessonDock::continueRequested, &player.clock(), &PlaybackClock::play);
    connect(&dock, &LessonDock::tryRequested, this, &LessonController::tryChange);
    // Closing the Lesson panel plays the run straight through; opening it stops again.
    connect(dock.toggleViewAction(), &QAction::toggled, this, &LessonController::onMoved);
}

void LessonController::onOpened(const ScenarioSpec& spec)
{
    const LessonSpec& lesson = spec.lesson;
    m_hasLesson = !lesson.goals.empty() || !lesson.stops.empty() || !lesson.recap.empty();
    m_run = {};
    m_runOf = nullptr;
    m_votes.reset(lesson.stops.size());
    if (!m_marked.isEmpty()) m_scene.highlight({}, {});
    m_marked.clear();
    m_markNote.clear();
    m_player.clock().setHaltAt(std::nullopt);
    if (m_hasLesson) {
        m_dock.show();
        m_dock.raise();
    } else {
        m_dock.hide();
    }
    m_dock.toggleViewAction()->setEnabled(m_hasLesson);
    refresh();
}

// The stops are found once the run is complete, and again in the run of each change.
void LessonController::onProgress(std::size_t /*records*/, bool complete)
{
    const ScenarioSession* session = m_player.session();
    if (!m_hasLesson || !session || !complete || session == m_runOf) return;
    m_run = LessonRun::find(session->spec(), session->records());
    m_runOf = session;
    onMoved();
}

void LessonController::onMoved()
{
    if (!m_hasLesson) return;
    const std::size_t cursor = m_player.clock().cursor();
    const bool current = m_runOf && m_runOf == m_player.session();
    if (current) m_votes.forgetAfter(cursor, m_run);
    // While a change is worked out the old run's places may be wrong: no halts until then. With
    // the panel closed the teacher plays the run without the lesson's stops.
    const bool stopping = current && m_dock.toggleViewAction()->isChecked();
    m_player.clock().setHaltAt(stopping ? m_votes.nextHalt(cursor, m_run) : std::nullopt);
    refresh();
}

void LessonController::choose(int choice)
{
    const LessonSheet& sheet = m_dock.sheet();
    if (!sheet.voting || !sheet.stop || choice >= sheet.choices.size()) return;
    m_votes.vote(*sheet.stop, choice);
    refresh();
}

void LessonController::skip()
{
    const LessonSheet& sheet = m_dock.sheet();
    if (!sheet.stop) return;
    m_votes.skip(*sheet.stop);
    onMoved();  // the reveal is no halt any more
    m_player.clock().play();
}

void LessonController::tryChange()
{
    const LessonSheet& sheet = m_dock.sheet();
    const ScenarioSession* session = m_player.session();
    if (!sheet.stop || !session) return;
    const auto& change = session->spec().lesson.stops[*sheet.stop].tryChange;
    if (change) m_player.intervene(interventionFor(*change, m_player.interventionTime()));
}

void LessonController::refresh()
{
    const ScenarioSession* session = m_player.session();
    if (!m_hasLesson || !session) return;
    PlaybackClock& clock = m_player.clock();
    // The stops found belong to one run: while another scenario (or a change) is being opened,
    // the clock may move before this controller hears of it, and the old stops mean nothing.
    static const LessonRun kNone;
    const LessonRun& run = m_runOf == session ? m_run : kNone;
    if (m_votes.size() != session->spec().lesson.stops.size()) return;
    const LessonSheet sheet =
        LessonSheet::at(session->spec(), run, m_votes, clock.cursor(), clock.atEnd(), LessonWords::language());
    // Where the answer shows is ringed on the map while it is on screen, with the answer on
    // the ring unless the station is the answer; with the panel closed the lesson is off.
    const bool shown = m_dock.toggleViewAction()->isChecked();
    const QString station = shown ? sheet.revealStation : QString();
    const QString note = shown ? sheet.revealNote : QString();
    if (station != m_marked || note != m_markNote) {
        m_marked = station;
        m_markNote = note;
        m_scene.highlight({}, m_marked, m_markNote);
    }
    if (sheet == m_dock.sheet()) return;
    m_dock.showSheet(sheet);
}

} // namespace postie::gui
