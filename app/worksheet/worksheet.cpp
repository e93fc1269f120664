#include "worksheet/worksheet.h"

#include "lesson/lesson_words.h"

namespace postie {
namespace {

WorksheetWords wordsIn(const Phrasebook& book, std::string_view language)
{
    WorksheetWords w;
    w.worksheet = book.word(POSTIE_PHRASE("Worksheet", "{title} (worksheet)"));
    w.nameLine = book.word(POSTIE_PHRASE("Worksheet", "Name: ______________________    Class: ________    Date: ____________"));
    w.inThisLesson = book.word(POSTIE_PHRASE("Worksheet", "In this lesson"));
    w.town = book.word(POSTIE_PHRASE("Worksheet", "The town"));
    w.predict = book.word(POSTIE_PHRASE("Worksheet", "Predict, then watch"));
    w.whyThink = book.word(POSTIE_PHRASE("Worksheet", "Why do you think so?"));
    w.answerKey = book.word(POSTIE_PHRASE("Worksheet", "Answer key (for the teacher)"));
    w.neverReached = book.word(POSTIE_PHRASE("Worksheet", "The run never reached this answer."));
    w.revealedNone = book.word(POSTIE_PHRASE("Worksheet", "The run revealed {answer}: none of the choices."));
    w.revealed = book.word(POSTIE_PHRASE("Worksheet", "The run revealed: {answer}."));
    w.revealedNearest = book.word(POSTIE_PHRASE("Worksheet", "The run revealed: {answer} (the nearest choice)."));
    w.right = book.word(POSTIE_PHRASE("Worksheet", "Right:"));
    w.why = book.word(POSTIE_PHRASE("Worksheet", "Why: {why}"));
    w.remember = book.word(POSTIE_PHRASE("Worksheet", "What to remember"));
    w.page = book.word(POSTIE_PHRASE("Worksheet", "{title}  ·  page {page}"));
    w.language = std::string(language);
    return w;
}

} // namespace

std::string worksheetWord(const std::string& words, const std::string& slot, const std::string& value)
{
    std::string out = words;
    const std::string mark = "{" + slot + "}";
    for (auto at = out.find(mark); at != std::string::npos; at = out.find(mark, at + value.size()))
        out.replace(at, mark.size(), value);
    return out;
}

Worksheet makeWorksheet(const ScenarioSpec& spec, const std::vector<StopProgress>& progress, std::string_view language,
                        const Phrasebook& book)
{
    Worksheet w;
    w.words = wordsIn(book, language);
    const std::string title = spec.titleIn(language);
    w.title = title.empty() ? spec.file : title;
    w.summary = spec.summaryIn(language);
    for (const auto& g : spec.lesson.goals) w.goals.push_back(g.in(language));
    for (const auto& r : spec.lesson.recap) w.recap.push_back(r.in(language));
    w.town = sketchTown(spec, language);
    const auto& stops = spec.lesson.stops;
    for (std::size_t i = 0; i < stops.size(); ++i) {
        if (!stops[i].question) continue;
        const QuestionSpec& q = *stops[i].question;
        WorksheetQuestion out;
        out.stop = int(i) + 1;
        out.context = stops[i].say.in(language);
        out.ask = q.ask.in(language);
        for (const auto& c : q.choices) out.choices.push_back(lessonChoiceWords(spec, c, q.answer, language, book));
        out.why = q.why.in(language);
        const StopProgress p = i < progress.size() ? progress[i] : StopProgress{};
        if (p.answer) {
            out.reached = true;
            out.right = p.answer->choice;
            out.nearest = out.right >= 0 && !lessonAnswerReadsAsItsChoice(spec, *p.answer, q);
            out.revealed = lessonAnswerWords(spec, *p.answer, language, book);
        }
        w.questions.push_back(std::move(out));
    }
    return w;
}

} // namespace postie
