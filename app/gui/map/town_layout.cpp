#include "map/town_layout.h"

#include "scenario/scenario_spec.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <vector>

namespace postie::gui {
namespace {

constexpr int kOutgoingColumn = 1;

// Column of a station in the travel order. A client that only reads mail stands at the far
// end, where its letters arrive, rather than beside the writers. Resolvers have no column.
int column(const StationSpec& s)
{
    switch (s.kind) {
    case StationKind::Client: return s.submitTo.empty() && !s.readFrom.empty() ? 5 : 0;
    case StationKind::Outgoing: return kOutgoingColumn;
    case StationKind::Router:
    case StationKind::Snooper: return 2;  // on the road between the post offices
    case StationKind::Incoming: return 3;
    case StationKind::Mailbox: return 4;
    case StationKind::Resolver: break;
    }
    return -1;
}

} // namespace

QHash<QString, QPointF> TownLayout::positions(const ScenarioSpec& spec)
{
    const bool allPlaced = std::all_of(spec.stations.begin(), spec.stations.end(),
                                       [](const StationSpec& s) { return s.position.has_value(); });
    if (!allPlaced) return autoLayout(spec);
    QHash<QString, QPointF> out;
    for (const auto& s : spec.stations)
        out.insert(QString::fromStdString(s.id), QPointF(s.position->first, s.position->second));
    return out;
}

QHash<QString, QPointF> TownLayout::autoLayout(const ScenarioSpec& spec)
{
    std::map<int, std::vector<const StationSpec*>> columns;  // in file order within a column
    std::vector<const StationSpec*> resolvers;
    for (const auto& s : spec.stations) {
        if (s.kind == StationKind::Resolver) resolvers.push_back(&s);
        else columns[column(s)].push_back(&s);
    }
    QHash<QString, QPointF> out;
    int x = 0;  // in columns; empty columns leave no gap
    double directoryX = 0;
    double directoryBase = 0;  // the directories stack upwards from here
    bool directoryPlaced = false;
    for (const auto& [index, stations] : columns) {
        const int n = int(stations.size());
        double top = std::numeric_limits<double>::max();
        for (int i = 0; i < n; ++i) {
            const int sub = i / kMaxRows;
            const int rowsHere = std::min(kMaxRows, n - sub * kMaxRows);
            const double stagger = sub % 2 ? kRowGap / 2 : 0;  // roads pass between the houses
            const QPointF p((x + sub) * kColumnGap, -(rowsHere - 1) * kRowGap / 2 + stagger + (i % kMaxRows) * kRowGap);
            out.insert(QString::fromStdString(stations[i]->id), p);
            top = std::min(top, p.y());
        }
        if (index == kOutgoingColumn) {
            directoryX = x * kColumnGap;
            directoryBase = top;
            directoryPlaced = true;
        }
        x += (n + kMaxRows - 1) / kMaxRows;
    }
    if (!directoryPlaced) directoryX = x * kColumnGap;  // no post office: a column of their own
    for (std::size_t i = 0; i < resolvers.size(); ++i)
        out.insert(QString::fromStdString(resolvers[i]->id), QPointF(directoryX, directoryBase - double(i + 1) * kRowGap));
    return out;
}

QPointF TownLayout::spread(const QList<QPointF>& at, const QList<QRectF>& extents, double gap)
{
    double sx = 1;
    double sy = 1;
    constexpr double kInf = std::numeric_limits<double>::infinity();
    // What factor along one axis puts b (d further along it) clear of a: a's far edge plus the
    // gap must not pass b's near edge.
    const auto need = [gap](double d, double aLow, double aHigh, double bLow, double bHigh) {
        if (std::abs(d) < 1e-9) return kInf;
        return d > 0 ? (aHigh - bLow + gap) / d : (bHigh - aLow + gap) / -d;
    };
    for (int round = 0; round < 1000; ++round) {
        bool grew = false;
        for (qsizetype i = 0; i < at.size(); ++i)
            for (qsizetype j = i + 1; j < at.size(); ++j) {
                const QPointF pi(at[i].x() * sx, at[i].y() * sy);
                const QPointF pj(at[j].x() * sx, at[j].y() * sy);
                const QRectF a = extents[i].translated(pi).adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2);
                const QRectF b = extents[j].translated(pj).adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2);
                if (!a.intersects(b)) continue;
                const QPointF d = at[j] - at[i];
                const double nx = need(d.x(), extents[i].left(), extents[i].right(), extents[j].left(), extents[j].right());
                const double ny = need(d.y(), extents[i].top(), extents[i].bottom(), extents[j].top(), extents[j].bottom());
                if (nx == kInf && ny == kInf) continue;  // two stations in one place: nothing to stretch
                if (nx / sx <= ny / sy) sx = std::max(sx, nx) * 1.0001;
                else sy = std::max(sy, ny) * 1.0001;
                grew = true;
            }
        if (!grew) break;
    }
    return {sx, sy};
}

} // namespace postie::gui
