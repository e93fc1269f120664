#include "replay/snooper_remark.h"

#include "mail/snooper.h"
#include "replay/newest_per_station.h"

namespace postie::gui {

std::optional<SnooperRemark> remarkOf(const TraceRecord& r)
{
    if (r.type == EventType::TlsStripped) {
        SnooperRemark torn;
        torn.kind = SnooperRemark::Kind::Stripped;
        torn.message = r.message;
        return torn;
    }
    if (r.type != EventType::LetterRead) return std::nullopt;
    SnooperRemark remark;
    remark.seal = r.seal.value_or(Seal::Envelope);
    remark.message = r.message;
    if (remark.seal == Seal::Envelope) return remark;  // it saw nothing but the envelope
    ReadOnTheRoad read = readOnTheRoad(r.headers, remark.seal);
    remark.subject = std::move(read.subject);
    remark.text = std::move(read.text);
    return remark;
}

std::map<std::string, SnooperRemark> remarksAt(const TraceView& records, std::size_t cursor, std::int64_t timeUs,
                                               std::int64_t windowUs)
{
    return newestPerStation(records, cursor, timeUs, windowUs, [&](std::size_t at) -> std::optional<SnooperRemark> {
        const EventType type = records.type(at);
        if (type != EventType::LetterRead && type != EventType::TlsStripped) return std::nullopt;
        return remarkOf(records[at]);
    });
}

} // namespace postie::gui
