#pragma once
// The marks that fade beside stations (a flash, a snooper's speech bubble): of the records
// before `cursor` that happened in the last `windowUs` before `timeUs`, the newest mark per
// station, with its age from 0 (just now) to 1 (gone).
#include "trace/trace_store.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

namespace postie::gui {

// How far back to look: a bound on the work per frame however busy the town.
inline constexpr std::size_t kMarkLookBack = 512;

// `markOf(at)` gives record `at`'s mark (an optional of a type with a double `age`), or none;
// it may look at records.type(at) before building the whole record.
template <class MarkOf>
auto newestPerStation(const TraceView& records, std::size_t cursor, std::int64_t timeUs, std::int64_t windowUs,
                      MarkOf&& markOf)
{
    using Mark = typename decltype(markOf(std::size_t{}))::value_type;
    std::map<std::string, Mark> out;
    if (windowUs <= 0) return out;
    const std::size_t stop = cursor > kMarkLookBack ? cursor - kMarkLookBack : 0;
    for (std::size_t i = std::min(cursor, records.size()); i > stop; --i) {
        const std::size_t at = i - 1;
        const std::int64_t age = timeUs - records.timeUs(at);
        if (age >= windowUs) break;  // records are in time order: the rest are older still
        if (age < 0 || out.count(records.station(at))) continue;
        if (auto mark = markOf(at)) {
            mark->age = double(age) / double(windowUs);
            out.emplace(records.station(at), std::move(*mark));
        }
    }
    return out;
}

} // namespace postie::gui
