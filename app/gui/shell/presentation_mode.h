#pragma once
// F11: the window fills the screen and takes the presentation look (larger type in the
// window and on the map, the dark high-contrast theme, a bigger toolbar); F11 or Esc again
// puts everything back as it was. View > Dark theme switches the theme on its own.
#include "shell/classroom_style.h"

#include <QObject>

class QAction;
class QMainWindow;
class QToolBar;

namespace postie::gui {

class TownScene;

class PresentationMode : public QObject {
    Q_OBJECT
public:
    PresentationMode(QMainWindow& window, TownScene& scene, QToolBar& toolbar);

    QAction* presentAction() const { return m_present; }  // F11, checkable
    QAction* leaveAction() const { return m_leave; }      // Esc, while presenting
    QAction* darkAction() const { return m_dark; }        // D, checkable

    bool presenting() const;
    ClassroomStyle::Look look() const;

signals:
    // The map's labels were laid out again: what travels must be drawn anew.
    void lookChanged();

private:
    void setPresenting(bool on);
    void applyLook();

    QMainWindow& m_window;
    TownScene& m_scene;
    QToolBar& m_toolbar;
    QAction* m_present;
    QAction* m_leave;
    QAction* m_dark;
    Qt::WindowStates m_before = Qt::WindowNoState;  // maximised or not, to go back to
};

} // namespace postie::gui
