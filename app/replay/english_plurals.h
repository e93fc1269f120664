#pragma once
// English is the source language: its texts are in the code, and a count in a sentence is
// written "%n letter(s)", "%n PO box(es)" so that every language can word its own plurals. This translator words
// the English ones ("1 letter", "3 letters") for any text with "(s)" or "(es)" that no catalogue installed
// before it has translated, so that no "(s)" is ever seen.
#include <QTranslator>

namespace postie::gui {

class EnglishPlurals : public QTranslator {
public:
    using QTranslator::QTranslator;
    // "%n letter(s) waiting" with n = 1: "%n letter waiting"; else "%n letters waiting". Null
    // (not translated here) for a text without a count or without "(s)".
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace postie::gui
