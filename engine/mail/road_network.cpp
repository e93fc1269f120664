#include "mail/road_network.h"

#include <algorithm>
#include <queue>

namespace postie {

RoadNetwork::RoadNetwork(std::vector<Node> stations)
    : m_stations(std::move(stations)), m_adjacent(m_stations.size()), m_stationUp(m_stations.size(), true)
{
}

std::uint32_t RoadNetwork::addRoad(std::uint32_t a, std::uint32_t b, SimTime latency)
{
    m_roads.push_back(Road{a, b, latency, true});
    const auto index = std::uint32_t(m_roads.size() - 1);
    m_adjacent[a].push_back(index);
    m_adjacent[b].push_back(index);
    m_cache.clear();
    return index;
}

std::optional<std::uint32_t> RoadNetwork::findRoad(std::uint32_t a, std::uint32_t b) const
{
    for (auto r : m_adjacent[a])
        if ((m_roads[r].a == a && m_roads[r].b == b) || (m_roads[r].a == b && m_roads[r].b == a)) return r;
    return std::nullopt;
}

void RoadNetwork::setRoadUp(std::uint32_t road, bool up)
{
    m_roads[road].up = up;
    m_cache.clear();
}

void RoadNetwork::setStationUp(std::uint32_t station, bool up)
{
    m_stationUp[station] = up;
    m_cache.clear();
}

RoutePtr RoadNetwork::route(std::uint32_t from, std::uint32_t to)
{
    const std::uint64_t key = (std::uint64_t(from) << 32) | to;
    auto it = m_cache.find(key);
    if (it == m_cache.end()) it = m_cache.emplace(key, shortestPath(from, to)).first;
    return it->second;
}

RoutePtr RoadNetwork::shortestPath(std::uint32_t from, std::uint32_t to) const
{
    // Dijkstra; ties broken by station index so every run picks the same path.
    const std::size_t n = m_adjacent.size();
    const auto kInf = SimTime::max();
    std::vector<SimTime> dist(n, kInf);
    std::vector<std::uint32_t> viaRoad(n, UINT32_MAX);
    using Item = std::pair<SimTime, std::uint32_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> open;
    dist[from] = SimTime::zero();
    open.push({SimTime::zero(), from});
    while (!open.empty()) {
        auto [d, u] = open.top();
        open.pop();
        if (d != dist[u]) continue;
        if (u == to) break;
        // Only a router that is up passes traffic on; the start always sends.
        if (u != from && !passesThrough(u)) continue;
        for (auto r : m_adjacent[u]) {
            const Road& road = m_roads[r];
            if (!road.up) continue;
            const std::uint32_t v = road.a == u ? road.b : road.a;
            const SimTime nd = d + road.latency;
            if (nd < dist[v]) {
                dist[v] = nd;
                viaRoad[v] = r;
                open.push({nd, v});
            }
        }
    }
    if (dist[to] == kInf) return nullptr;
    Route route;
    route.total = dist[to];
    for (std::uint32_t v = to; v != from;) {
        const Road& road = m_roads[viaRoad[v]];
        route.nodes.push_back(v);
        route.legs.push_back(road.latency);
        v = road.a == v ? road.b : road.a;
    }
    route.nodes.push_back(from);
    std::reverse(route.nodes.begin(), route.nodes.end());
    std::reverse(route.legs.begin(), route.legs.end());
    for (std::size_t i = 0; i < route.nodes.size(); ++i) {
        if (i > 0) route.path += ',';
        route.path += m_stations[route.nodes[i]].id;
        if (i > 0) route.pathBack += ',';
        route.pathBack += m_stations[route.nodes[route.nodes.size() - 1 - i]].id;
    }
    return std::make_shared<const Route>(std::move(route));
}

} // namespace postie
