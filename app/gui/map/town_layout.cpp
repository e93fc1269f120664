#include "map/town_layout.h"

#include "scenario/scenario_spec.h"

#include <algorithm>
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
    case StationKind::Router: return 2;
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

} // namespace postie::gui
