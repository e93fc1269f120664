#pragma once
// Fewer points for a line on screen, with its peaks kept: the points are cut into buckets of
// equal count and each bucket gives its lowest and its highest point, in time order. A line of
// a million points then draws as fast as one of a few thousand, and no spike is lost.
#include <QList>
#include <QPointF>

namespace postie::gui {

// At most 2 · buckets points (the line itself when it already has no more).
QList<QPointF> thinMinMax(const QList<QPointF>& points, int buckets);

} // namespace postie::gui
