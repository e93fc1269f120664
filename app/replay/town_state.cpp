#include "replay/town_state.h"

#include <algorithm>
#include <iterator>

namespace postie::gui {
namespace {

std::string firstWord(const std::string& command)
{
    const auto end = command.find_first_of(" :");
    return end == std::string::npos ? command : command.substr(0, end);
}

// The words a dialogue record sends along the wire, or empty when it sends none.
std::string wireLabel(const TraceRecord& r)
{
    switch (r.type) {
    case EventType::SmtpCommand: return firstWord(r.command);
    case EventType::SmtpReply: return std::to_string(r.code);
    case EventType::SmtpConnect: return std::to_string(r.port);
    case EventType::DnsQuery: return std::string(traceWord(r.qtype)) + "?";
    case EventType::DnsAnswer: return r.rcode == DnsRcode::NoError ? traceWord(r.qtype) : traceWord(r.rcode);
    case EventType::MailboxCheck: return std::string(traceWord(r.access)) + "?";
    default: return {};
    }
}

bool lettersTaken(const TraceRecord& r) { return r.code == 250 && r.enhanced == "2.0.0"; }

// A refusal for good, no such name, a letter returned: that letter does not move on.
bool finalForTheLetter(FailureMark::Kind kind)
{
    using K = FailureMark::Kind;
    return kind == K::Rejected || kind == K::NoSuchDomain || kind == K::Returned;
}

} // namespace

std::pair<std::string, std::string> roadKey(const std::string& a, const std::string& b)
{
    return a < b ? std::pair{a, b} : std::pair{b, a};
}

void TownState::apply(const TraceRecord& r)
{
    ++applied;
    const std::int64_t now = r.time.micros();
    // Words that have arrived by now are no longer on the wire.
    for (auto it = trips.begin(); it != trips.end();)
        it = it->second.kind == Trip::Kind::Wire && it->second.arriveUs <= now ? trips.erase(it) : std::next(it);
    // Tries that are due have started: those letters are back in play.
    for (auto it = retries.begin(); it != retries.end();) {
        auto& times = it->second;
        times.erase(times.begin(), std::upper_bound(times.begin(), times.end(), now));
        it = times.empty() ? retries.erase(it) : std::next(it);
    }

    noteFailure(r);
    if (!failures.empty()) settleFailures(r);
    switch (r.type) {
    case EventType::RoadDepart:
        trips[r.seq] = Trip{Trip::Kind::Truck, r.seq, r.message, r.from, r.to, now, r.arriveUs, {}, r.type, r.path, r.seal};
        return;
    case EventType::RoadArrive:
        for (auto it = trips.begin(); it != trips.end(); ++it) {
            const Trip& t = it->second;
            if (t.kind == Trip::Kind::Truck && t.message == r.message && t.from == r.from && t.to == r.to &&
                t.departUs == r.departUs) {
                trips.erase(it);
                break;
            }
        }
        return;
    case EventType::QueueEnter:
    case EventType::QueueLeave: queues[r.station] = r.queueLength; return;
    case EventType::DeliveryDeferred:
        if (r.retryUs > now) {
            auto& times = retries[r.station];
            times.insert(std::upper_bound(times.begin(), times.end(), r.retryUs), r.retryUs);
        }
        return;
    case EventType::MailboxStored: ++boxes[r.station]; return;
    case EventType::MailboxRemoved:  // a POP3 device has taken it home
        if (--boxes[r.station] <= 0) boxes.erase(r.station);
        return;
    case EventType::StationDown:
        closedStations.insert(r.station);
        trouble.erase(r.station);  // closed says it all
        return;
    case EventType::StationUp:
        closedStations.erase(r.station);
        trouble.erase(r.station);
        return;
    case EventType::RoadDown: closedRoads.insert(roadKey(r.from, r.to)); return;
    case EventType::RoadUp: closedRoads.erase(roadKey(r.from, r.to)); return;
    case EventType::MessageFinal:
        if (r.outcome == Outcome::Delivered) ++tally.delivered;
        else if (r.outcome == Outcome::Bounced) ++tally.bounced;
        else if (r.outcome == Outcome::Discarded) ++tally.discarded;
        else if (r.outcome == Outcome::Expired) ++tally.expired;
        return;
    default: break;
    }
    if (r.arriveUs > now && !r.peer.empty()) {
        std::string label = wireLabel(r);
        if (!label.empty())
            trips[r.seq] = Trip{Trip::Kind::Wire, r.seq, r.message, r.station, r.peer, now, r.arriveUs, std::move(label),
                                r.type, r.path, std::nullopt};
    }
}

void TownState::settleFailures(const TraceRecord& r)
{
    const bool delivered = r.type == EventType::MessageFinal && r.outcome == Outcome::Delivered;
    const bool movedOn = r.type == EventType::RoadDepart;
    const bool dnsWell = r.type == EventType::DnsAnswer && r.rcode == DnsRcode::NoError;
    if (!delivered && !movedOn && !dnsWell) return;
    std::erase_if(failures, [&](const auto& entry) {
        const auto& [station, mark] = entry;
        if (dnsWell) return station == r.station && mark.message.empty() && mark.kind == FailureMark::Kind::TryLater;
        if (mark.message.empty() || mark.message != r.message) return false;
        if (delivered) return true;
        const bool well = !closedStations.count(station) && !trouble.count(station);
        return well && mark.holder == r.from && !finalForTheLetter(mark.kind);
    });
}

// Failures and troubles: only a few record types look, and only at fields already there.
void TownState::noteFailure(const TraceRecord& r)
{
    switch (r.type) {
    case EventType::ConnectFailed:
    case EventType::SmtpReply:
    case EventType::DnsAnswer:
    case EventType::DeliveryDeferred:
    case EventType::BounceCreated:
        if (r.type != EventType::SmtpReply || r.code >= 400)
            if (auto f = failureOf(r)) failures[f->station] = std::move(f->mark);
        break;
    default: return;
    }
    switch (r.type) {
    case EventType::ConnectFailed:
        trouble[r.peer] = failures[r.peer].kind == FailureMark::Kind::NoAnswer ? Trouble::NoAnswer : Trouble::Refusing;
        return;
    case EventType::SmtpReply: {
        if (r.code >= 400 && r.code < 500) {
            trouble[r.station] = Trouble::Busy;
            return;
        }
        if (r.code >= 400 || trouble.empty()) return;
        // It answers again; one that said "try later" is well again once it takes a letter.
        const auto it = trouble.find(r.station);
        if (it != trouble.end() && (it->second != Trouble::Busy || lettersTaken(r))) trouble.erase(it);
        return;
    }
    default: return;
    }
}

} // namespace postie::gui
