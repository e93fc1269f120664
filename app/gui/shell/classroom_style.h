#pragma once
// The app's look: Qt's Fusion style with a high-contrast palette and large type, the same on
// every desktop, so what a teacher sees is what the class sees on the projector. Two themes
// (light, and dark for a dim room) and a presentation look (F11): larger type everywhere, on
// the map too, in the dark theme.
#include <QColor>
#include <QFont>
#include <QPalette>

class QApplication;

namespace postie::gui {

struct ClassroomLook {
    bool dark = false;
    bool presentation = false;  // implies dark: a projector in a dim room

    bool darkTheme() const { return dark || presentation; }
    bool operator==(const ClassroomLook&) const = default;
};

class ClassroomStyle {
public:
    using Look = ClassroomLook;

    // Style, palette, type size, the map's type scale and the icon. Call again to change look.
    static void apply(QApplication& app, Look look = {});
    static QPalette palette(bool dark);
    static double pointSize(Look look);        // the app's type, in points
    static double sceneFontScale(Look look);   // the map's type, relative to SceneFonts
    static int toolbarIconSize(Look look);     // pixels
    // The ground the town stands on, for the palette in use: warm paper, or a dark slate.
    static QColor ground(const QPalette& palette);
};

// A heading or a larger word: `base` times `scale`, bold or not. Every panel sizes its type
// from the app's (or its own) font this way, so presentation mode enlarges them all at once.
QFont scaledFont(const QFont& base, double scale, bool bold);

} // namespace postie::gui
