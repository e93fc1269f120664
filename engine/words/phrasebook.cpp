#include "words/phrasebook.h"

#include <algorithm>
#include <string_view>

namespace postie {

const Phrasebook& englishPhrasebook()
{
    static const Phrasebook english;
    return english;
}

std::string respelled(std::string sentence, const Phrasebook& book)
{
    //: Contractions and elisions once a sentence's places are filled in: pairs "as filled|as written"
    //: separated by ";", spaces count (French: " à le | au ; de le | du "). "-" when the language has none.
    const std::string rules = book.word(POSTIE_PHRASE3("Spelling", "-", "contractions"));
    if (rules.find('|') == std::string::npos) return sentence;  // English: no rules, no copy
    // A space before the sentence lets a rule find a word at its start too.
    sentence.insert(0, 1, ' ');
    std::size_t start = 0;
    while (start < rules.size()) {
        const std::size_t end = std::min(rules.find(';', start), rules.size());
        const std::string_view rule(rules.data() + start, end - start);
        start = end + 1;
        const std::size_t bar = rule.find('|');
        if (bar == std::string_view::npos || bar == 0) continue;
        const std::string from(rule.substr(0, bar));
        const std::string to(rule.substr(bar + 1));
        for (std::size_t at = sentence.find(from); at != std::string::npos; at = sentence.find(from, at + to.size()))
            sentence.replace(at, from.size(), to);
    }
    return sentence.substr(1);
}

std::string capitalized(std::string text)
{
    if (text.empty()) return text;
    if (text[0] >= 'a' && text[0] <= 'z') {
        text[0] = char(text[0] - 'a' + 'A');
    } else if (text.size() >= 2 && static_cast<unsigned char>(text[0]) == 0xC3) {
        // U+00E0..U+00FE are the lower-case Latin-1 letters (but U+00F7, the division sign);
        // their capitals are 0x20 lower.
        const auto second = static_cast<unsigned char>(text[1]);
        if (second >= 0xA0 && second <= 0xBE && second != 0xB7) text[1] = char(second - 0x20);
    }
    return text;
}

} // namespace postie
