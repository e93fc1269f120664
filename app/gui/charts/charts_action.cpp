#include "charts/charts_action.h"

#include "charts/charts_dock.h"

#include <QMainWindow>

namespace postie::gui {

ChartsAction::ChartsAction(QMainWindow& window, ScenarioPlayer& player)
    : QAction(tr("&Charts"), &window), m_window(window), m_player(player)
{
    setCheckable(true);
    setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(this, &QAction::toggled, this, &ChartsAction::setShown);
}

void ChartsAction::setShown(bool on)
{
    if (!m_dock) {
        if (!on) return;
        m_dock = new ChartsDock(m_player, &m_window);
        emit dockMade(m_dock);
        connect(m_dock, &ChartsDock::seekRequested, this, &ChartsAction::seekRequested);
        // Closed with its own button: the menu item follows.
        connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool) { setChecked(!m_dock->isHidden()); });
    }
    m_dock->setVisible(on);
    if (on) m_dock->raise();  // the front tab of its column
}

} // namespace postie::gui
