#include "map/label_placer.h"

namespace postie::gui {

void LabelPlacer::clear()
{
    m_names.clear();
    m_bodies.clear();
    m_owners.clear();
    m_placed.clear();
}

void LabelPlacer::addName(const QRectF& rect) { m_names << rect; }

void LabelPlacer::addBody(const QRectF& rect, int owner)
{
    m_bodies << rect;
    m_owners << owner;
}

bool LabelPlacer::isFree(const QRectF& rect, int owner) const
{
    for (const QRectF& r : m_names)
        if (r.intersects(rect)) return false;
    for (qsizetype i = 0; i < m_bodies.size(); ++i)
        if (m_owners[i] != owner && m_bodies[i].intersects(rect)) return false;
    for (const QRectF& r : m_placed)
        if (r.intersects(rect)) return false;
    return true;
}

int LabelPlacer::place(const Label& label)
{
    for (qsizetype i = 0; i < label.candidates.size(); ++i) {
        if (!isFree(label.candidates[i], label.owner)) continue;
        if (label.blocks) m_placed << label.candidates[i];
        return int(i);
    }
    return -1;
}

QList<int> LabelPlacer::placeAll(const QList<Label>& labels)
{
    QList<int> out;
    out.reserve(labels.size());
    for (const Label& l : labels) out << place(l);
    return out;
}

QList<QRectF> LabelPlacer::around(const QRectF& anchor, const QSizeF& size, double gap, int rings, double step)
{
    QList<QRectF> out;
    const double w = size.width();
    const double h = size.height();
    for (int ring = 0; ring < rings; ++ring) {
        const double g = gap + ring * step;
        const QRectF a = anchor.adjusted(-g, -g, g, g);
        const QPointF c = a.center();
        out << QRectF(c.x() - w / 2, a.top() - h, w, h)      // above
            << QRectF(c.x() - w / 2, a.bottom(), w, h)       // below
            << QRectF(a.right(), c.y() - h / 2, w, h)        // right
            << QRectF(a.left() - w, c.y() - h / 2, w, h)     // left
            << QRectF(a.right(), a.top() - h, w, h)          // above right
            << QRectF(a.left() - w, a.top() - h, w, h)       // above left
            << QRectF(a.right(), a.bottom(), w, h)           // below right
            << QRectF(a.left() - w, a.bottom(), w, h);       // below left
    }
    return out;
}

} // namespace postie::gui
