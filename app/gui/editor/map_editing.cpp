#include "editor/map_editing.h"

#include "editor/town_editor.h"
#include "map/road_item.h"
#include "map/station_item.h"
#include "map/town_scene.h"
#include "map/town_view.h"
#include "scenario/scenario_text_checks.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGraphicsLineItem>
#include <QMimeData>
#include <QMouseEvent>
#include <QPen>

#include <cmath>

namespace postie::gui {
namespace {

constexpr double kRoadReachPx = 8;  // how near a click must come to a road to select it

double distanceToSegment(const QPointF& p, const QLineF& line)
{
    const QPointF d = line.p2() - line.p1();
    const double length2 = d.x() * d.x() + d.y() * d.y();
    if (length2 <= 0) return QLineF(p, line.p1()).length();
    const double t = std::clamp(QPointF::dotProduct(p - line.p1(), d) / length2, 0.0, 1.0);
    return QLineF(p, line.p1() + t * d).length();
}

std::optional<StationKind> kindIn(const QMimeData* mime)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(MapEditing::kKindMime))) return std::nullopt;
    return scenario_reading::stationKindFromName(mime->data(QString::fromLatin1(MapEditing::kKindMime)).toStdString());
}

} // namespace

MapEditing::MapEditing(TownEditor& editor, TownScene& scene, TownView& view)
    : QObject(&editor), m_editor(editor), m_scene(scene), m_view(view)
{
    setObjectName(QStringLiteral("mapEditing"));
    m_view.viewport()->installEventFilter(this);
    m_view.viewport()->setAcceptDrops(true);
    connect(&m_editor, &TownEditor::editingChanged, this, [this](bool on) {
        if (!on) {
            m_armed.reset();
            m_roadTool = false;
        }
        m_view.viewport()->setCursor(on ? Qt::ArrowCursor : Qt::OpenHandCursor);
    });
}

void MapEditing::armKind(std::optional<StationKind> kind)
{
    m_armed = kind;
    if (kind) m_roadTool = false;
    m_view.viewport()->setCursor(kind ? Qt::CrossCursor : Qt::ArrowCursor);
}

void MapEditing::setRoadTool(bool on)
{
    m_roadTool = on;
    if (on) m_armed.reset();
    m_view.viewport()->setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
}

QString MapEditing::stationAt(const QPointF& scenePoint) const
{
    for (QGraphicsItem* item : m_scene.items(scenePoint, Qt::IntersectsItemShape, Qt::DescendingOrder))
        for (QGraphicsItem* it = item; it; it = it->parentItem())
            if (auto* station = qgraphicsitem_cast<StationItem*>(it)) return station->id();
    return {};
}

std::pair<QString, QString> MapEditing::roadAt(const QPointF& scenePoint) const
{
    const double reach = kRoadReachPx / std::max(1e-6, m_view.transform().m11());
    std::pair<QString, QString> best;
    double nearest = reach;
    for (const RoadItem* road : m_scene.roads()) {
        const double d = distanceToSegment(scenePoint, road->line());
        if (d <= nearest) {
            nearest = d;
            best = {road->a()->id(), road->b()->id()};
        }
    }
    return best;
}

bool MapEditing::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view.viewport() || !m_editor.editing()) return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: return press(static_cast<QMouseEvent&>(*event));
    case QEvent::MouseMove: return move(static_cast<QMouseEvent&>(*event));
    case QEvent::MouseButtonRelease: return release(static_cast<QMouseEvent&>(*event));
    case QEvent::MouseButtonDblClick: return true;
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto& drag = static_cast<QDragMoveEvent&>(*event);
        if (!kindIn(drag.mimeData())) return false;
        drag.acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto& drop = static_cast<QDropEvent&>(*event);
        const auto kind = kindIn(drop.mimeData());
        if (!kind) return false;
        drop.acceptProposedAction();
        report(m_editor.addStation(*kind, m_view.mapToScene(drop.position().toPoint())));
        return true;
    }
    default: return QObject::eventFilter(watched, event);
    }
}

bool MapEditing::press(QMouseEvent& event)
{
    if (event.button() != Qt::LeftButton) return false;
    const QPointF at = m_view.mapToScene(event.position().toPoint());
    m_pressAt = at;
    m_dragging = false;
    m_layingRoad = false;
    if (m_armed) {
        const StationKind kind = *m_armed;
        m_armed.reset();
        m_view.viewport()->setCursor(Qt::ArrowCursor);
        report(m_editor.addStation(kind, at));
        emit kindPlaced();
        return true;
    }
    m_pressed = stationAt(at);
    if (m_pressed.isEmpty()) {
        const auto [a, b] = roadAt(at);
        m_editor.select(a.isEmpty() ? EditTarget::scenario() : EditTarget::road(a, b));
        return !a.isEmpty();  // on empty ground the hand pans the map, as in play
    }
    m_editor.select(EditTarget::station(m_pressed));
    m_layingRoad = m_roadTool || event.modifiers().testFlag(Qt::ShiftModifier);
    if (const StationItem* item = m_scene.station(m_pressed)) m_grabOffset = item->pos() - at;
    return true;
}

bool MapEditing::move(QMouseEvent& event)
{
    if (m_pressed.isEmpty() || !(event.buttons() & Qt::LeftButton)) return false;
    const QPointF at = m_view.mapToScene(event.position().toPoint());
    if (!m_dragging) {
        const QPoint moved = event.position().toPoint() - m_view.mapFromScene(m_pressAt);
        if (moved.manhattanLength() < QApplication::startDragDistance()) return true;
        m_dragging = true;
    }
    if (m_layingRoad) {
        const StationItem* from = m_scene.station(m_pressed);
        if (!from) return true;
        if (!m_rubberBand) {
            m_rubberBand = m_scene.addLine(QLineF(), QPen(QColor(0x1e, 0x6f, 0xd9), 4, Qt::DashLine, Qt::RoundCap));
            m_rubberBand->setZValue(1000);
        }
        m_rubberBand->setLine(QLineF(from->pos(), at));
    } else {
        m_scene.dragStation(m_pressed, at + m_grabOffset);
    }
    return true;
}

bool MapEditing::release(QMouseEvent& event)
{
    if (event.button() != Qt::LeftButton || m_pressed.isEmpty()) return false;
    const QString from = m_pressed;
    m_pressed.clear();
    const QPointF at = m_view.mapToScene(event.position().toPoint());
    if (m_rubberBand) {
        delete m_rubberBand;
        m_rubberBand = nullptr;
    }
    if (!m_dragging) return true;
    m_dragging = false;
    if (m_layingRoad) {
        const QString to = stationAt(at);
        if (!to.isEmpty() && to != from) {
            const QString error = m_editor.addRoad(from, to);
            report(error);
            if (error.isEmpty()) emit m_editor.fieldWanted(QStringLiteral("latency"));  // type it at once
        }
        return true;
    }
    report(m_editor.moveStation(from, at + m_grabOffset));
    return true;
}

void MapEditing::report(const QString& error)
{
    if (!error.isEmpty()) emit m_editor.problem(error);
}

} // namespace postie::gui
