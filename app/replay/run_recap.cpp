#include "replay/run_recap.h"

#include "scenario/units.h"

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
    std::set<std::string> noticeIds;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const EventType type = records.type(i);
        r.lastUs = std::max(r.lastUs, records.timeUs(i));
        switch (type) {
        case EventType::MessageCreated: {
            const TraceRecord rec = records[i];
            const std::uint64_t copies = recipients(rec.to);
            r.created += copies;
            if (!rec.original.empty()) {
                r.notices += copies;
                noticeIds.insert(rec.message);
            }
            break;
        }
        case EventType::MessageFinal: {
            const TraceRecord rec = records[i];
            r.settledUs = std::max(r.settledUs, rec.time.micros());
            if (!rec.outcome) break;
            switch (*rec.outcome) {
            case Outcome::Delivered:
                ++r.delivered;
                if (noticeIds.count(rec.message)) ++r.noticesDelivered;
                break;
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
        case EventType::MailboxCheck:
        case EventType::MailboxFetched:
        case EventType::MailboxRemoved: r.lastCheckUs = std::max(r.lastCheckUs, records.timeUs(i)); break;
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

std::string RunRecap::duration(std::int64_t us) { return formatSpokenDuration(SimTime::fromMicros(us)); }

} // namespace postie::gui
