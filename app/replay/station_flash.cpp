#include "replay/station_flash.h"

#include "replay/failure_stamps.h"
#include "replay/newest_per_station.h"

namespace postie::gui {
namespace {

bool canFlash(EventType type)
{
    switch (type) {
    case EventType::DnsAnswer:
    case EventType::SmtpReply:
    case EventType::DeliveryDeferred:
    case EventType::MailboxStored:
    case EventType::BounceCreated: return true;
    default: return false;
    }
}

} // namespace

std::optional<StationFlash> flashOf(const TraceRecord& r)
{
    using Kind = StationFlash::Kind;
    switch (r.type) {
    case EventType::DnsAnswer:
        if (r.rcode != DnsRcode::NoError) return StationFlash{Kind::Refused, traceWord(r.rcode)};
        return StationFlash{Kind::Answer, traceWord(r.qtype)};
    case EventType::SmtpReply:
        // 250 2.0.0 is the answer to a whole letter (after DATA, or per recipient in LMTP);
        // 221 2.0.0 is a goodbye and 250 2.1.x an address: neither is worth a flash.
        if (r.code == 250 && r.enhanced == "2.0.0") return StationFlash{Kind::Accepted, "250"};
        if (r.code >= 500) return StationFlash{Kind::Refused, std::to_string(r.code)};
        if (r.code >= 400) return StationFlash{Kind::Deferred, std::to_string(r.code)};
        return std::nullopt;
    case EventType::DeliveryDeferred: return StationFlash{Kind::Deferred, ""};
    case EventType::MailboxStored: return StationFlash{Kind::Stored, ""};
    case EventType::BounceCreated: return StationFlash{Kind::Stamped, traceWord(r.noticeAction)};
    default: return std::nullopt;
    }
}

std::map<std::string, StationFlash> flashesAt(const TraceView& records, std::size_t cursor, std::int64_t timeUs,
                                              std::int64_t windowUs)
{
    return stampsAt(records, cursor, timeUs, windowUs, kRoutineStampsUpTo);
}

std::map<std::string, StationFlash> stampsAt(const TraceView& records, std::size_t cursor, std::int64_t timeUs,
                                             std::int64_t windowUs, double speed)
{
    const bool quiet = speed > kRoutineStampsUpTo;
    return newestPerStation(records, cursor, timeUs, windowUs, [&](std::size_t at) -> std::optional<StationFlash> {
        if (!canFlash(records.type(at))) return std::nullopt;
        auto flash = flashOf(records[at]);
        if (flash && quiet && routineStamp(flash->kind)) return std::nullopt;
        return flash;
    });
}

bool routineStamp(StationFlash::Kind kind)
{
    return kind == StationFlash::Kind::Answer || kind == StationFlash::Kind::Accepted;
}

void thinStamps(std::map<std::string, StationFlash>& flashes, double speed)
{
    if (speed <= kRoutineStampsUpTo) return;
    std::erase_if(flashes, [](const auto& entry) { return routineStamp(entry.second.kind); });
}

void dropMarkedFailures(std::map<std::string, StationFlash>& flashes, const std::map<std::string, FailureMark>& marks)
{
    std::erase_if(flashes, [&](const auto& entry) {
        const auto kind = entry.second.kind;
        const bool failure = kind == StationFlash::Kind::Refused || kind == StationFlash::Kind::Deferred ||
                             kind == StationFlash::Kind::Stamped;
        return failure && marks.count(entry.first);
    });
}

} // namespace postie::gui
