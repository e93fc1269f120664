#include "replay/lesson_sheet.h"

#include "replay/lesson_words.h"

#include <QCoreApplication>

// The words are in the context "LessonSheet", written out at each call so that lupdate finds
// them there too.
namespace postie::gui {
namespace {

QList<LessonSheet::Result> resultsOf(const ScenarioSpec& spec, const LessonRun& run, const LessonVotes& votes,
                                   const QString& language)
{
    QList<LessonSheet::Result> out;
    const auto& stops = spec.lesson.stops;
    for (std::size_t i = 0; i < stops.size(); ++i) {
        if (!stops[i].question) continue;
        const QuestionSpec& q = *stops[i].question;
        LessonSheet::Result r;
        r.question = LessonWords::text(q.ask, language);
        const auto chosen = votes.choice(i);
        if (chosen && *chosen >= 0 && std::size_t(*chosen) < q.choices.size())
            //: A choice by its letter and its words: "B: 5 min".
            r.classAnswer = QCoreApplication::translate("LessonSheet", "%1: %2")
                                .arg(LessonWords::letter(std::size_t(*chosen)),
                                     LessonWords::choice(q.choices[std::size_t(*chosen)], q.answer, spec, language));
        else r.classAnswer = votes.skipped(i) ? QCoreApplication::translate("LessonSheet", "skipped")
                                              : QCoreApplication::translate("LessonSheet", "no vote");
        const auto& answer = i < run.size() ? run[i].progress.answer : std::nullopt;
        if (!answer) r.rightAnswer = QCoreApplication::translate("LessonSheet", "not reached in this run");
        else if (answer->choice >= 0) {
            r.rightAnswer = QCoreApplication::translate("LessonSheet", "%1: %2")
                                .arg(LessonWords::letter(std::size_t(answer->choice)),
                                     LessonWords::choice(q.choices[std::size_t(answer->choice)], q.answer, spec, language));
            if (chosen) r.correct = *chosen == answer->choice;
        } else r.rightAnswer = LessonWords::answer(*answer, spec);
        out << r;
    }
    return out;
}

} // namespace

LessonSheet LessonSheet::at(const ScenarioSpec& spec, const LessonRun& run, const LessonVotes& votes, std::size_t cursor,
                            bool atEnd, const QString& language)
{
    LessonSheet sheet;
    const LessonSpec& lesson = spec.lesson;
    if (lesson.goals.empty() && lesson.stops.empty() && lesson.recap.empty()) return sheet;
    const std::optional<std::size_t> stop = run.known() ? run.stopAt(cursor) : std::nullopt;
    const bool pastLast = stop && *stop + 1 == run.size() && run.endCursor(*stop) && cursor > *run.endCursor(*stop);
    if (run.known() && (atEnd || pastLast)) {
        sheet.page = Page::Recap;
        sheet.heading = QCoreApplication::translate("LessonSheet", "Recap");
        for (const auto& r : lesson.recap) sheet.items << LessonWords::text(r, language);
        sheet.results = resultsOf(spec, run, votes, language);
        for (std::size_t i = 0; i < run.size(); ++i)
            if (!run[i].stopCursor) {
                sheet.note = QCoreApplication::translate("LessonSheet", "Stop %1 never came in this run.").arg(i + 1);
                break;
            }
        return sheet;
    }
    if (!stop) {
        sheet.page = Page::Goals;
        sheet.heading = QCoreApplication::translate("LessonSheet", "Goals");
        for (const auto& g : lesson.goals) sheet.items << LessonWords::text(g, language);
        if (!lesson.stops.empty())
            sheet.note = !run.known() ? QCoreApplication::translate("LessonSheet", "Working out the run…")
                         : lesson.stops.size() == 1
                             ? QCoreApplication::translate("LessonSheet", "The run stops once for the class.")
                             : QCoreApplication::translate("LessonSheet", "The run stops %n time(s) for the class.", nullptr,
                                                           int(lesson.stops.size()));
        if (cursor == 0 && run.known())
            sheet.note += QLatin1Char(' ') + QCoreApplication::translate("LessonSheet", "Press Space to play.");
        return sheet;
    }

    const std::size_t i = *stop;
    const StopSpec& spot = lesson.stops[i];
    sheet.page = Page::Stop;
    sheet.stop = i;
    sheet.heading = QCoreApplication::translate("LessonSheet", "Stop %1 of %2").arg(i + 1).arg(lesson.stops.size());
    sheet.say = LessonWords::text(spot.say, language);
    if (spot.tryChange) sheet.tryWords = LessonWords::tryChange(*spot.tryChange, spec, language);
    if (!spot.question) {
        sheet.canContinue = true;
        return sheet;
    }
    const QuestionSpec& q = *spot.question;
    sheet.question = LessonWords::text(q.ask, language);
    sheet.skipped = votes.skipped(i);
    sheet.revealed = votes.revealedAt(i, cursor, run);
    sheet.voting = !sheet.revealed && !sheet.skipped;
    sheet.canContinue = !sheet.voting;
    const auto chosen = votes.choice(i);
    const auto& answer = run[i].progress.answer;
    for (std::size_t c = 0; c < q.choices.size(); ++c) {
        Choice choice{LessonWords::letter(c), LessonWords::choice(q.choices[c], q.answer, spec, language)};
        choice.chosen = chosen && std::size_t(*chosen) == c;
        choice.right = sheet.revealed && answer && answer->choice == int(c);
        sheet.choices << choice;
    }
    if (sheet.skipped) sheet.verdict = QCoreApplication::translate("LessonSheet", "Skipped: the answer is not shown.");
    if (!sheet.revealed || !answer) return sheet;
    sheet.answer = LessonWords::answer(*answer, spec);
    sheet.revealStation = QString::fromStdString(answer->where);
    // A station answer is the ring itself; any other is said on the ring too.
    if (answer->kind != AnswerKind::Station) sheet.revealNote = QCoreApplication::translate("LessonSheet", "Answer: %1").arg(sheet.answer);
    sheet.why = LessonWords::text(q.why, language);
    if (!chosen) sheet.verdict = QCoreApplication::translate("LessonSheet", "The class did not vote.");
    else if (*chosen == answer->choice)
        sheet.verdict = QCoreApplication::translate("LessonSheet", "The class chose %1: right!")
                            .arg(LessonWords::letter(std::size_t(*chosen)));
    else
        sheet.verdict = QCoreApplication::translate("LessonSheet", "The class chose %1: not this time.")
                            .arg(LessonWords::letter(std::size_t(*chosen)));
    return sheet;
}

} // namespace postie::gui
