#pragma once
// Where a long technical word may wrap in the Lesson panel's narrow column: a setting such as
// "maximal_backoff_time" or an address such as "parents-bounces@lists.school.test" is one
// word to the line breaker, and in the classroom's large type wider than the column. An
// invisible break (U+200B) after its joints lets it wrap there; ordinary words are left alone.
#include <QString>

namespace postie::gui {

// `text` with a break allowed after each '_', '.', '/', '@', ':', '=' or ';' inside a word of
// kLongWord characters or more.
QString withLineBreaks(const QString& text);
// The text as written, without the breaks (what a test or a screen reader compares).
QString withoutLineBreaks(QString text);

inline constexpr int kLongWord = 14;
inline constexpr QChar kLineBreak{0x200B};  // ZERO WIDTH SPACE

} // namespace postie::gui
