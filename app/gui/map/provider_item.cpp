#include "map/provider_item.h"

#include "map/scene_fonts.h"
#include "map/station_item.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <QPalette>

namespace postie::gui {
namespace {
constexpr double kPadding = 18;
constexpr double kTitleHeight = 30;
} // namespace

ProviderItem::ProviderItem(QString name, QList<StationItem*> members)
    : m_name(std::move(name)), m_members(std::move(members))
{
    refit();
    setZValue(-1);  // under the roads, which run into the building
    setToolTip(QObject::tr("%1: one provider's building (group)").arg(m_name));
}

void ProviderItem::refit()
{
    prepareGeometryChange();
    m_block = QRectF();
    for (const StationItem* s : std::as_const(m_members)) m_block |= s->mapRectToScene(s->extentRect());
    m_block.adjust(-kPadding, -kPadding - kTitleHeight, kPadding, kPadding);
}

QRectF ProviderItem::titleRect() const
{
    const double width = std::min(m_block.width(), QFontMetricsF(SceneFonts::stationName()).horizontalAdvance(m_name) + 12);
    return QRectF(m_block.center().x() - width / 2, m_block.top() + 6, width, kTitleHeight);
}

QRectF ProviderItem::boundingRect() const { return m_block.adjusted(-2, -2, 2, 2); }

void ProviderItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const QPalette palette = scene() && !scene()->views().isEmpty() ? scene()->views().first()->palette() : QPalette();
    QColor fill = palette.color(QPalette::Highlight);
    fill.setAlpha(28);
    QColor edge = palette.color(QPalette::Highlight);
    edge.setAlpha(120);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(edge, 2, Qt::DashLine));
    painter->setBrush(fill);
    painter->drawRoundedRect(m_block, 22, 22);
    painter->setFont(SceneFonts::stationName());
    painter->setPen(palette.color(QPalette::WindowText));
    painter->drawText(titleRect(), Qt::AlignHCenter | Qt::AlignVCenter, m_name);
}

} // namespace postie::gui
