#pragma once
// Runs a scenario's lesson with the class: finds the stops once the run is worked out (again
// after a change), halts playback at each stop and at each reveal, keeps the class's votes
// (forgotten when playback steps back before their stop), makes a stop's change to try through
// the usual intervention path, marks a station answer on the map, and keeps the lesson panel
// showing the sheet of the moment.
#include "scenario/scenario_spec.h"
#include "replay/lesson_run.h"
#include "replay/lesson_votes.h"

#include <QObject>
#include <QString>

namespace postie::gui {

class LessonDock;
class ScenarioPlayer;
class ScenarioSession;
class TownScene;

class LessonController : public QObject {
    Q_OBJECT
public:
    LessonController(ScenarioPlayer& player, TownScene& scene, LessonDock& dock, QObject* parent = nullptr);

    const LessonRun& run() const { return m_run; }
    const LessonVotes& votes() const { return m_votes; }

private:
    void onOpened(const ScenarioSpec& spec);
    void onProgress(std::size_t records, bool complete);
    void onMoved();
    void choose(int choice);
    void skip();
    void tryChange();
    void refresh();

    ScenarioPlayer& m_player;
    TownScene& m_scene;
    LessonDock& m_dock;
    bool m_hasLesson = false;
    LessonRun m_run;
    const ScenarioSession* m_runOf = nullptr;  // the session m_run was found in
    LessonVotes m_votes;
    QString m_marked;    // the station this controller ringed on the map
    QString m_markNote;  // and the words on the ring
};

} // namespace postie::gui
