#include "replay/snooper_remark.h"

namespace postie::gui {
namespace {

// How far back to look: a bound on the work per frame however busy the town.
constexpr std::size_t kLookBack = 512;

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
    std::map<std::string, SnooperRemark> out;
    if (windowUs <= 0) return out;
    const std::size_t stop = cursor > kLookBack ? cursor - kLookBack : 0;
    for (std::size_t i = std::min(cursor, records.size()); i > stop; --i) {
        const std::size_t at = i - 1;
        const std::int64_t age = timeUs - records.timeUs(at);
        if (age >= windowUs) break;  // records are in time order: the rest are older still
        const EventType type = records.type(at);
        if (age < 0 || (type != EventType::LetterRead && type != EventType::TlsStripped) ||
            out.count(records.station(at)))
            continue;
        if (auto remark = remarkOf(records[at])) {
            remark->age = double(age) / double(windowUs);
            out.emplace(records.station(at), std::move(*remark));
        }
    }
    return out;
}

} // namespace postie::gui
