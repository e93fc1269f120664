#pragma once
// Colours for messages from the Okabe–Ito palette, which colour-blind viewers can tell apart.
// Colour is never the only cue: every truck also carries its label (m1, m2).
#include <QColor>
#include <QString>

namespace postie::gui {

class MessagePalette {
public:
    static constexpr int kSize = 7;  // Okabe–Ito without black, which is the outline colour

    static QColor colour(int index);
    // m1 -> 0, m2 -> 1, ... wrapping; anything else -> 0.
    static int indexFor(const QString& message);
    static QColor ink() { return QColor(0x22, 0x30, 0x3C); }  // outlines and text
};

} // namespace postie::gui
