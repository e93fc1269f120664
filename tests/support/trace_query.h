#pragma once
// Small helpers to ask a recorded trace questions in tests.
#include "trace/trace_record.h"

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

namespace postie::testing {

using Records = std::vector<TraceRecord>;

inline std::vector<const TraceRecord*> select(const Records& records, const std::function<bool(const TraceRecord&)>& keep)
{
    std::vector<const TraceRecord*> out;
    for (const auto& r : records)
        if (keep(r)) out.push_back(&r);
    return out;
}

inline std::vector<const TraceRecord*> ofType(const Records& records, EventType type)
{
    return select(records, [type](const TraceRecord& r) { return r.type == type; });
}

inline std::vector<std::string> commandsSentBy(const Records& records, const std::string& station)
{
    std::vector<std::string> out;
    for (const auto& r : records)
        if (r.type == EventType::SmtpCommand && r.station == station) out.push_back(r.command);
    return out;
}

inline std::vector<int> replyCodesFrom(const Records& records, const std::string& station)
{
    std::vector<int> out;
    for (const auto& r : records)
        if (r.type == EventType::SmtpReply && r.station == station) out.push_back(r.code);
    return out;
}

inline std::vector<double> deferralTimesSeconds(const Records& records, const std::string& station)
{
    std::vector<double> out;
    for (const auto& r : records)
        if (r.type == EventType::DeliveryDeferred && r.station == station) out.push_back(r.time.seconds());
    return out;
}

} // namespace postie::testing
