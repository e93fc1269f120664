#include "map/highlight_item.h"

#include <QPainter>

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

QRectF HighlightItem::boundingRect() const { return m_rect.adjusted(-kPen, -kPen, kPen, kPen); }

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
}

} // namespace postie::gui
