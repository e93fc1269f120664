#pragma once
// What the lesson panel says at one moment of playback, worked out from the lesson, where its
// stops are in the run and the class's votes: the goals before the first stop, then the stop on
// screen (its words, its question and choices, once revealed the answer and why), and the recap
// after the last stop or at the end of the run. Plain values: the panel only shows them.
#include "replay/lesson_run.h"
#include "replay/lesson_votes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace postie::gui {

struct LessonSheet {
    enum class Page { None, Goals, Stop, Recap };
    struct Choice {
        QString letter;  // "A"
        QString words;   // "10 min"
        bool chosen = false;
        bool right = false;  // known once revealed
        bool operator==(const Choice&) const = default;
    };
    struct Result {  // a question in the recap
        QString question;
        QString classAnswer;  // "B: 5 min", or that the class skipped it or did not vote
        QString rightAnswer;  // "C: 10 min"
        std::optional<bool> correct;
        bool operator==(const Result&) const = default;
    };

    Page page = Page::None;
    std::optional<std::size_t> stop;  // Page::Stop
    QString heading;                  // "Goals", "Stop 1 of 2", "Recap"
    QStringList items;                // the goals or the recap
    QString note;                     // a line under them
    QString say;
    QString question;
    QList<Choice> choices;
    bool voting = false;    // the question is open: the choices, Skip and Reveal
    bool revealed = false;  // the answer is on screen
    bool skipped = false;
    QString answer;   // "10 min"
    QString verdict;  // "The class chose B: wrong."
    QString why;
    QString revealStation;  // where the answer shows (RevealedAnswer::where): ringed on the map
    QString revealNote;     // said on the ring: "Answer: 10 min"; empty for a station answer
    QString tryWords;       // the change to try, as its button says it; empty: none
    bool canContinue = false;
    QList<Result> results;  // Page::Recap

    bool operator==(const LessonSheet&) const = default;

    static LessonSheet at(const ScenarioSpec& spec, const LessonRun& run, const LessonVotes& votes, std::size_t cursor,
                          bool atEnd, const QString& language);
};

} // namespace postie::gui
