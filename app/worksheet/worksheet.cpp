#include "worksheet/worksheet.h"

#include "lesson/lesson_words.h"

namespace postie {

Worksheet makeWorksheet(const ScenarioSpec& spec, const std::vector<StopProgress>& progress, std::string_view language)
{
    Worksheet w;
    const std::string title = spec.titleIn(language);
    w.title = title.empty() ? spec.file : title;
    w.summary = spec.summaryIn(language);
    for (const auto& g : spec.lesson.goals) w.goals.push_back(g.in(language));
    for (const auto& r : spec.lesson.recap) w.recap.push_back(r.in(language));
    w.town = sketchTown(spec);
    const auto& stops = spec.lesson.stops;
    for (std::size_t i = 0; i < stops.size(); ++i) {
        if (!stops[i].question) continue;
        const QuestionSpec& q = *stops[i].question;
        WorksheetQuestion out;
        out.stop = int(i) + 1;
        out.context = stops[i].say.in(language);
        out.ask = q.ask.in(language);
        for (const auto& c : q.choices) out.choices.push_back(lessonChoiceWords(spec, c, q.answer, language));
        out.why = q.why.in(language);
        const StopProgress p = i < progress.size() ? progress[i] : StopProgress{};
        if (p.answer) {
            out.reached = true;
            out.right = p.answer->choice;
            out.nearest = out.right >= 0 && !lessonAnswerReadsAsItsChoice(spec, *p.answer, q);
            out.revealed = lessonAnswerWords(spec, *p.answer);
        }
        w.questions.push_back(std::move(out));
    }
    return w;
}

} // namespace postie
