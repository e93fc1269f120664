#include "trace/narrator.h"

#include "sim/calendar.h"

#include <fmt/format.h>

namespace postie {
namespace {

std::string picture(const std::string& kind)
{
    if (kind == "client") return "writer's desk";
    if (kind == "outgoing") return "post office";
    if (kind == "resolver") return "postal-code directory";
    if (kind == "incoming") return "sorting station";
    if (kind == "mailbox") return "PO boxes";
    if (kind == "router") return "junction";
    return "station";
}

// The final hop into the PO boxes speaks LMTP (RFC 2033, port 24), the others SMTP.
const char* dialogue(const TraceRecord& r) { return r.port == 24 ? "LMTP" : "SMTP"; }

std::string shortCommand(const std::string& command)
{
    const auto space = command.find_first_of(" :");
    return space == std::string::npos ? command : command.substr(0, space);
}

} // namespace

Narrator::Narrator(std::map<std::string, StationInfo> stations, std::optional<std::int64_t> startEpoch)
    : m_stations(std::move(stations)), m_startEpoch(startEpoch)
{
}

std::string Narrator::clock(SimTime t) const
{
    const std::int64_t us = t.micros() + (m_startEpoch ? splitSeconds(*m_startEpoch).intoDay * 1000000 : 0);
    const auto [day, inDay] = splitMicros(us);
    std::string out = fmt::format("{:02}:{:02}:{:02}.{:03}", inDay / 3600000000LL, (inDay / 60000000LL) % 60,
                                  (inDay / 1000000LL) % 60, (inDay / 1000LL) % 1000);
    if (day > 0) out = fmt::format("day {} ", day + 1) + out;  // the first day needs no number
    return out;
}

std::string Narrator::dateAndTime(SimTime t) const
{
    if (!m_startEpoch) return clock(t);
    static constexpr const char* kWeekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const auto [day, inDay] = splitMicros(*m_startEpoch * 1000000 + t.micros());
    const CivilDate date = civilFromDays(day);
    return fmt::format("{} {} {} {}, {:02}:{:02}:{:02}.{:03}", kWeekdays[weekdayFromDays(day)], date.day,
                       kMonths[date.month - 1], date.year, inDay / 3600000000LL, (inDay / 60000000LL) % 60,
                       (inDay / 1000000LL) % 60, (inDay / 1000LL) % 1000);
}

std::string Narrator::rfc5322Date(SimTime t) const
{
    return formatRfc5322Date(wallClockSeconds(m_startEpoch, t));
}

std::string Narrator::place(const std::string& id) const
{
    auto it = m_stations.find(id);
    if (it == m_stations.end()) return id;
    // The writer's device by its name; a server by its postal picture and its real host name,
    // so the class learns both: "the sorting station mx1.example.org".
    const auto& info = it->second;
    if (info.kind == "client") return info.label.empty() ? id : info.label;
    if (info.kind == "router") return "the junction " + (info.label.empty() ? id : info.label);
    return "the " + picture(info.kind) + " " + id;
}

std::string Narrator::tell(const TraceRecord& r) const
{
    std::string text = sentence(r);
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = char(text[0] - 'a' + 'A');
    return text;
}

std::string Narrator::sentence(const TraceRecord& r) const
{
    const std::string at = place(r.station);
    const std::string peer = place(r.peer);
    switch (r.type) {
    case EventType::MessageCreated:
        if (!r.original.empty())
            return fmt::format("{} writes a 'return to sender' notice {} for letter {} (bounce, DSN)", at, r.message,
                               r.original);
        return fmt::format("{} writes letter {} from {} to {}: \"{}\" (new message)", at, r.message, r.from, r.to, r.subject);
    case EventType::RoadDepart:
        return fmt::format("A truck leaves {} with letter {} for {} (message in transit)", place(r.from), r.message,
                           place(r.to));
    case EventType::RoadArrive: return fmt::format("The truck with letter {} reaches {}", r.message, place(r.to));
    case EventType::QueueEnter:
        if (!r.reason.empty())  // a lane wait: too many trucks already on their way to one place
            return fmt::format("Letter {} waits in the depot of {}, {} in line: {} (queued, concurrency limit)",
                               r.message, at, r.queueLength, r.reason);
        return fmt::format("Letter {} waits in the depot of {}, {} in line (queued)", r.message, at, r.queueLength);
    case EventType::QueueLeave:
        if (!r.reason.empty())
            return fmt::format("At {}, {}: letter {} sets off (delivery starts)", at, r.reason, r.message);
        return fmt::format("A clerk at {} takes letter {} (processing)", at, r.message);
    case EventType::DnsQuery:
        if (r.qtype == DnsType::MX)
            return fmt::format("{} asks {} which sorting station serves {} (DNS MX query)", at, peer, r.name);
        return fmt::format("{} asks {} for the street address of {} (DNS {} query)", at, peer, r.name,
                           traceWord(r.qtype));
    case EventType::DnsAnswer: {
        std::string list;
        for (const auto& rec : r.records) list += (list.empty() ? "" : "; ") + rec;
        if (r.rcode == DnsRcode::NxDomain)
            return fmt::format("{} answers: no such postal code {} (NXDOMAIN{})", at, r.name,
                               r.cached ? ", from its notes" : "");
        if (r.rcode == DnsRcode::ServFail)
            return fmt::format("{} answers: the office for {} does not reply, try again later (SERVFAIL{})", at,
                               r.name, r.cached ? ", from its notes" : "");
        if (list.empty())
            return fmt::format("{} answers: {} has no {} entry (NOERROR, no data{})", at, r.name, traceWord(r.qtype),
                               r.cached ? ", from its notes" : "");
        return fmt::format("{} answers {} (DNS {}{})", at, list, traceWord(r.rcode),
                           r.cached ? ", from its notes: cached" : ", after looking it up");
    }
    case EventType::SmtpConnect:
        return fmt::format("{} knocks at the door of {} ({} connection, port {})", at, peer, dialogue(r), r.port);
    case EventType::ConnectFailed:
        return fmt::format("{} could not get in at {}: {} (connection failed)", at, peer, r.reason);
    case EventType::SmtpCommand:
        return fmt::format("{} says \"{}\" to {} ({} {})", at, r.command, peer, dialogue(r), shortCommand(r.command));
    case EventType::SmtpReply: {
        std::string reply = std::to_string(r.code);
        if (!r.enhanced.empty()) reply += " " + r.enhanced;
        if (!r.replyText.empty()) reply += " " + r.replyText;
        const char* mood = r.code >= 500 ? "refuses" : r.code >= 400 ? "says not now" : "answers";
        return fmt::format("{} {}: \"{}\" ({} reply)", at, mood, reply, dialogue(r));
    }
    case EventType::DeliveryDeferred:
        return fmt::format("Letter {} waits at {} for the next round: {} (deferred)", r.message, at, r.reason);
    case EventType::MailboxStored:
        return fmt::format("Letter {} is put in {}'s box at {} (delivered to the mailbox)", r.message, r.mailbox, at);
    case EventType::MailboxCheck:
        return fmt::format("{} asks {} for new letters ({} check)", at, peer, traceWord(r.access));
    case EventType::MailboxFetched:
        if (r.access == MailAccess::Pop3) return fmt::format("{} takes letter {} home (POP3 RETR)", at, r.message);
        if (r.access == MailAccess::Imap)
            return fmt::format("{} reads a copy of letter {}; the letter stays in the PO box, marked as read "
                               "(IMAP FETCH, \\Seen)",
                               at, r.message);
        return fmt::format("{} picks up letter {} (fetched from the mailbox)", at, r.message);
    case EventType::MailboxRemoved: {
        const std::string left = r.queueLength == 0   ? "the PO box is empty"
                                 : r.queueLength == 1 ? "1 letter is left in the PO box"
                                                      : fmt::format("{} letters are left in the PO box", r.queueLength);
        return fmt::format("{} has taken letter {} home: it is taken out of {}'s box at {}, and {} (POP3 DELE, "
                           "removed at QUIT)",
                           peer, r.message, r.mailbox, at, left);
    }
    case EventType::BounceCreated:
        if (r.noticeAction == NoticeAction::Delayed)
            return fmt::format("{} tells the writer of letter {} that it is still trying ({}; delay warning)", at,
                               r.original, r.status);
        return fmt::format("{} stamps letter {} 'return to sender' with status {} (bounce)", at, r.original, r.status);
    case EventType::StationDown: return fmt::format("{} closes its doors (station down)", at);
    case EventType::StationUp: return fmt::format("{} opens again (station up)", at);
    case EventType::RoadDown:
        return fmt::format("The road between {} and {} is closed (link down)", place(r.from), place(r.to));
    case EventType::RoadUp:
        return fmt::format("The road between {} and {} is open again (link up)", place(r.from), place(r.to));
    case EventType::MessageFinal: {
        if (r.outcome == Outcome::Delivered)
            return fmt::format("Letter {} to {} has arrived (delivered)", r.message, r.recipient);
        if (r.outcome == Outcome::Expired)
            return fmt::format("Letter {} to {} waited too long and is given up (expired, {})", r.message, r.recipient,
                               r.status);
        return fmt::format("Letter {} to {} could not be delivered ({}{})", r.message, r.recipient,
                           traceWord(r.outcome), r.status.empty() ? "" : ", " + r.status);
    }
    }
    return {};
}

} // namespace postie
