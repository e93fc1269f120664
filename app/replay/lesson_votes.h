#pragma once
// The class's side of a lesson: what it voted at each question, or that it skipped it. A vote
// lasts while its stop is on screen or behind: stepping back before a stop forgets that stop's
// vote (and every later one), so the question can be asked again. Also where playing must
// halt next: at each stop, and at the reveal of each question the class did not skip.
#include "replay/lesson_run.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace postie::gui {

class LessonVotes {
public:
    void reset(std::size_t stops);
    std::size_t size() const { return m_entries.size(); }  // the stops it keeps votes for
    void vote(std::size_t stop, int choice);
    void skip(std::size_t stop);
    std::optional<int> choice(std::size_t stop) const;
    bool skipped(std::size_t stop) const;

    // Forgets the stops whose record is not shown at `cursor`; true when anything was forgotten.
    bool forgetAfter(std::size_t cursor, const LessonRun& run);
    // The first cursor after `cursor` where playing halts; none when no stop is left.
    std::optional<std::size_t> nextHalt(std::size_t cursor, const LessonRun& run) const;
    // The answer to the stop's question is on screen: its reveal's record is shown and the
    // class did not skip it.
    bool revealedAt(std::size_t stop, std::size_t cursor, const LessonRun& run) const;

private:
    struct Entry {
        std::optional<int> choice;
        bool skipped = false;
    };
    std::vector<Entry> m_entries;
};

} // namespace postie::gui
