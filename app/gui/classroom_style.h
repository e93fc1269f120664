#pragma once
// The app's look: Qt's Fusion style with a light, high-contrast palette and large type, the
// same on every desktop, so what a teacher sees is what the class sees on the projector.
class QApplication;

namespace postie::gui {

class ClassroomStyle {
public:
    static void apply(QApplication& app);
};

} // namespace postie::gui
