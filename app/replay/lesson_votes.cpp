#include "replay/lesson_votes.h"

namespace postie::gui {

void LessonVotes::reset(std::size_t stops) { m_entries.assign(stops, {}); }

void LessonVotes::vote(std::size_t stop, int choice)
{
    if (stop < m_entries.size()) m_entries[stop].choice = choice;
}

void LessonVotes::skip(std::size_t stop)
{
    if (stop < m_entries.size()) m_entries[stop].skipped = true;
}

std::optional<int> LessonVotes::choice(std::size_t stop) const
{
    return stop < m_entries.size() ? m_entries[stop].choice : std::nullopt;
}

bool LessonVotes::skipped(std::size_t stop) const { return stop < m_entries.size() && m_entries[stop].skipped; }

bool LessonVotes::forgetAfter(std::size_t cursor, const LessonRun& run)
{
    bool forgot = false;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const bool shown = i < run.size() && run[i].stopCursor && *run[i].stopCursor <= cursor;
        if (shown || (!m_entries[i].choice && !m_entries[i].skipped)) continue;
        m_entries[i] = {};
        forgot = true;
    }
    return forgot;
}

std::optional<std::size_t> LessonVotes::nextHalt(std::size_t cursor, const LessonRun& run) const
{
    std::optional<std::size_t> next;
    const auto consider = [&](std::optional<std::size_t> at) {
        if (at && *at > cursor && (!next || *at < *next)) next = at;
    };
    for (std::size_t i = 0; i < run.size(); ++i) {
        consider(run[i].stopCursor);
        if (!skipped(i)) consider(run[i].revealCursor);
    }
    return next;
}

bool LessonVotes::revealedAt(std::size_t stop, std::size_t cursor, const LessonRun& run) const
{
    const auto& at = run[stop].revealCursor;
    return at && *at <= cursor && !skipped(stop);
}

} // namespace postie::gui
