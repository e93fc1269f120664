#pragma once
// Type that fits a narrow column: a word of the classroom's large type that is wider than the
// Lesson panel (a German compound in presentation mode, "Sortierzentrum" in the answer's big
// type) would be cut at the panel's edge. The label's type is made just small enough for its
// longest word; labels whose words fit keep the size they were given.
#include <QFont>

class QLabel;

namespace postie::gui {

// `designed` scaled down (never up) so that no word of `label`'s text is wider than `width`.
QFont fittedFont(const QLabel& label, const QFont& designed, int width);

} // namespace postie::gui
