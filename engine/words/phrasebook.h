#pragma once
// The engine's words for people are English; a Phrasebook lets a program that speaks other
// languages word them, so the engine stays free of any translation library. Each phrase is
// marked where it is written:
//
//     fill(book, POSTIE_PHRASE("Narration", "{at} knocks at the door of {peer_of}"), ...)
//
// Qt's lupdate collects the marks (the build passes -tr-function-alias
// QT_TRANSLATE_NOOP+=POSTIE_PHRASE,QT_TRANSLATE_NOOP3+=POSTIE_PHRASE3), so a translator sees
// the context, the English and its {name} slots; the app's Phrasebook looks the translation up.
#include <string>

namespace postie {

struct Phrase {
    const char* context;  // the catalogue's section: "Narration", "Places"
    const char* text;     // the English, with {name} slots
    const char* comment;  // tells two uses of the same English apart; may be null
};

#define POSTIE_PHRASE(context, text) ::postie::Phrase{context, text, nullptr}
#define POSTIE_PHRASE3(context, text, comment) ::postie::Phrase{context, text, comment}

class Phrasebook {
public:
    virtual ~Phrasebook() = default;
    // The phrase in the reader's language; this one speaks the English it is given.
    virtual std::string word(const Phrase& phrase) const { return phrase.text; }
};

// The book that speaks English, for the CLI and the tests.
const Phrasebook& englishPhrasebook();

// A filled sentence with the contractions its language makes once places are in it: French
// "à le bureau" is "au bureau", "de L'ordinateur" is "de l'ordinateur". The language's
// catalogue lists them (the phrase "Spelling"/"-", like Qt's QT_LAYOUT_DIRECTION): pairs
// "as filled|as written" separated by ";", spaces included, applied in order; "-" is none.
std::string respelled(std::string sentence, const Phrasebook& book);

// Upper-cases a sentence's first letter, ASCII or Latin-1 in UTF-8 ("à" becomes "À").
std::string capitalized(std::string text);

} // namespace postie
