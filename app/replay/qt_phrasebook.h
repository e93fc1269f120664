#pragma once
// The engine's phrases (words/phrasebook.h) worded by Qt's translation system, in the language
// the app speaks: the same catalogues as every other word on screen.
#include "words/phrasebook.h"

namespace postie::gui {

class QtPhrasebook : public Phrasebook {
public:
    std::string word(const Phrase& phrase) const override;
    // The one the app's narrators use; it asks the installed catalogues at every call, so a
    // change of language needs no new book.
    static const QtPhrasebook& instance();
};

} // namespace postie::gui
