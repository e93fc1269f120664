#include "map/wire_item.h"

#include "map/message_palette.h"
#include "map/scene_fonts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace postie::gui {
namespace {

constexpr double kFarAway = 0.45;

} // namespace

WireItem::WireItem(const QString& label, const QString& message)
    : m_label(label),
      m_message(message),
      m_edge(message.isEmpty() ? MessagePalette::ink() : MessagePalette::colour(MessagePalette::indexFor(message)))
{
    setZValue(3);
    setToolTip(message.isEmpty() ? label : message + QStringLiteral(": ") + label);
}

QRectF WireItem::bubble() const
{
    const QFontMetricsF fm(SceneFonts::wire());
    const double width = fm.horizontalAdvance(m_label) + 18;
    const double height = 24 * SceneFonts::scale();  // grows with its type
    return QRectF(-width / 2, -height / 2, width, height);
}

QPointF WireItem::shiftFor(int candidate, double height)
{
    static constexpr double kSteps[] = {0, -1, 1, -2, 2};
    return {0, kSteps[std::clamp(candidate, 0, 4)] * (height + 4)};
}

QList<QRectF> WireItem::candidates(QPointF at) const
{
    const QRectF b = bubble().adjusted(-2, -2, 2, 2);
    QList<QRectF> out;
    out.reserve(5);
    for (int i = 0; i < 5; ++i) out << b.translated(at + shiftFor(i, b.height()));
    return out;
}

QRectF WireItem::boundingRect() const { return bubble().adjusted(-4, -4, 4, 4); }

void WireItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    // Far away, words are only a dot in the message's colour.
    if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) < kFarAway) {
        painter->setPen(QPen(MessagePalette::ink(), 1.5));
        painter->setBrush(m_edge);
        painter->drawEllipse(QPointF(0, 0), 7, 7);
        return;
    }
    // An ink outline around the colour ring keeps pale colours (yellow) visible on white.
    const QRectF b = bubble();
    painter->setPen(QPen(MessagePalette::ink(), 1.5));
    painter->setBrush(m_edge);
    painter->drawRoundedRect(b.adjusted(-2, -2, 2, 2), 14, 14);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(b.adjusted(2, 2, -2, -2), 10, 10);
    painter->setPen(MessagePalette::ink());
    painter->setFont(SceneFonts::wire());
    painter->drawText(b, Qt::AlignCenter, m_label);
}

} // namespace postie::gui
