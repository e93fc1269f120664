#include "lesson/line_breaks.h"

namespace postie::gui {
namespace {

bool isJoint(QChar c)
{
    return c == u'_' || c == u'.' || c == u'/' || c == u'@' || c == u':' || c == u'=' || c == u';';
}

QString breakWord(const QString& word)
{
    if (word.size() < kLongWord) return word;
    QString out;
    out.reserve(word.size() + 8);
    for (qsizetype i = 0; i < word.size(); ++i) {
        out += word[i];
        // Not at the word's end: "test." before a space needs no break of its own.
        if (isJoint(word[i]) && i + 1 < word.size() && word[i + 1].isLetterOrNumber()) out += kLineBreak;
    }
    return out;
}

} // namespace

QString withLineBreaks(const QString& text)
{
    QString out;
    out.reserve(text.size());
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !text[i].isSpace()) continue;
        out += breakWord(text.mid(start, i - start));
        if (i < text.size()) out += text[i];
        start = i + 1;
    }
    return out;
}

QString withoutLineBreaks(QString text) { return text.remove(kLineBreak); }

} // namespace postie::gui
