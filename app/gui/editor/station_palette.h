#pragma once
// The palette of edit mode, down the left of the map: one button per station kind with its
// picture and postal name (drag it onto the map, or click it and then the map), the road tool
// (drag from one station to another), and the pointer (select and move).
#include "scenario/scenario_spec.h"

#include <QToolBar>

#include <optional>

class QActionGroup;

namespace postie::gui {

class StationPalette : public QToolBar {
    Q_OBJECT
public:
    // `play`: the action that leaves edit mode (Edit > Edit the town), shown first as "Play the town".
    explicit StationPalette(QAction& play, QWidget* parent = nullptr);

    // Back to the pointer (after a station was placed).
    void choosePointer();

signals:
    void kindArmed(std::optional<postie::StationKind> kind);
    void roadToolChosen(bool on);

private:
    QActionGroup* m_tools;
    QAction* m_pointer;
};

} // namespace postie::gui
