#include "words/phrasebook.h"

namespace postie {

const Phrasebook& englishPhrasebook()
{
    static const Phrasebook english;
    return english;
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
