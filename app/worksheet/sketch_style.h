#pragma once
// How the town sketch looks on paper, the same in the HTML and the PDF: sizes in points (PDF)
// or CSS pixels (HTML), and a pale fill for each kind of station.
#include "mail/station_config.h"

namespace postie {

inline constexpr double kSketchWidth = 480;
inline constexpr double kSketchHeight = 250;
inline constexpr double kSketchMargin = 44;  // room for half a box and its label at the edges
inline constexpr double kSketchBoxWidth = 80;
inline constexpr double kSketchBoxHeight = 30;
inline constexpr double kSketchRouterRadius = 14;
inline constexpr double kSketchFontSize = 7;
inline constexpr double kSketchLineHeight = 8.5;
inline constexpr std::size_t kSketchCharsPerLine = 18;

// Junctions on the road are circles; the other stations are buildings drawn as boxes.
inline bool sketchedAsCircle(StationKind kind) { return passesTrafficOn(kind); }

struct SketchColour {
    int r, g, b;
};

inline SketchColour sketchFill(StationKind kind)
{
    switch (kind) {
    case StationKind::Client: return {0xE8, 0xF1, 0xFB};
    case StationKind::Outgoing: return {0xFD, 0xEB, 0xD2};
    case StationKind::Resolver: return {0xEC, 0xE6, 0xF6};
    case StationKind::Incoming: return {0xDF, 0xF2, 0xE3};
    case StationKind::Mailbox: return {0xFA, 0xF3, 0xC8};
    case StationKind::Router: return {0xE4, 0xE4, 0xE4};
    case StationKind::Snooper: return {0xF6, 0xD5, 0xD5};  // pale red: someone reads along here
    }
    return {0xFF, 0xFF, 0xFF};
}

} // namespace postie
