#include "replay/next_station.h"

#include <set>

namespace postie::gui {

std::optional<NextStation> nextStationOf(const ScenarioSpec& spec, const TraceView& records, std::size_t from,
                                         const std::string& message)
{
    std::set<std::string> routers;
    for (const auto& s : spec.stations)
        if (passesTrafficOn(s.kind)) routers.insert(s.id);  // a junction or a snooper on the way
    for (std::size_t i = from; i < records.size(); ++i) {
        if (records.type(i) != EventType::RoadArrive || records.message(i) != message) continue;
        if (routers.count(records.station(i))) continue;  // a junction on the way
        return NextStation{i, records.station(i)};
    }
    return std::nullopt;
}

std::string letterAt(const TraceView& records, std::size_t cursor)
{
    for (std::size_t i = std::min(cursor, records.size()); i-- > 0;)
        if (!records.message(i).empty()) return records.message(i);
    return {};
}

} // namespace postie::gui
