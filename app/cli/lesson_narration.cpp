#include "lesson_narration.h"

#include "lesson/lesson_words.h"

#include <fmt/format.h>

#include <ostream>

namespace postie::cli {
namespace {

// Lesson lines are indented past the clock column ("09:00:00.031  ").
constexpr const char* kIndent = "              ";

char letterOf(std::size_t i) { return char('a' + i); }

} // namespace

LessonNarration::LessonNarration(const ScenarioSpec& spec, const Narrator& narrator, std::ostream& out, bool showAnswers)
    : m_spec(spec), m_narrator(narrator), m_out(out), m_showAnswers(showAnswers), m_watcher(spec)
{
    m_watcher.onReached = [this](std::size_t stop, const TraceRecord&) { tellStop(stop); };
    m_watcher.onRevealed = [this](std::size_t stop, const TraceRecord&) {
        if (m_showAnswers) tellAnswer(stop);
    };
}

void LessonNarration::tellGoals() const
{
    const LessonSpec& lesson = m_spec.lesson;
    if (lesson.goals.empty() && lesson.stops.empty()) return;
    m_out << "Lesson goals\n";
    for (const auto& g : lesson.goals) m_out << "  - " << g.in("en") << '\n';
    if (!lesson.stops.empty())
        m_out << fmt::format("  The run stops {} time{} to ask the class.\n", lesson.stops.size(),
                             lesson.stops.size() == 1 ? "" : "s");
    m_out << '\n';
}

void LessonNarration::tellStop(std::size_t index) const
{
    const StopSpec& stop = m_spec.lesson.stops[index];
    m_out << kIndent << fmt::format(">> Stop {} of {}", index + 1, m_spec.lesson.stops.size());
    if (!stop.say.empty()) m_out << ": " << stop.say.in("en");
    m_out << '\n';
    if (stop.question) {
        const QuestionSpec& q = *stop.question;
        m_out << kIndent << "   Question: " << q.ask.in("en") << '\n';
        for (std::size_t i = 0; i < q.choices.size(); ++i)
            m_out << kIndent << "     " << letterOf(i) << ") " << lessonChoiceWords(m_spec, q.choices[i], q.answer) << '\n';
    }
    if (stop.tryChange && !stop.tryChange->say.empty())
        m_out << kIndent << "   Try: " << stop.tryChange->say.in("en") << '\n';
}

void LessonNarration::tellAnswer(std::size_t index) const
{
    const StopSpec& stop = m_spec.lesson.stops[index];
    const StopProgress& p = m_watcher.progress()[index];
    const RevealedAnswer& a = *p.answer;
    const QuestionSpec& q = *stop.question;
    const std::string value = lessonAnswerWords(m_spec, a);
    m_out << kIndent << fmt::format("<< Answer to stop {}: {}", index + 1, value);
    if (a.choice >= 0)
        m_out << ", so " << letterOf(std::size_t(a.choice))
              << (lessonAnswerReadsAsItsChoice(m_spec, a, q) ? ") is right" : "), the nearest, is right");
    else m_out << ", none of the choices";
    m_out << ".\n";
    if (!q.why.empty()) m_out << kIndent << "   Why: " << q.why.in("en") << '\n';
}

void LessonNarration::tellEnd() const
{
    const LessonSpec& lesson = m_spec.lesson;
    const auto& progress = m_watcher.progress();
    for (std::size_t i = 0; i < progress.size(); ++i) {
        const MomentSpec& when = lesson.stops[i].when;
        if (!progress[i].reached)
            m_out << fmt::format("\nStop {} never came in this run: no {} (line {}) after the stop before it.\n", i + 1,
                                 eventTypeName(when.event), when.line);
        else if (lesson.stops[i].question && !progress[i].revealed)
            m_out << fmt::format("\nThe answer to stop {} never came in this run: no {} (line {}) after the stop.\n", i + 1,
                                 eventTypeName(lesson.stops[i].question->reveal.event), lesson.stops[i].question->reveal.line);
    }
    if (lesson.recap.empty()) return;
    m_out << "\nRecap\n";
    for (const auto& r : lesson.recap) m_out << "  - " << r.in("en") << '\n';
}

} // namespace postie::cli
