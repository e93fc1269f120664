#include "map/highlight_item.h"

#include "map/label_placer.h"
#include "map/scene_fonts.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace postie::gui {
namespace {

constexpr double kPen = 4;
constexpr double kGap = 6;

} // namespace

HighlightItem::HighlightItem()
{
    setZValue(3.5);  // above roads and words, under the trucks and their tags (around a building, outside it)
    setAcceptedMouseButtons(Qt::NoButton);  // a click goes to what is underneath
}

QRectF HighlightItem::boundingRect() const
{
    const QRectF ring = m_rect.adjusted(-kPen, -kPen, kPen, kPen);
    return m_note.isEmpty() ? ring : ring.united(noteRect().adjusted(-1, -1, 1, 1));
}

QList<QRectF> HighlightItem::noteRects() const
{
    // A tag wide enough for its words: centred on the ring's top edge, then around the ring.
    const QFontMetricsF metrics(SceneFonts::badge());
    const QSizeF size(metrics.horizontalAdvance(m_note) + 16, metrics.height() + 6);
    QList<QRectF> out{QRectF(QPointF(m_rect.center().x() - size.width() / 2, m_rect.top() - size.height() / 2 - kPen), size)};
    out << LabelPlacer::around(m_rect.adjusted(-kPen, -kPen, kPen, kPen), size, 3, 3, size.height() + 4);
    return out;
}

QRectF HighlightItem::noteRect() const
{
    const QList<QRectF> rects = noteRects();
    return rects.value(m_notePlace, rects.first());
}

QList<QRectF> HighlightItem::noteCandidates() const
{
    QList<QRectF> out;
    if (m_note.isEmpty()) return out;
    for (const QRectF& r : noteRects()) out << r.translated(pos());
    return out;
}

void HighlightItem::setNotePlace(int candidate)
{
    candidate = std::max(candidate, 0);
    if (candidate == m_notePlace) return;
    prepareGeometryChange();
    m_notePlace = candidate;
    update();
}

QRectF HighlightItem::noteSceneRect() const { return m_note.isEmpty() || !isVisible() ? QRectF() : noteRect().translated(pos()); }

void HighlightItem::setNote(const QString& note)
{
    if (note == m_note) return;
    prepareGeometryChange();
    m_note = note;
}

void HighlightItem::surround(const QRectF& rect)
{
    const QRectF ring = rect.adjusted(-kGap, -kGap, kGap, kGap).translated(-rect.center());
    setPos(rect.center());
    if (ring == m_rect) return;
    prepareGeometryChange();
    m_rect = ring;
}

void HighlightItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(QColor(0x00, 0x5A, 0x9C, 28));
    painter->setPen(QPen(QColor(0x00, 0x5A, 0x9C), kPen));
    painter->drawRoundedRect(m_rect, 10, 10);
    if (m_note.isEmpty()) return;
    const QRectF tag = noteRect();
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x00, 0x5A, 0x9C));
    painter->drawRoundedRect(tag, 6, 6);
    painter->setPen(Qt::white);
    painter->setFont(SceneFonts::badge());
    painter->drawText(tag, Qt::AlignCenter, m_note);
}

} // namespace postie::gui
