#pragma once
// Where each station stands on the map. A scenario that gives every station a position is
// drawn as written; otherwise the town is laid out left to right in the order a letter
// travels (writers, post offices, junctions, sorting stations, PO boxes, readers), each
// column spread evenly around the middle, with the postal-code directories above the post
// offices (off the main road, as in the lessons). A column taller than kMaxRows is folded
// into staggered sub-columns, so a town with many writers keeps the shape of a screen.
#include <QHash>
#include <QList>
#include <QRectF>
#include <QPointF>
#include <QString>

namespace postie {
struct ScenarioSpec;
}

namespace postie::gui {

class TownLayout {
public:
    static constexpr double kColumnGap = 220;
    static constexpr double kRowGap = 190;
    static constexpr int kMaxRows = 4;

    static QHash<QString, QPointF> positions(const ScenarioSpec& spec);
    // How far to stretch a layout across (x) and down (y) so that no two stations' extents
    // (each around its position: building, badges and name card) come closer than `gap`. Each
    // overlap is resolved along the axis that needs the smaller stretch (a row only across, a
    // column only down). {1, 1} when everything fits already; never less.
    static QPointF spread(const QList<QPointF>& at, const QList<QRectF>& extents, double gap);

private:
    static QHash<QString, QPointF> autoLayout(const ScenarioSpec& spec);
};

} // namespace postie::gui
