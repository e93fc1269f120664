#include "charts/series_thinning.h"

namespace postie::gui {

QList<QPointF> thinMinMax(const QList<QPointF>& points, int buckets)
{
    const qsizetype n = points.size();
    if (buckets <= 0 || n <= 2 * qsizetype(buckets)) return points;
    QList<QPointF> out;
    out.reserve(2 * buckets);
    for (int b = 0; b < buckets; ++b) {
        const qsizetype from = n * b / buckets;
        const qsizetype to = n * (b + 1) / buckets;
        qsizetype lo = from, hi = from;
        for (qsizetype i = from + 1; i < to; ++i) {
            if (points[i].y() < points[lo].y()) lo = i;
            if (points[i].y() > points[hi].y()) hi = i;
        }
        out << points[std::min(lo, hi)];
        if (lo != hi) out << points[std::max(lo, hi)];
    }
    return out;
}

} // namespace postie::gui
