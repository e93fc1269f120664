#pragma once
// Puts the map's movable labels where they cover nothing they must not: no station's name
// card ever, no other station's building, and no label placed before them that blocks. Each
// label offers candidate rectangles (scene coordinates), best first: around its anchor, then
// further out; the placer takes the first that is free, or none (the label is then left out).
// Deterministic: the same things in the same order give the same answer. Cheap: a linear scan
// of the few fixed things per candidate, so a frame of 2,000 truck tags costs well under a
// millisecond. Anything new on the map (a mark, a sign) registers as one more Label.
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace postie::gui {

class LabelPlacer {
public:
    struct Label {
        QList<QRectF> candidates;  // best first
        int owner = -1;            // the station it belongs to: it may lie on that one's body
        bool blocks = true;        // labels placed after it keep clear of it
    };

    void clear();
    // A station's name card: never covered by anything.
    void addName(const QRectF& rect);
    // A station's building with its badges, numbered `owner`: covered only by its own labels.
    void addBody(const QRectF& rect, int owner);
    // The index of the first free candidate, or -1 when none is; a placed label that blocks
    // is kept clear of from then on.
    int place(const Label& label);
    QList<int> placeAll(const QList<Label>& labels);
    bool isFree(const QRectF& rect, int owner = -1) const;

    // Rectangles of `size` around `anchor` (a rectangle): centred above it first, then below,
    // right, left and the four corners, each `gap` away; then the same `rings` times further
    // out, each ring `step` further.
    static QList<QRectF> around(const QRectF& anchor, const QSizeF& size, double gap, int rings = 1, double step = 0);

private:
    QList<QRectF> m_names;
    QList<QRectF> m_bodies;
    QList<int> m_owners;
    QList<QRectF> m_placed;
};

} // namespace postie::gui
