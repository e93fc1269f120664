#include "map/scene_labels.h"

#include "map/failure_sign_item.h"
#include "map/highlight_item.h"
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

void SceneLabels::keepInside(const QRectF& town)
{
    constexpr double kFar = 1e6;
    m_fixed.addName(QRectF(town.left() - kFar, town.top() - kFar, 3 * kFar, kFar));  // above
    m_fixed.addName(QRectF(town.left() - kFar, town.bottom(), 3 * kFar, kFar));     // below
    m_fixed.addName(QRectF(town.left() - kFar, town.top(), kFar, town.height()));   // left
    m_fixed.addName(QRectF(town.right(), town.top(), kFar, town.height()));         // right
}

int SceneLabels::firstFree(const QList<QRectF>& candidates, int owner) const
{
    for (qsizetype i = 0; i < candidates.size(); ++i)
        if (m_fixed.isFree(candidates[i], owner)) return int(i);
    return -1;
}

void SceneLabels::placeFrame(const QList<StationItem*>& stations, const QList<FailureSignItem*>& signs,
                             HighlightItem* highlight, int ringed, const QList<TruckItem*>& trucks,
                             const QList<WireItem*>& wires, const QList<QPointF>& wireAt)
{
    LabelPlacer placer = m_fixed;  // shares the fixed lists until a badge or stamp is added
    constexpr int kNobody = -2;    // a badge: no label lies on it, not even its station's
    for (const StationItem* s : stations)
        for (const QRectF& badge : s->badgeRects()) placer.addBody(badge, kNobody);
    // What went wrong comes first: it is what the class must see.
    for (FailureSignItem* sign : signs) {
        const QList<QRectF> candidates = sign->markCandidates();
        if (!candidates.isEmpty()) sign->setMarkPlace(placer.place({candidates, -1, true}));
    }
    // Then the answer on the ring, clear of the marks: the class must read both.
    if (highlight && highlight->isVisible()) {
        const QList<QRectF> candidates = highlight->noteCandidates();
        if (!candidates.isEmpty()) highlight->setNotePlace(placer.place({candidates, ringed, true}));
    }
    for (StationItem* s : stations) {
        const QList<QRectF> candidates = s->stampCandidates();
        if (!candidates.isEmpty()) s->setStampPlace(placer.place({candidates, -1, true}));
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
