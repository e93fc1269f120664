#pragma once
// Where the docks go: one column at the right of the map, as tabs, so opening the Inspector,
// the event log, the charts and the list of stations and roads never widens the window nor
// takes the map's height. The column keeps to a share of the window's width (a dock's own
// minimum is kept small enough for a 1024-pixel window); a dock may still be dragged out to
// float or to another side.
#include <QHash>
#include <QObject>

class QDockWidget;
class QMainWindow;

namespace postie::gui {

class DockColumn : public QObject {
    Q_OBJECT
public:
    explicit DockColumn(QMainWindow& window);

    static constexpr double kShare = 0.3;  // of the window's width, at most, when a dock opens
    static constexpr int kMinWidth = 240;  // a dock's narrowest: under it the map would give way

    // Puts the dock in the column (a tab beside the others) and brings it to the front
    // whenever it is shown. A dock given its own share (the lesson panel, whose words are as
    // large as the caption's) is widened to it when it comes to the front, and kept within it.
    void add(QDockWidget& dock, double share = kShare);
    // The width a dock of the column gets when it opens in a window this wide.
    static int widthFor(int windowWidth, double share = kShare);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reveal(QDockWidget& dock);
    void keepShare();

    QMainWindow& m_window;
    QList<QDockWidget*> m_docks;
    QHash<QDockWidget*, double> m_shares;  // the docks with a share of their own
};

} // namespace postie::gui
