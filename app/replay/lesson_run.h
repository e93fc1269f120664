#pragma once
// Where a lesson's stops are in one run of the app: the session's records fed to the engine's
// LessonWatcher once the run is complete (again after a re-run), so the app stops and reveals
// exactly where `postie-cli run --answers` does. Each stop's and reveal's record is also given
// as a playback cursor (the record's index + 1: the cursor with that record just shown).
#include "lesson/lesson_watcher.h"
#include "scenario/scenario_spec.h"
#include "trace/trace_store.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace postie::gui {

struct LessonStopPlace {
    StopProgress progress;                     // as the watcher found it
    std::optional<std::size_t> stopCursor;     // the stop's record just shown
    std::optional<std::size_t> revealCursor;   // the reveal's record just shown
};

class LessonRun {
public:
    LessonRun() = default;
    // Feeds every record of `records` to a watcher of `spec`'s lesson.
    static LessonRun find(const ScenarioSpec& spec, const TraceView& records);

    bool known() const { return m_known; }  // false until a complete run was read
    const std::vector<LessonStopPlace>& stops() const { return m_stops; }
    std::size_t size() const { return m_stops.size(); }
    const LessonStopPlace& operator[](std::size_t i) const { return m_stops[i]; }

    // The last stop whose record is shown at `cursor`; none before the first.
    std::optional<std::size_t> stopAt(std::size_t cursor) const;
    // Where the stop is over: its reveal's record, or its own when it asks nothing (or its
    // reveal never came).
    std::optional<std::size_t> endCursor(std::size_t stop) const;

private:
    bool m_known = false;
    std::vector<LessonStopPlace> m_stops;
};

} // namespace postie::gui
