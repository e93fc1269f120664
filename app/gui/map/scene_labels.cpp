#include "map/scene_labels.h"

#include "map/provider_item.h"
#include "map/road_item.h"
#include "map/station_item.h"
#include "map/town_layout.h"
#include "map/truck_item.h"
#include "map/wire_item.h"

namespace postie::gui {

void SceneLabels::spreadStations(const QList<StationItem*>& stations, const QList<QPointF>& base)
{
    QList<QRectF> extents;
    extents.reserve(stations.size());
    for (const StationItem* s : stations) extents << s->extentRect();
    const QPointF f = TownLayout::spread(base, extents, kGap);
    for (qsizetype i = 0; i < stations.size(); ++i) stations[i]->setPos(base[i].x() * f.x(), base[i].y() * f.y());
}

void SceneLabels::placeSigns(const QList<StationItem*>& stations, const QList<RoadItem*>& roads,
                             const QList<ProviderItem*>& providers)
{
    m_fixed.clear();
    for (qsizetype i = 0; i < stations.size(); ++i) {
        m_fixed.addName(stations[i]->nameCardRect());
        m_fixed.addBody(stations[i]->mapRectToScene(stations[i]->bodyRect()), int(i));
    }
    for (const ProviderItem* p : providers) m_fixed.addName(p->titleRect());
    for (RoadItem* r : roads) r->setSignPlace(m_fixed.place({r->signCandidates(), -1, true}));
}

void SceneLabels::placeFrame(const QList<StationItem*>& stations, const QList<TruckItem*>& trucks,
                             const QList<WireItem*>& wires, const QList<QPointF>& wireAt)
{
    LabelPlacer placer = m_fixed;  // shares the fixed lists until a stamp is placed
    for (qsizetype i = 0; i < stations.size(); ++i) {
        const QList<QRectF> candidates = stations[i]->stampCandidates();
        if (!candidates.isEmpty()) stations[i]->setStampPlace(placer.place({candidates, int(i), true}));
    }
    for (TruckItem* t : trucks) t->setTagPlace(placer.place({t->tagCandidates(), -1, false}));
    for (qsizetype i = 0; i < wires.size(); ++i) {
        WireItem* w = wires[i];
        const int at = placer.place({w->candidates(wireAt[i]), -1, false});
        w->setVisible(at >= 0);
        if (at >= 0) w->setPos(wireAt[i] + WireItem::shiftFor(at, w->bubbleRect().height()));
    }
}

} // namespace postie::gui
