#pragma once
// The lesson told in the terminal, between the lines of the run: the goals before the first
// line, each stop where the run reaches it (its words, its question and choices), with
// --answers each revealed answer and why, and at the end the recap and any stop the run never
// reached. English: the lesson's en (or plain) texts.
#include "lesson/lesson_watcher.h"
#include "trace/narrator.h"

#include <iosfwd>

namespace postie::cli {

class LessonNarration {
public:
    LessonNarration(const ScenarioSpec& spec, const Narrator& narrator, std::ostream& out, bool showAnswers);

    // The watcher to add to the run's sinks after the narration, so a stop follows its line.
    LessonWatcher& watcher() { return m_watcher; }

    void tellGoals() const;
    void tellEnd() const;  // the recap, and stops the run did not reach

private:
    void tellStop(std::size_t index) const;
    void tellAnswer(std::size_t index) const;

    const ScenarioSpec& m_spec;
    const Narrator& m_narrator;
    std::ostream& m_out;
    bool m_showAnswers;
    LessonWatcher m_watcher;
};

} // namespace postie::cli
