#pragma once
// Type sizes on the map, in scene units: large enough to read from the back of a classroom
// when the town fills the screen.
#include <QFont>

namespace postie::gui::SceneFonts {

inline QFont make(int pixelSize, bool bold)
{
    QFont f;
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    return f;
}
inline QFont stationName() { return make(17, true); }
inline QFont hostName() { return make(13, false); }
inline QFont badge() { return make(17, true); }
inline QFont sign() { return make(16, true); }
inline QFont truckLabel() { return make(16, true); }
inline QFont stamp() { return make(13, true); }
inline QFont wire() { return make(13, true); }
inline QFont roadSign() { return make(12, false); }

} // namespace postie::gui::SceneFonts
