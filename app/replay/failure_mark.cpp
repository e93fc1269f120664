#include "replay/failure_mark.h"

namespace postie::gui {

bool forGood(FailureMark::Kind kind)
{
    using K = FailureMark::Kind;
    return kind == K::Refused || kind == K::Rejected || kind == K::NoSuchDomain || kind == K::Returned;
}

std::optional<PlacedFailure> failureOf(const TraceRecord& r)
{
    using K = FailureMark::Kind;
    const std::int64_t at = r.time.micros();
    switch (r.type) {
    case EventType::ConnectFailed: {
        // The trace says why in words only: "connection refused" or "connection timed out".
        const bool timedOut = r.reason.find("timed out") != std::string::npos;
        return PlacedFailure{r.peer, {timedOut ? K::NoAnswer : K::Refused, "", at, 0, r.message, r.station}};
    }
    case EventType::SmtpReply:
        if (r.code >= 500) return PlacedFailure{r.station, {K::Rejected, std::to_string(r.code), at, 0, r.message, r.peer}};
        if (r.code >= 400) return PlacedFailure{r.station, {K::TryLater, std::to_string(r.code), at, 0, r.message, r.peer}};
        return std::nullopt;
    case EventType::DnsAnswer:
        if (r.rcode == DnsRcode::NxDomain) return PlacedFailure{r.station, {K::NoSuchDomain, traceWord(*r.rcode), at}};
        if (r.rcode && *r.rcode != DnsRcode::NoError) return PlacedFailure{r.station, {K::TryLater, traceWord(*r.rcode), at}};
        return std::nullopt;
    case EventType::DeliveryDeferred: return PlacedFailure{r.station, {K::Deferred, "", at, 0, r.message, r.station}};
    case EventType::BounceCreated:
        if (r.noticeAction == NoticeAction::Delayed) return PlacedFailure{r.station, {K::StillTrying, "", at, 0, r.message, r.station}};
        return PlacedFailure{r.station, {K::Returned, "", at, 0, r.message, r.station}};
    default: return std::nullopt;
    }
}

} // namespace postie::gui
