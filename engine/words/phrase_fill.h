#pragma once
// Fills a phrase's {name} slots (fmt's named arguments); for the engine's own sources, which
// link fmt.
#include "words/phrasebook.h"

#include <fmt/args.h>
#include <fmt/format.h>

namespace postie {

// The slots a sentence may use, by name: fmt::arg("at", "the post office smtp.sender.test").
using PhraseSlots = fmt::dynamic_format_arg_store<fmt::format_context>;

// The phrase worded by the book with its slots filled by name; a slot the words leave out is
// fine. A translation whose slots do not match the English (a typo in a catalogue) falls back to
// the English, so a reader always gets a whole sentence.
inline std::string fill(const Phrasebook& book, const Phrase& phrase, const PhraseSlots& slots)
{
    try {
        return fmt::vformat(book.word(phrase), slots);
    } catch (const fmt::format_error&) {
        return fmt::vformat(phrase.text, slots);
    }
}

} // namespace postie
