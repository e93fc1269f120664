#pragma once
// Type sizes on the map, in scene units: large enough to read from the back of a classroom
// when the town fills the screen. Presentation mode scales them all at once (setScale), then
// the scene lays its labels out again (TownScene::relayout).
#include <QFont>

#include <cmath>

namespace postie::gui::SceneFonts {

inline double& scaleRef()
{
    static double scale = 1;  // GUI thread only, like every font
    return scale;
}
inline void setScale(double scale) { scaleRef() = scale; }
inline double scale() { return scaleRef(); }

inline QFont make(int pixelSize, bool bold)
{
    QFont f;
    f.setPixelSize(int(std::lround(pixelSize * scale())));
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
