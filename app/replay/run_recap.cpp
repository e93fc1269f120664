#include "replay/run_recap.h"

#include <algorithm>
#include <set>
#include <utility>

namespace postie::gui {
namespace {

std::uint64_t recipients(const std::string& to)
{
    if (to.empty()) return 0;
    return std::uint64_t(std::count(to.begin(), to.end(), ',')) + 1;
}

} // namespace

RunRecap RunRecap::of(const TraceView& records)
{
    RunRecap r;
    std::set<std::pair<std::string, std::string>> deferred;  // (message, recipient)
    for (std::size_t i = 0; i < records.size(); ++i) {
        const EventType type = records.type(i);
        r.lastUs = std::max(r.lastUs, records.timeUs(i));
        switch (type) {
        case EventType::MessageCreated: {
            const TraceRecord rec = records[i];
            const std::uint64_t copies = recipients(rec.to);
            r.created += copies;
            if (!rec.original.empty()) r.notices += copies;
            break;
        }
        case EventType::MessageFinal: {
            const TraceRecord rec = records[i];
            r.settledUs = std::max(r.settledUs, rec.time.micros());
            if (!rec.outcome) break;
            switch (*rec.outcome) {
            case Outcome::Delivered: ++r.delivered; break;
            case Outcome::Bounced: ++r.bounced; break;
            case Outcome::Discarded: ++r.discarded; break;
            case Outcome::Expired: ++r.expired; break;
            }
            break;
        }
        case EventType::DeliveryDeferred: {
            ++r.deferrals;
            const TraceRecord rec = records[i];
            deferred.emplace(rec.message, rec.recipient);
            break;
        }
        case EventType::ConnectFailed: ++r.doorsShut; break;
        case EventType::StationDown:
        case EventType::StationUp:
        case EventType::RoadDown:
        case EventType::RoadUp: r.incidents.push_back(records[i]); break;
        default: break;
        }
    }
    const std::uint64_t finished = r.delivered + r.bounced + r.discarded + r.expired;
    r.inFlight = r.created > finished ? r.created - finished : 0;
    r.deferredLetters = deferred.size();
    return r;
}

std::string RunRecap::duration(std::int64_t us)
{
    using std::to_string;
    if (us < 10'000'000) {  // tenths of a second
        const std::int64_t tenths = (us + 50'000) / 100'000;
        return to_string(tenths / 10) + "." + to_string(tenths % 10) + " s";
    }
    const std::int64_t s = (us + 500'000) / 1'000'000;
    const auto two = [](std::int64_t big, const char* bigUnit, std::int64_t small, const char* smallUnit) {
        return to_string(big) + " " + bigUnit + (small ? " " + to_string(small) + " " + smallUnit : std::string());
    };
    if (s < 60) return to_string(s) + " s";
    if (s < 3600) return two(s / 60, "min", s % 60, "s");
    if (s < 86400) {
        const std::int64_t m = (s + 30) / 60;
        return two(m / 60, "h", m % 60, "min");
    }
    const std::int64_t h = (s + 1800) / 3600;
    return two(h / 24, "d", h % 24, "h");
}

} // namespace postie::gui
