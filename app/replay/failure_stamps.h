#pragma once
// A failure's stamp gives way to its mark (failure_mark.h), which says the same for longer
// over the roof: the station is not stamped twice.
#include "replay/failure_mark.h"
#include "replay/station_flash.h"
#include "trace/trace_store.h"

#include <map>
#include <string>

namespace postie::gui {

// The stamps shown at this speed: as flashesAt, but faster than kRoutineStampsUpTo the routine
// acts are passed over, so that a station's newest stamp worth showing (a letter put in its PO
// box) is not hidden by the "250 OK" it says right after.
std::map<std::string, StationFlash> stampsAt(const TraceView& records, std::size_t cursor, std::int64_t timeUs,
                                             std::int64_t windowUs, double speed);

void dropMarkedFailures(std::map<std::string, StationFlash>& flashes, const std::map<std::string, FailureMark>& marks);

} // namespace postie::gui
