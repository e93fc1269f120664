#include "lesson/lesson_spec.h"

namespace postie {

std::string LessonText::in(std::string_view language) const
{
    for (const auto& [lang, text] : versions)
        if (lang == language) return text;
    for (const auto& [lang, text] : versions)
        if (lang.empty() || lang == "en") return text;
    return versions.empty() ? std::string() : versions.front().second;
}

std::string_view answerKindName(AnswerKind kind)
{
    switch (kind) {
    case AnswerKind::Station: return "station";
    case AnswerKind::Outcome: return "outcome";
    case AnswerKind::Code: return "code";
    case AnswerKind::Wait: return "wait";
    case AnswerKind::Count: return "count";
    case AnswerKind::MaxQueue: return "max_queue";
    }
    return "station";
}

} // namespace postie
