#include "shell/dock_column.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <algorithm>

namespace postie::gui {

DockColumn::DockColumn(QMainWindow& window) : QObject(&window), m_window(window)
{
    setObjectName(QStringLiteral("dockColumn"));
    m_window.setTabPosition(Qt::RightDockWidgetArea, QTabWidget::North);
    m_window.installEventFilter(this);
}

int DockColumn::widthFor(int windowWidth, double share) { return std::max(kMinWidth, int(windowWidth * share)); }

void DockColumn::add(QDockWidget& dock, double share)
{
    dock.setMinimumWidth(kMinWidth);
    if (share != kShare) m_shares.insert(&dock, share);
    QDockWidget* neighbour = nullptr;
    for (QDockWidget* d : m_docks)
        if (!d->isFloating() && m_window.dockWidgetArea(d) == Qt::RightDockWidgetArea) neighbour = d;
    m_window.addDockWidget(Qt::RightDockWidgetArea, &dock);
    if (neighbour) m_window.tabifyDockWidget(neighbour, &dock);
    m_docks << &dock;
    // Shown from its menu item or its key: it comes to the front of the tabs.
    connect(dock.toggleViewAction(), &QAction::toggled, &dock, [this, &dock](bool on) {
        if (on) reveal(dock);
    });
    connect(&dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) QTimer::singleShot(0, this, &DockColumn::keepShare);
    });
}

void DockColumn::reveal(QDockWidget& dock)
{
    if (dock.isFloating()) return;
    // After the show has been laid out: a tab raised before it exists is not raised.
    QTimer::singleShot(0, &dock, [this, &dock] {
        if (dock.isHidden()) return;
        dock.raise();
        const int wanted = widthFor(m_window.width(), m_shares.value(&dock, kShare));
        if (m_shares.contains(&dock) && dock.width() < wanted)
            m_window.resizeDocks({&dock}, {wanted}, Qt::Horizontal);
        keepShare();
    });
}

void DockColumn::keepShare()
{
    QList<QDockWidget*> wide;
    QList<int> widths;
    for (QDockWidget* d : m_docks) {
        const int most = widthFor(m_window.width(), m_shares.value(d, kShare));
        if (d->isVisible() && !d->isFloating() && d->width() > most) {
            wide << d;
            widths << most;
        }
    }
    if (!wide.isEmpty()) m_window.resizeDocks(wide, widths, Qt::Horizontal);
}

bool DockColumn::eventFilter(QObject* watched, QEvent* event)
{
    // A window made smaller (presentation mode left, a smaller screen) keeps the map wide.
    if (watched == &m_window && event->type() == QEvent::Resize) QTimer::singleShot(0, this, &DockColumn::keepShare);
    return QObject::eventFilter(watched, event);
}

} // namespace postie::gui
