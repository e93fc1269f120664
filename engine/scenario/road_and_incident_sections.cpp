// The roads: and incidents: sections.
#include "scenario/scenario_reader.h"

namespace postie::scenario_reading {

void ScenarioReader::readRoads(const Entry& list)
{
    const KeyPlaces W = placeBit(KeyPlace::Road);
    for (const auto& node : readList(list)) {
        auto map = openMap(node, KeyPlace::Road, W, W, 0, list.valueMark(), "{between: [alice, smtp.example.org], latency: 20ms}");
        if (!map) continue;
        RoadSpec r;
        r.mark = map->mark();
        bool ok = true;
        if (const Entry* e = map->find("between")) {
            if (auto v = readStationPair(*e)) {
                r.a = v->first;
                r.b = v->second;
                if (r.a == r.b) {
                    error(e->valueMark(), "a road cannot lead from " + inQuotes(r.a) + " back to itself; join two different stations");
                    ok = false;
                } else {
                    const auto key = std::minmax(r.a, r.b);
                    const std::pair<std::string, std::string> pair{key.first, key.second};
                    if (auto it = m_roads.find(pair); it != m_roads.end()) {
                        error(e->valueMark(), "a road between " + inQuotes(r.a) + " and " + inQuotes(r.b) +
                                                  " is already defined on line " + std::to_string(it->second) +
                                                  "; keep one");
                        ok = false;
                    } else m_roads.emplace(pair, r.mark.line);
                }
            } else ok = false;
        }
        if (const Entry* e = map->find("latency")) {
            if (auto v = readDuration(*e)) r.latency = *v;
            else ok = false;
        }
        if (ok && map->find("between") && map->find("latency")) m_spec.roads.push_back(std::move(r));
    }
}

void ScenarioReader::readIncidents(const Entry& list)
{
    const KeyPlaces N = placeBit(KeyPlace::Incident);
    for (const auto& node : readList(list)) {
        auto map = openMap(node, KeyPlace::Incident, N, N, 0, list.valueMark(),
                           "{at: 5m, station: mx1.example.org, go: down, for: 20m}");
        if (!map) continue;
        IncidentSpec inc;
        inc.mark = map->mark();
        bool ok = true;
        if (const Entry* e = map->find("at")) {
            if (auto v = readDuration(*e)) inc.at = *v;
            else ok = false;
        }
        const Entry* station = map->find("station");
        const Entry* road = map->find("road");
        if (station && road) {
            const Entry* second = station->keyMark().line > road->keyMark().line ||
                                          (station->keyMark().line == road->keyMark().line &&
                                           station->keyMark().column > road->keyMark().column)
                                      ? station
                                      : road;
            error(second->keyMark(), "an incident names either a station or a road, not both; split it into two incidents");
            ok = false;
        } else if (!station && !road) {
            error(map->mark(), "an incident needs 'station' or 'road', like station: mx1.example.org or road: "
                               "[backbone, mx1.example.org]");
            ok = false;
        } else if (station) {
            if (auto v = readStationRef(*station, std::nullopt)) inc.station = *v;
            else ok = false;
        } else {
            if (auto v = readStationPair(*road)) {
                const auto key = std::minmax(v->first, v->second);
                if (m_roads.count({key.first, key.second}) == 0) {
                    error(road->valueMark(), "there is no road between " + inQuotes(v->first) + " and " + inQuotes(v->second) +
                                                 "; an incident can only close a road listed under roads:");
                    ok = false;
                } else inc.road = *v;
            } else ok = false;
        }
        if (const Entry* e = map->find("go")) {
            if (auto v = readChoice(*e)) inc.goDown = *v == "down";
            else ok = false;
        }
        if (const Entry* e = map->find("for")) {
            if (auto v = readDuration(*e)) inc.duration = *v;
            else ok = false;
        }
        if (ok) m_spec.incidents.push_back(std::move(inc));
    }
}

} // namespace postie::scenario_reading
