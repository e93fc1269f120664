#include "replay/lesson_run.h"

namespace postie::gui {

LessonRun LessonRun::find(const ScenarioSpec& spec, const TraceView& records)
{
    LessonRun run;
    run.m_known = true;
    run.m_stops.resize(spec.lesson.stops.size());
    LessonWatcher watcher(spec);
    std::size_t index = 0;
    watcher.onReached = [&](std::size_t stop, const TraceRecord&) { run.m_stops[stop].stopCursor = index + 1; };
    watcher.onRevealed = [&](std::size_t stop, const TraceRecord&) { run.m_stops[stop].revealCursor = index + 1; };
    for (; index < records.size() && !watcher.done(); ++index) watcher.record(records[index]);
    for (std::size_t i = 0; i < run.m_stops.size(); ++i) run.m_stops[i].progress = watcher.progress()[i];
    return run;
}

std::optional<std::size_t> LessonRun::stopAt(std::size_t cursor) const
{
    std::optional<std::size_t> at;
    for (std::size_t i = 0; i < m_stops.size(); ++i)
        if (m_stops[i].stopCursor && *m_stops[i].stopCursor <= cursor) at = i;
    return at;
}

std::optional<std::size_t> LessonRun::endCursor(std::size_t stop) const
{
    const LessonStopPlace& s = m_stops[stop];
    return s.revealCursor ? s.revealCursor : s.stopCursor;
}

} // namespace postie::gui
