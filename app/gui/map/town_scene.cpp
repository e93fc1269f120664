#include "map/town_scene.h"

#include "map/provider_item.h"

#include "map/art_library.h"
#include "map/failure_sign_item.h"
#include "map/highlight_item.h"
#include "map/road_item.h"
#include "map/speech_bubble_item.h"
#include "map/station_item.h"
#include "map/town_layout.h"
#include "map/truck_item.h"
#include "map/wire_item.h"
#include "scenario/scenario_spec.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGraphicsSceneMouseEvent>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <limits>

namespace postie::gui {
namespace {

constexpr double kMargin = 30;
const QRectF kEditSheet(0, 0, 1100, 640);

QPair<QString, QString> roadId(const QString& a, const QString& b) { return a < b ? qMakePair(a, b) : qMakePair(b, a); }

QString qs(const std::string& s) { return QString::fromStdString(s); }

// The words on a bubble: the protocol's own ("RCPT", "250", "MX?"), or for a knock at a
// door, the port it knocks at.
QString wireText(const Trip& trip)
{
    if (trip.event == EventType::SmtpConnect) return QCoreApplication::translate("TownScene", "port %1").arg(qs(trip.label));
    return qs(trip.label);
}

// Removes the items no longer in the frame.
template <class Item>
void sweep(QGraphicsScene& scene, QHash<quint64, Item*>& items, const QSet<quint64>& seen)
{
    for (auto it = items.begin(); it != items.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        scene.removeItem(it.value());
        delete it.value();
        it = items.erase(it);
    }
}

} // namespace

TownScene::TownScene(QObject* parent) : QGraphicsScene(parent), m_art(std::make_unique<ArtLibrary>())
{
    setObjectName(QStringLiteral("townScene"));
    setItemIndexMethod(QGraphicsScene::NoIndex);
}

TownScene::~TownScene()
{
    clear();  // items paint with m_art: they go first
}

void TownScene::clearTown()
{
    clear();
    m_stations.clear();
    m_roads.clear();
    m_trucks.clear();
    m_wires.clear();
    m_providers.clear();
    m_order.clear();
    m_base.clear();
    m_signs.clear();
    m_bubbles.clear();
    m_wireAt.clear();
    m_highlight = nullptr;  // clear() deleted it
    m_highlightMessage.clear();
    m_highlightStation.clear();
}

void TownScene::buildTown(const ScenarioSpec& spec)
{
    clearTown();
    const QHash<QString, QPointF> positions = TownLayout::positions(spec);
    for (const auto& s : spec.stations) {
        auto* item = new StationItem(s, *m_art);
        if (m_words != Words::Postal) item->setWords(m_words);
        item->setPos(positions.value(item->id()));
        addItem(item);
        m_stations.insert(item->id(), item);
        auto* sign = new FailureSignItem(*item);
        addItem(sign);
        m_signs.insert(item->id(), sign);
    }
    // A provider's stations share one building, drawn behind them.
    QMap<QString, QList<StationItem*>> groups;
    for (const auto& s : spec.stations)
        if (!s.group.empty()) groups[qs(s.group)].append(station(qs(s.id)));
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        auto* item = new ProviderItem(it.key(), it.value());
        addItem(item);
        m_providers.append(item);
    }
    for (const auto& r : spec.roads) {
        StationItem* a = station(qs(r.a));
        StationItem* b = station(qs(r.b));
        if (!a || !b) continue;
        auto* item = new RoadItem(a, b, r.latency.micros());
        addItem(item);
        m_roads.insert(roadId(a->id(), b->id()), item);
    }
    m_order = m_stations.values();
    std::sort(m_order.begin(), m_order.end(), [](const StationItem* x, const StationItem* y) { return x->id() < y->id(); });
    for (const StationItem* s : std::as_const(m_order)) m_base << s->pos();
    layoutTown();
}

void TownScene::layoutTown()
{
    if (!m_editing) SceneLabels::spreadStations(m_order, m_base);
    for (ProviderItem* p : std::as_const(m_providers)) p->refit();
    auto keys = m_roads.keys();
    std::sort(keys.begin(), keys.end());  // the signs' order, the same every run
    QList<RoadItem*> roads;
    for (const auto& k : std::as_const(keys)) roads << m_roads.value(k);
    m_labels.placeSigns(m_order, roads, m_providers);
    // The town: every station with its card, the providers' blocks and the roads.
    QRectF town;
    for (const StationItem* s : std::as_const(m_order)) town |= s->mapRectToScene(s->extentRect());
    for (const ProviderItem* p : std::as_const(m_providers)) town |= p->sceneBoundingRect();
    for (const RoadItem* r : std::as_const(roads)) town |= QRectF(r->line().p1(), r->line().p2()).normalized();
    for (FailureSignItem* sign : std::as_const(m_signs)) sign->relayout();  // the type may have changed
    // In edit mode the map is a sheet larger than the town, with room to put new stations on,
    // and it stays put while they come and go (a click lands where the teacher aimed).
    if (m_editing) town |= kEditSheet;
    setSceneRect(town.adjusted(-kMargin, -kMargin, kMargin, kMargin));
    m_labels.keepInside(sceneRect());
}

void TownScene::setWords(Words words)
{
    m_words = words;
    for (StationItem* s : std::as_const(m_stations)) s->setWords(words);
    for (TruckItem* t : std::as_const(m_trucks)) t->setWords(words);
    if (!m_order.isEmpty()) layoutTown();  // the cards changed size
}

void TownScene::relayout()
{
    for (StationItem* s : std::as_const(m_stations)) s->relayout();
    if (!m_order.isEmpty()) layoutTown();
    for (TruckItem* t : std::as_const(m_trucks)) delete t;
    for (WireItem* w : std::as_const(m_wires)) delete w;
    for (SpeechBubbleItem* b : std::as_const(m_bubbles)) delete b;
    m_trucks.clear();
    m_wires.clear();
    m_bubbles.clear();
    update();
}

RoadItem* TownScene::road(const QString& a, const QString& b) const { return m_roads.value(roadId(a, b)); }

void TownScene::showFrame(const TownFrame& frame)
{
    for (StationItem* s : std::as_const(m_stations)) {
        const auto q = frame.queues.find(s->id().toStdString());
        s->setQueue(q == frame.queues.end() ? 0 : q->second);
        const auto box = frame.boxes.find(s->id().toStdString());
        s->setInBoxes(box == frame.boxes.end() ? 0 : box->second);
        s->setClosed(frame.closedStations.count(s->id().toStdString()) > 0);
        const auto retry = frame.retries.find(s->id().toStdString());
        if (retry == frame.retries.end()) s->setRetrying(0, {});
        else s->setRetrying(retry->second.waiting, QString::fromStdString(retry->second.nextClock));
        const auto flash = frame.flashes.find(s->id().toStdString());
        s->setFlash(flash == frame.flashes.end() ? std::nullopt : std::optional<StationFlash>(flash->second));
        const std::string id = s->id().toStdString();
        const auto failure = frame.failures.find(id);
        m_signs.value(s->id())->setState(frame.troubleAt(id), failure == frame.failures.end()
                                                                  ? std::nullopt
                                                                  : std::optional<FailureMark>(failure->second));
    }
    showRemarks(frame);
    for (RoadItem* r : std::as_const(m_roads))
        r->setClosed(frame.closedRoads.count(roadKey(r->a()->id().toStdString(), r->b()->id().toStdString())) > 0);

    QSet<quint64> trucksSeen;
    QSet<quint64> wiresSeen;
    QHash<quint64, QPointF> wireAt;  // where each bubble's route puts it
    for (const TripView& view : frame.trips) {
        const Trip& trip = view.trip;
        const Placement at = place(trip, view.progress);
        if (!at.valid) continue;
        if (trip.kind == Trip::Kind::Truck) {
            TruckItem*& item = m_trucks[trip.id];
            if (!item) {
                item = new TruckItem(*m_art, qs(trip.message), view.notice, trip.seal);
                if (m_words != Words::Postal) item->setWords(m_words);
                addItem(item);
            }
            item->setPos(at.point);
            item->setHeadingLeft(at.headingLeft);
            trucksSeen.insert(trip.id);
        } else if (m_showWords) {
            WireItem*& item = m_wires[trip.id];
            if (!item) {
                item = new WireItem(wireText(trip), qs(trip.message));
                addItem(item);
            }
            item->setPos(at.point);
            wireAt.insert(trip.id, at.point);
            wiresSeen.insert(trip.id);
        }
    }
    sweep(*this, m_trucks, trucksSeen);
    sweep(*this, m_wires, wiresSeen);
    m_wireAt = wireAt;
    placeHighlight();
    placeLabels();
}

void TownScene::placeLabels()
{
    if (!m_placeLabels) return;
    QList<WireItem*> wires;
    QList<QPointF> points;
    for (auto it = m_wires.cbegin(); it != m_wires.cend(); ++it) {
        wires << it.value();
        points << m_wireAt.value(it.key());
    }
    QList<FailureSignItem*> signs;
    int ringed = -1;
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        signs << m_signs.value(m_order[i]->id());
        if (m_highlightMessage.isEmpty() && m_order[i]->id() == m_highlightStation) ringed = int(i);
    }
    m_labels.placeFrame(m_order, signs, m_highlight, ringed, m_trucks.values(), wires, points);
}

// Each snooper's bubble while its newest remark lasts; gone afterwards.
void TownScene::showRemarks(const TownFrame& frame)
{
    for (auto it = m_bubbles.begin(); it != m_bubbles.end();) {
        if (frame.remarks.count(it.key().toStdString())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_bubbles.erase(it);
    }
    for (const auto& [id, remark] : frame.remarks) {
        const StationItem* s = station(qs(id));
        if (!s) continue;
        SpeechBubbleItem*& bubble = m_bubbles[qs(id)];
        if (!bubble) {
            bubble = new SpeechBubbleItem;
            addItem(bubble);
        }
        bubble->setRemark(remark);
        placeBubble(*bubble, *s);
    }
}

// Up and to the right of the snooper's head (snooper.svg) as a rule; where that leaves the map
// (a snooper in the top row) or covers a station's name or building, the first free of: up
// and to the left, beside the figure, below its name card.
void TownScene::placeBubble(SpeechBubbleItem& bubble, const StationItem& snooper)
{
    const QRectF b = snooper.buildingRect().translated(snooper.pos());
    const double x = b.left() + b.width() * 0.4;
    const auto tipFor = [&](SpeechBubbleItem::Side side) {
        switch (side) {
        case SpeechBubbleItem::Side::AboveRight:
        case SpeechBubbleItem::Side::AboveLeft: return QPointF(x, b.top() + 2);  // the head
        case SpeechBubbleItem::Side::Right: return QPointF(b.right() - 4, b.center().y());
        case SpeechBubbleItem::Side::Left: return QPointF(b.left() + 4, b.center().y());
        case SpeechBubbleItem::Side::BelowRight:
        case SpeechBubbleItem::Side::BelowLeft: return QPointF(x, snooper.nameCardRect().bottom() + 2);
        }
        return QPointF(x, b.top() + 2);
    };
    // Each side close to the figure first, then each a little further out on a longer tail.
    struct Place {
        SpeechBubbleItem::Side side;
        double further;
    };
    QList<Place> places;
    QList<QRectF> candidates;
    for (double further : {0.0, 24.0, 48.0})
        for (SpeechBubbleItem::Side side : SpeechBubbleItem::kSides) {
            places.append({side, further});
            candidates << bubble.bubbleRectAt(side, further).translated(tipFor(side));
        }
    int owner = -1;  // it may lie on its own snooper's building, never on another's
    for (qsizetype i = 0; i < m_order.size(); ++i)
        if (m_order[i] == &snooper) owner = int(i);
    int at = m_labels.firstFree(candidates, owner);
    // Nowhere free (a snooper in a crowded corner): inside the map, where the view shows it,
    // covering as little as can be, names above all.
    const bool foundFree = at >= 0;
    double least = std::numeric_limits<double>::max();
    for (qsizetype i = 0; !foundFree && i < candidates.size(); ++i) {
        if (!sceneRect().contains(candidates[i])) continue;
        const auto area = [&](const QRectF& r) {
            const QRectF overlap = candidates[i].intersected(r);
            return overlap.isEmpty() ? 0.0 : overlap.width() * overlap.height();
        };
        double covered = 0;
        for (const StationItem* s : std::as_const(m_order)) {
            covered += 10 * area(s->nameCardRect());
            if (s != &snooper) covered += area(s->buildingRect().translated(s->pos()));
        }
        if (covered < least) {
            least = covered;
            at = int(i);
        }
    }
    const Place place = places[std::max(at, 0)];
    const SpeechBubbleItem::Side side = place.side;
    bubble.setPlace(side, place.further);
    bubble.setPos(tipFor(side));
}

void TownScene::highlight(const QString& message, const QString& station, const QString& note)
{
    m_highlightMessage = message;
    m_highlightStation = station;
    m_highlightNote = note;
    placeHighlight();
    placeLabels();  // the note finds its room among the marks and stamps of this moment
}

void TownScene::placeHighlight()
{
    QRectF around;
    if (!m_highlightMessage.isEmpty()) {
        // The letter's first truck on the road (copies of it may travel side by side).
        quint64 first = 0;
        for (auto it = m_trucks.cbegin(); it != m_trucks.cend(); ++it)
            if (it.value()->message() == m_highlightMessage && (around.isNull() || it.key() < first)) {
                first = it.key();
                around = it.value()->sceneBoundingRect();
            }
    } else if (StationItem* s = station(m_highlightStation)) {
        // The ring's lower edge on the building's foot, clear of its name card.
        around = s->buildingRect().adjusted(0, 0, 0, -6).translated(s->pos());
    }
    if (around.isNull()) {
        if (m_highlight) m_highlight->hide();
        return;
    }
    if (!m_highlight) {
        m_highlight = new HighlightItem;
        addItem(m_highlight);
    }
    m_highlight->surround(around);
    m_highlight->setNote(m_highlightNote);
    m_highlight->show();
}

QRectF TownScene::highlighted() const
{
    return m_highlight && m_highlight->isVisible() ? m_highlight->sceneBoundingRect() : QRectF();
}

void TownScene::dragStation(const QString& id, const QPointF& at)
{
    StationItem* item = station(id);
    if (!item) return;
    item->setPos(at);
    for (RoadItem* road : std::as_const(m_roads))
        if (road->a() == item || road->b() == item) road->adjust();
    for (ProviderItem* p : std::as_const(m_providers)) p->refit();
}

void TownScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton) return;
    const QPoint moved = event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton);
    if (moved.manhattanLength() > QApplication::startDragDistance()) return;  // the hand panned the map
    StationItem* station = nullptr;
    for (QGraphicsItem* item : items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder)) {
        for (QGraphicsItem* it = item; it; it = it->parentItem()) {
            if (auto* truck = qgraphicsitem_cast<TruckItem*>(it)) {
                highlight(truck->message(), {});
                emit messageClicked(truck->message());
                return;
            }
            if (!station) station = qgraphicsitem_cast<StationItem*>(it);
        }
        if (station) break;  // drawn above the trucks under it: the station is what was clicked
    }
    if (!station) return;
    highlight({}, station->id());
    emit stationClicked(station->id());
}

// Where something on its way stands: along its route, in the right-hand lane, from door to
// door. The route is the engine's: a truck's one road, the recorded path of words on the
// wire (straight across only for a record without one). The app finds no way of its own.
TownScene::Placement TownScene::place(const Trip& trip, double progress) const
{
    QStringList route;
    if (trip.kind == Trip::Kind::Wire)
        for (const std::string& id : pathStations(trip.path)) route << qs(id);
    if (route.size() < 2) route = QStringList{qs(trip.from), qs(trip.to)};

    QList<QPointF> points;
    QList<double> weights;
    for (const QString& id : route) {
        const StationItem* s = station(id);
        if (!s) return {};
        points << s->pos();
    }
    // Start and end at the buildings' doors rather than their middles.
    const auto door = [](QPointF& end, QPointF other, double radius) {
        const QLineF l(end, other);
        if (l.length() > 2 * radius + 8) end = l.pointAt(radius / l.length());
    };
    door(points.first(), points[1], station(route.first())->radius());
    door(points.last(), points[points.size() - 2], station(route.last())->radius());
    double total = 0;
    for (int i = 0; i + 1 < route.size(); ++i) {
        const RoadItem* r = road(route[i], route[i + 1]);
        double w = r ? double(r->latencyUs()) : 0;
        if (w <= 0) w = QLineF(points[i], points[i + 1]).length();  // no such road: by distance
        weights << w;
        total += w;
    }
    double left = progress * total;
    int seg = 0;
    while (seg + 1 < weights.size() && left > weights[seg]) left -= weights[seg++];
    const double f = weights[seg] > 0 ? std::clamp(left / weights[seg], 0.0, 1.0) : 1.0;
    const QLineF line(points[seg], points[seg + 1]);
    const QPointF p = line.pointAt(f);
    const double len = line.length();
    const QPointF right = len > 0 ? QPointF(-line.dy() / len, line.dx() / len) : QPointF();
    return {p + right * kLane, line.dx() < -0.5, true};
}

} // namespace postie::gui
