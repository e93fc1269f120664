#pragma once
// A station's short flash when it acts: the directory answers, a server says "250 OK" to a
// letter or refuses it, a letter is put off till later, lands in its PO box, or is stamped
// "return to sender". Which records flash, and which flashes show at a moment: those of the
// acts in the last `windowUs` of simulated time, the newest per station, fading with age.
#include "trace/trace_record.h"
#include "trace/trace_store.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace postie::gui {

struct StationFlash {
    enum class Kind { Answer, Accepted, Refused, Deferred, Stored, Stamped };
    Kind kind = Kind::Answer;
    // The protocol word behind it: the DNS type answered ("MX") or the failing rcode
    // ("NXDOMAIN"), the reply code ("250", "550", "421"), the notice's action ("failed",
    // "delayed"); empty for a deferral and a letter stored. The map turns it into words.
    std::string word;
    double age = 0;    // 0 when it happens, 1 when it is gone

    bool operator==(const StationFlash&) const = default;
};

// The flash a record makes at its station, if any (age 0).
std::optional<StationFlash> flashOf(const TraceRecord& record);

// Flashes at `timeUs` after the first `cursor` records: station id -> its newest flash.
std::map<std::string, StationFlash> flashesAt(const TraceView& records, std::size_t cursor, std::int64_t timeUs,
                                              std::int64_t windowUs);

// Routine stamps thin out as the speed rises, or at a load lesson's speed every station would
// wear "250 OK" all the time: up to kRoutineStampsUpTo times real time every act is stamped;
// faster, only failures (a refusal, "try later", "return to sender") and the final delivery
// ("in the box") are, and the directory's answers and the servers' "250 OK" are not.
inline constexpr double kRoutineStampsUpTo = 2.0;
bool routineStamp(StationFlash::Kind kind);
void thinStamps(std::map<std::string, StationFlash>& flashes, double speed);

} // namespace postie::gui
