#include "shell/first_show.h"

#include <QWidget>

namespace postie::gui {

void showForClass(QWidget& window)
{
    // A 1280x800 window in the middle of a 1920x1080 screen leaves most of it unused, and a
    // small screen would cut it: maximised, the window manager's borders are its business.
    window.showMaximized();
}

} // namespace postie::gui
