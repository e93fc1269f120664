#pragma once
// Stations joined by undirected roads with a one-way latency. Trips follow the
// shortest-latency path over roads and stations that are up, passing only through routers:
// a mail server, resolver, client or mailbox store is an end of a trip, never a junction
// (RFC 8200 §2: a router forwards packets not addressed to itself, a host is any node that
// is not a router). Paths are cached until the next road or station goes down or up.
#include "sim/sim_time.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace postie {

struct Route;
using RoutePtr = std::shared_ptr<const Route>;  // shared: sessions and trucks keep it cheaply

struct Route {
    std::vector<std::uint32_t> nodes;  // station indices, first is the start
    std::vector<SimTime> legs;         // latency of each road along the way
    SimTime total;
    // The stations' ids, first to last and last to first, comma separated: the trace's
    // `path`, made once per route rather than once per record.
    std::string path;
    std::string pathBack;
};

class RoadNetwork {
public:
    struct Node {
        std::string id;
        bool router = false;  // passes traffic on between other stations
    };

    RoadNetwork() = default;
    explicit RoadNetwork(std::vector<Node> stations);

    // Returns the road's index.
    std::uint32_t addRoad(std::uint32_t a, std::uint32_t b, SimTime latency);
    std::optional<std::uint32_t> findRoad(std::uint32_t a, std::uint32_t b) const;
    void setRoadUp(std::uint32_t road, bool up);
    bool roadUp(std::uint32_t road) const { return m_roads[road].up; }
    // A station that is down carries no traffic through it.
    void setStationUp(std::uint32_t station, bool up);

    // nullptr when the destination cannot be reached.
    RoutePtr route(std::uint32_t from, std::uint32_t to);

    struct Road {
        std::uint32_t a;
        std::uint32_t b;
        SimTime latency;
        bool up = true;
    };
    const std::vector<Road>& roads() const { return m_roads; }

private:
    RoutePtr shortestPath(std::uint32_t from, std::uint32_t to) const;
    bool passesThrough(std::uint32_t station) const { return m_stations[station].router && m_stationUp[station]; }

    std::vector<Node> m_stations;
    std::vector<Road> m_roads;
    std::vector<std::vector<std::uint32_t>> m_adjacent;  // road indices per station
    std::vector<bool> m_stationUp;
    std::unordered_map<std::uint64_t, RoutePtr> m_cache;
};

} // namespace postie
