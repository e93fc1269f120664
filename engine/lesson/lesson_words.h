#pragma once
// A lesson's choices and revealed answers in plain words, for the terminal and the printed
// worksheet: a station by its label and id, an outcome as the postal picture says it, a wait as
// a person says it ("10 min"). English unless a phrasebook words them in another language.
#include "lesson/lesson_watcher.h"
#include "words/phrasebook.h"

#include <string>
#include <string_view>

namespace postie {

// "Backup sorting station (mx2.example.org)", "returned to sender", "10 min", "550", "3"; a
// station by its label in `language` where the file gives it.
std::string lessonChoiceWords(const ScenarioSpec& spec, const ChoiceSpec& choice, AnswerKind kind,
                              std::string_view language = "en", const Phrasebook& book = englishPhrasebook());
// The revealed answer in the same words as its choices (a station by its label in `language`).
std::string lessonAnswerWords(const ScenarioSpec& spec, const RevealedAnswer& answer, std::string_view language = "en",
                              const Phrasebook& book = englishPhrasebook());
// Whether the right choice reads exactly as the answer does (a wait of 10 min 0.04 s is
// "10 min": the same), or is only the nearest of the choices.
bool lessonAnswerReadsAsItsChoice(const ScenarioSpec& spec, const RevealedAnswer& answer, const QuestionSpec& question);

} // namespace postie
