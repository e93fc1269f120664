#include "replay/run_recap.h"

#include <QCoreApplication>
#include <QLocale>

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

// Rounded as the engine's formatSpokenDuration rounds. The words are in the context "RunRecap",
// written out at each call so that lupdate finds them there too.
QString RunRecap::duration(std::int64_t us)
{
    const QLocale locale;  // "0,8 s" in German
    const auto n = [&locale](std::int64_t value) { return locale.toString(qlonglong(value)); };
    if (us < 10'000'000) {  // tenths of a second
        const double tenths = double((us + 50'000) / 100'000);
        return QCoreApplication::translate("RunRecap", "%1 s").arg(locale.toString(tenths / 10, 'f', 1));
    }
    const std::int64_t s = (us + 500'000) / 1'000'000;
    if (s < 60) return QCoreApplication::translate("RunRecap", "%1 s").arg(n(s));
    if (s < 3600)
        return s % 60 == 0 ? QCoreApplication::translate("RunRecap", "%1 min").arg(n(s / 60))
                           : QCoreApplication::translate("RunRecap", "%1 min %2 s").arg(n(s / 60), n(s % 60));
    if (s < 86400) {
        const std::int64_t m = (s + 30) / 60;
        return m % 60 == 0 ? QCoreApplication::translate("RunRecap", "%1 h").arg(n(m / 60))
                           : QCoreApplication::translate("RunRecap", "%1 h %2 min").arg(n(m / 60), n(m % 60));
    }
    const std::int64_t h = (s + 1800) / 3600;
    //: Days and hours: "5 d 3 h".
    return h % 24 == 0 ? QCoreApplication::translate("RunRecap", "%1 d").arg(n(h / 24))
                       : QCoreApplication::translate("RunRecap", "%1 d %2 h").arg(n(h / 24), n(h % 24));
}

} // namespace postie::gui
