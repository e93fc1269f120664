#include "shell/presentation_mode.h"

#include "map/town_scene.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QToolBar>

namespace postie::gui {

PresentationMode::PresentationMode(QMainWindow& window, TownScene& scene, QToolBar& toolbar)
    : QObject(&window),
      m_window(window),
      m_scene(scene),
      m_toolbar(toolbar),
      m_present(new QAction(tr("&Presentation mode"), this)),
      m_leave(new QAction(tr("Leave presentation mode"), this)),
      m_dark(new QAction(tr("&Dark theme"), this))
{
    setObjectName(QStringLiteral("presentationMode"));
    m_present->setCheckable(true);
    m_present->setShortcut(Qt::Key_F11);
    m_present->setToolTip(tr("Full screen, large type, high contrast (F11)"));
    m_leave->setShortcut(Qt::Key_Escape);
    m_leave->setEnabled(false);
    m_dark->setCheckable(true);
    m_dark->setShortcut(Qt::Key_D);
    m_dark->setToolTip(tr("Light text on a dark ground, for a dim room (D)"));
    connect(m_present, &QAction::toggled, this, &PresentationMode::setPresenting);
    connect(m_leave, &QAction::triggered, m_present, [this] { m_present->setChecked(false); });
    connect(m_dark, &QAction::toggled, this, &PresentationMode::applyLook);
}

bool PresentationMode::presenting() const { return m_present->isChecked(); }

ClassroomStyle::Look PresentationMode::look() const { return {m_dark->isChecked(), presenting()}; }

void PresentationMode::setPresenting(bool on)
{
    m_leave->setEnabled(on);
    if (on) {
        m_before = m_window.windowState() & ~Qt::WindowFullScreen;
        m_window.showFullScreen();
    } else {
        m_window.setWindowState(m_before);
        m_window.show();
    }
    applyLook();
}

void PresentationMode::applyLook()
{
    const ClassroomStyle::Look l = look();
    ClassroomStyle::apply(*qApp, l);
    const int icon = ClassroomStyle::toolbarIconSize(l);
    m_toolbar.setIconSize(QSize(icon, icon));
    m_scene.relayout();  // the map's type changed size
    emit lookChanged();
}

} // namespace postie::gui
