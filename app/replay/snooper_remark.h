#pragma once
// What a snooper on the road says it has just seen, for a speech bubble beside it: a letter it
// read (a postcard's Subject and text, a locked box's Subject only, nothing of a sealed
// envelope) or the offer to seal (STARTTLS) it tore off a server's answer. The newest per
// snooper of the last `windowUs` of simulated time, fading with age, as the stations' flashes.
#include "trace/trace_store.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace postie::gui {

struct SnooperRemark {
    enum class Kind { Read, Stripped };
    Kind kind = Kind::Read;
    Seal seal = Seal::Envelope;  // Read: what it saw
    std::string message;
    std::string subject;  // Read: the Subject it could read, empty when none
    std::string text;     // Read: the body text it could read (a postcard's), else empty
    double age = 0;       // 0 when it happens, 1 when it is gone

    bool operator==(const SnooperRemark&) const = default;
};

// The remark a record makes at its snooper (age 0), if any: letter.read and tls.stripped.
std::optional<SnooperRemark> remarkOf(const TraceRecord& record);

// Snooper id -> its newest remark at `timeUs` after the first `cursor` records.
std::map<std::string, SnooperRemark> remarksAt(const TraceView& records, std::size_t cursor, std::int64_t timeUs,
                                               std::int64_t windowUs);

} // namespace postie::gui
