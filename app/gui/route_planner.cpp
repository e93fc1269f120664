#include "route_planner.h"

#include "scenario/scenario_spec.h"

#include <limits>
#include <queue>

namespace postie::gui {

RoutePlanner::RoutePlanner(const ScenarioSpec& spec)
{
    for (const auto& s : spec.stations) {
        m_index.insert(QString::fromStdString(s.id), int(m_ids.size()));
        m_ids << QString::fromStdString(s.id);
    }
    m_roads.resize(m_ids.size());
    for (const auto& r : spec.roads) {
        const int a = m_index.value(QString::fromStdString(r.a), -1);
        const int b = m_index.value(QString::fromStdString(r.b), -1);
        if (a < 0 || b < 0) continue;
        m_roads[a].push_back({b, r.latency.micros()});
        m_roads[b].push_back({a, r.latency.micros()});
    }
}

QStringList RoutePlanner::route(const QString& from, const QString& to) const
{
    const QString key = from + QLatin1Char('\n') + to;
    auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd()) return *cached;
    const int a = m_index.value(from, -1);
    const int b = m_index.value(to, -1);
    const QStringList path = a < 0 || b < 0 ? QStringList{} : compute(a, b);
    m_cache.insert(key, path);
    return path;
}

qint64 RoutePlanner::latencyUs(const QString& a, const QString& b) const
{
    const int i = m_index.value(a, -1);
    const int j = m_index.value(b, -1);
    if (i < 0 || j < 0) return 0;
    for (const Road& r : m_roads[i])
        if (r.to == j) return r.latencyUs;
    return 0;
}

// Dijkstra with (distance, station index) keys, so ties break the same way every time.
QStringList RoutePlanner::compute(int from, int to) const
{
    const qint64 inf = std::numeric_limits<qint64>::max();
    std::vector<qint64> dist(m_ids.size(), inf);
    std::vector<int> prev(m_ids.size(), -1);
    using Entry = std::pair<qint64, int>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> open;
    dist[from] = 0;
    open.push({0, from});
    while (!open.empty()) {
        const auto [d, at] = open.top();
        open.pop();
        if (d > dist[at]) continue;
        if (at == to) break;
        for (const Road& r : m_roads[at]) {
            if (d + r.latencyUs < dist[r.to]) {
                dist[r.to] = d + r.latencyUs;
                prev[r.to] = at;
                open.push({dist[r.to], r.to});
            }
        }
    }
    if (dist[to] == inf) return {};
    QStringList path;
    for (int at = to; at >= 0; at = prev[at]) path.prepend(m_ids[at]);
    return path;
}

} // namespace postie::gui
