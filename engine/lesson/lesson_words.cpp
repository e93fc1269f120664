#include "lesson/lesson_words.h"

#include "scenario/units.h"

namespace postie {
namespace {

std::string stationWords(const ScenarioSpec& spec, const std::string& id, std::string_view language)
{
    for (const auto& s : spec.stations)
        if (s.id == id && !s.label.empty()) return s.labelIn(language) + " (" + s.id + ")";
    return id;
}

std::string outcomeWords(std::string_view outcome, const Phrasebook& book)
{
    if (outcome == "delivered") return book.word(POSTIE_PHRASE("LessonAnswers", "delivered"));
    if (outcome == "bounced") return book.word(POSTIE_PHRASE("LessonAnswers", "returned to sender"));
    if (outcome == "discarded") return book.word(POSTIE_PHRASE("LessonAnswers", "discarded"));
    if (outcome == "expired") return book.word(POSTIE_PHRASE("LessonAnswers", "expired"));
    return std::string(outcome);
}

} // namespace

std::string lessonChoiceWords(const ScenarioSpec& spec, const ChoiceSpec& choice, AnswerKind kind, std::string_view language,
                              const Phrasebook& book)
{
    if (!choice.say.empty()) return choice.say.in(language);
    switch (kind) {
    case AnswerKind::Station: return stationWords(spec, choice.value, language);
    case AnswerKind::Outcome: return outcomeWords(choice.value, book);
    case AnswerKind::Wait: return formatSpokenDuration(SimTime::fromMicros(std::int64_t(choice.number)), book);
    default: return choice.value;
    }
}

std::string lessonAnswerWords(const ScenarioSpec& spec, const RevealedAnswer& a, std::string_view language,
                              const Phrasebook& book)
{
    switch (a.kind) {
    case AnswerKind::Station: return stationWords(spec, a.station, language);
    case AnswerKind::Outcome: return outcomeWords(a.value(), book);
    case AnswerKind::Wait: return formatSpokenDuration(a.wait, book);
    default: return a.value();
    }
}

bool lessonAnswerReadsAsItsChoice(const ScenarioSpec& spec, const RevealedAnswer& a, const QuestionSpec& q)
{
    if (a.choice < 0) return false;
    if (a.kind == AnswerKind::Station || a.kind == AnswerKind::Outcome || a.kind == AnswerKind::Code) return true;
    ChoiceSpec plain = q.choices[std::size_t(a.choice)];
    plain.say = {};  // compare the values as words, not the lesson's own phrasing
    return lessonChoiceWords(spec, plain, a.kind) == lessonAnswerWords(spec, a);
}

} // namespace postie
