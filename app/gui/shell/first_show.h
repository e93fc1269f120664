#pragma once
// How the window first comes up: maximised on every screen, small or large, so the map has
// all the room the classroom's projector or screen gives it.
class QWidget;

namespace postie::gui {

void showForClass(QWidget& window);

} // namespace postie::gui
