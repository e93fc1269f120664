#include "replay/snooper_remark.h"

#include "replay/newest_per_station.h"

namespace postie::gui {
namespace {

bool startsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

} // namespace

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
    // The lines it read: the envelope's and the header lines, then the body (a locked box's
    // last line says the text is locked: it is not the text).
    bool afterSubject = false;
    for (const auto& line : r.headers) {
        if (startsWith(line, "Subject: ")) {
            remark.subject = line.substr(9);
            afterSubject = true;
        } else if (afterSubject && remark.seal == Seal::Postcard) {
            remark.text += (remark.text.empty() ? "" : " ") + line;
        }
    }
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
