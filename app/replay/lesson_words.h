#pragma once
// A lesson in the app's words: its texts in the UI language, a choice or a revealed answer
// worded for the class (a station by its label, an outcome in words, a wait as "10 min").
#include "lesson/lesson_watcher.h"
#include "scenario/scenario_spec.h"

#include <QCoreApplication>
#include <QString>

namespace postie::gui {

class LessonWords {
    Q_DECLARE_TR_FUNCTIONS(LessonWords)
public:
    // The app's UI language as a lesson names it ("de"): the application's locale; "en" when
    // that is none of the languages a lesson may be given in.
    static QString language();
    static QString text(const LessonText& text, const QString& language);
    // The scenario's title and summary in the app's language (empty when the file gives none).
    static QString title(const ScenarioSpec& spec);
    // The title, or the file's name for a scenario without one: what the window and the run's
    // recap call it.
    static QString shownTitle(const ScenarioSpec& spec);
    static QString summary(const ScenarioSpec& spec);
    static QString letter(std::size_t choice);  // "A", "B", ...
    static QString station(const ScenarioSpec& spec, const std::string& id);
    static QString outcome(const std::string& outcome);
    static QString wait(SimTime wait);
    // A choice as the class reads it: its own `say`, else its value in words.
    static QString choice(const ChoiceSpec& choice, AnswerKind kind, const ScenarioSpec& spec, const QString& language);
    // What the run revealed, in words.
    static QString answer(const RevealedAnswer& answer, const ScenarioSpec& spec);
    // A change to try, as its button says it: its own `say`, else the change in words.
    static QString tryChange(const TrySpec& change, const ScenarioSpec& spec, const QString& language);
};

} // namespace postie::gui
