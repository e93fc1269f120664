#include "map/road_item.h"

#include "map/scene_fonts.h"
#include "map/station_item.h"
#include "scenario/units.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace postie::gui {
namespace {

const QColor kCasing(0x9E, 0x97, 0x8A);
const QColor kAsphalt(0xD3, 0xCE, 0xC4);
constexpr double kFarAway = 0.35;

} // namespace

RoadItem::RoadItem(StationItem* a, StationItem* b, qint64 latencyUs)
    : m_a(a), m_b(b), m_latencyUs(latencyUs), m_latency(QString::fromStdString(formatDuration(SimTime::fromMicros(latencyUs))))
{
    setZValue(0);
    setToolTip(tr("%1 to %2: %3 each way").arg(a->id(), b->id(), m_latency));
    a->addRoad(this);
    b->addRoad(this);
    adjust();
}

void RoadItem::adjust()
{
    prepareGeometryChange();
    m_line = QLineF(m_a->pos(), m_b->pos());
    // The sign goes in the middle of the longest stretch that neither end's building nor
    // name card covers, so it never sits under a label.
    constexpr int kSamples = 64;
    QPainterPathStroker grow;  // a little air around buildings and cards
    grow.setWidth(16);
    const QPainterPath a = m_a->footprint().united(grow.createStroke(m_a->footprint()));
    const QPainterPath b = m_b->footprint().united(grow.createStroke(m_b->footprint()));
    int bestStart = 0, bestLength = 0, runStart = 0;
    for (int i = 0; i <= kSamples + 1; ++i) {
        const QPointF p = m_line.pointAt(double(i) / kSamples);
        const bool free = i <= kSamples && !a.contains(p) && !b.contains(p);
        if (!free) {
            if (i - runStart > bestLength) {
                bestStart = runStart;
                bestLength = i - runStart;
            }
            runStart = i + 1;
        }
    }
    m_hasSign = bestLength >= 3;
    m_signAt = m_line.pointAt((bestStart + (bestLength - 1) / 2.0) / kSamples);
    // Every free sample, the middle of the longest stretch first, then outwards from it.
    m_spots.clear();
    if (!m_hasSign) return;
    const double middle = bestStart + (bestLength - 1) / 2.0;
    QList<int> free;
    for (int i = 1; i < kSamples; ++i) {
        const QPointF p = m_line.pointAt(double(i) / kSamples);
        if (!a.contains(p) && !b.contains(p)) free << i;
    }
    std::stable_sort(free.begin(), free.end(), [&](int x, int y) { return std::abs(x - middle) < std::abs(y - middle); });
    m_spots << m_signAt;
    for (int i : free) m_spots << m_line.pointAt(double(i) / kSamples);
}

QList<QRectF> RoadItem::signCandidates() const
{
    QList<QRectF> out;
    for (const QPointF& p : m_spots) out << signAt(p).united(barrierAt(p));  // the barrier goes there when closed
    return out;
}

void RoadItem::setSignPlace(int candidate)
{
    const bool has = candidate >= 0 && candidate < m_spots.size();
    if (has == m_hasSign && (!has || m_spots[candidate] == m_signAt)) return;
    m_hasSign = has;
    if (has) m_signAt = m_spots[candidate];
    update();
}

QRectF RoadItem::boundingRect() const
{
    const double pad = kWidth + 30;  // casing, barrier and the latency sign
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-pad, -pad, pad, pad);
}

void RoadItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    painter->setPen(QPen(kCasing, kWidth + 4, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(m_line);
    painter->setPen(QPen(m_closed ? QColor(0xE8, 0xC4, 0xC0) : kAsphalt, kWidth, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(m_line);
    if (lod < kFarAway) return;
    painter->setPen(QPen(Qt::white, 2.5, Qt::DashLine, Qt::FlatCap));
    painter->drawLine(m_line);

    const QPointF mid = m_hasSign ? m_signAt : m_line.center();
    if (m_closed) {
        // A striped barrier across the middle of the street.
        painter->save();
        painter->translate(mid);
        painter->rotate(-m_line.angle() + 90);
        const QRectF bar(-kWidth, -7, 2 * kWidth, 14);
        painter->setPen(QPen(QColor(0x22, 0x30, 0x3C), 2));
        painter->setBrush(Qt::white);
        painter->drawRect(bar);
        painter->setBrush(QColor(0xC6, 0x28, 0x28));
        for (double x = bar.left(); x < bar.right() - 4; x += 16) painter->drawRect(QRectF(x, bar.top(), 8, bar.height()));
        painter->restore();
        return;
    }
    // The travel time, on a small sign in the street.
    if (!m_hasSign) return;
    painter->setFont(SceneFonts::roadSign());
    const QRectF sign = signRect();
    painter->setPen(QPen(kCasing, 1.5));
    painter->setBrush(QColor(0xFB, 0xFA, 0xF6));
    painter->drawRoundedRect(sign, 4, 4);
    painter->setPen(QColor(0x45, 0x50, 0x5A));
    painter->drawText(sign, Qt::AlignCenter, m_latency);
}

QRectF RoadItem::signRect() const
{
    const QPointF mid = m_hasSign ? m_signAt : m_line.center();
    if (m_closed) return barrierAt(mid);
    if (!m_hasSign) return {};
    return signAt(mid);
}

QRectF RoadItem::barrierAt(QPointF mid) const
{
    QTransform turn;
    turn.translate(mid.x(), mid.y());
    turn.rotate(-m_line.angle() + 90);
    return turn.mapRect(QRectF(-kWidth, -7, 2 * kWidth, 14));
}

QRectF RoadItem::signAt(QPointF mid) const
{
    const QFontMetricsF fm(SceneFonts::roadSign());
    return QRectF(mid.x() - fm.horizontalAdvance(m_latency) / 2 - 5, mid.y() - fm.height() / 2 - 1,
                  fm.horizontalAdvance(m_latency) + 10, fm.height() + 2);
}

void RoadItem::setClosed(bool closed)
{
    if (closed == m_closed) return;
    m_closed = closed;
    setToolTip(closed ? tr("%1 to %2: closed").arg(m_a->id(), m_b->id())
                      : tr("%1 to %2: %3 each way").arg(m_a->id(), m_b->id(), m_latency));
    update();
}

} // namespace postie::gui
