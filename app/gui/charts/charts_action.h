#pragma once
// View > Charts (Ctrl+D): makes the charts dock the first time it is asked for, so a window
// that never shows the charts has no dock at all (and no part in its layout), then shows and
// hides it; the action stays checked while the dock is visible. The window places the dock
// (`dockMade`, before it is first shown).
#include <QAction>

class QDockWidget;
class QMainWindow;

namespace postie::gui {

class ChartsDock;
class ScenarioPlayer;

class ChartsAction : public QAction {
    Q_OBJECT
public:
    ChartsAction(QMainWindow& window, ScenarioPlayer& player);
    ChartsDock* dock() const { return m_dock; }  // null until first shown

signals:
    void seekRequested(qint64 timeUs);
    void dockMade(QDockWidget* dock);  // place it in the window now

private:
    void setShown(bool on);

    QMainWindow& m_window;
    ScenarioPlayer& m_player;
    ChartsDock* m_dock = nullptr;
};

} // namespace postie::gui
