#pragma once
// The charts speak the map's colours: the queue badge's blue, the "return to sender" red, the
// "still trying" amber, and the Okabe–Ito palette of the letters for everything else.
#include "map/message_palette.h"

#include <QColor>

namespace postie::gui::chart_colours {

inline QColor delivered() { return MessagePalette::colour(2); }  // bluish green
inline QColor bounced() { return QColor(0xC6, 0x28, 0x28); }     // the red stamp on a bounce
inline QColor deferred() { return QColor(0x9A, 0x5B, 0x00); }    // the amber "still trying" stamp
inline QColor inFlight() { return MessagePalette::colour(0); }   // orange, a letter on its way
inline QColor queue(int station) { return MessagePalette::colour(station + 4); }  // the queue badge's blue first
inline QColor dnsTotal() { return MessagePalette::colour(4); }
inline QColor dnsInterval() { return MessagePalette::colour(1); }
inline QColor waiting() { return QColor(0x9A, 0x5B, 0x00); }
inline QColor dns() { return MessagePalette::colour(1); }
inline QColor onTheWay() { return MessagePalette::colour(4); }
inline QColor inMailbox() { return MessagePalette::colour(2); }
inline QColor now() { return MessagePalette::ink(); }

} // namespace postie::gui::chart_colours
