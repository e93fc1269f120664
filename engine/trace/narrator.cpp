#include "trace/narrator.h"

#include "sim/calendar.h"

#include <fmt/format.h>

namespace postie {
namespace {

// The final hop into the PO boxes speaks LMTP (RFC 2033, port 24), the others SMTP.
const char* dialogue(const TraceRecord& r) { return r.port == 24 ? "LMTP" : "SMTP"; }

std::string shortCommand(const std::string& command)
{
    const auto space = command.find_first_of(" :");
    return space == std::string::npos ? command : command.substr(0, space);
}

std::string capitalized(std::string text)
{
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = char(text[0] - 'a' + 'A');
    return text;
}

bool endsWith(std::string_view text, std::string_view tail)
{
    return text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail;
}

} // namespace

std::string Narrator::picture(const std::string& kind) const
{
    // The same words as the app's station cards (app/replay/vocabulary.cpp; a test holds them
    // together).
    const bool postal = m_words == NarrationWords::Postal;
    if (kind == "client") return postal ? "writer's desk" : "mail client";
    if (kind == "outgoing") return postal ? "post office" : "outgoing SMTP server (MSA)";
    if (kind == "resolver") return postal ? "postal-code directory" : "DNS resolver";
    if (kind == "incoming") return postal ? "sorting station" : "incoming MX server";
    if (kind == "mailbox") return postal ? "PO boxes" : "mailbox store (IMAP/POP3)";
    if (kind == "router") return postal ? "junction" : "router";
    return "station";
}

bool Narrator::pluralLabel(std::string_view label)
{
    // Leave a closing remark aside: "Bob's phone (IMAP)" is told by "phone".
    if (const auto open = label.rfind('('); open != std::string_view::npos && endsWith(label, ")"))
        label = label.substr(0, open);
    while (!label.empty() && label.back() == ' ') label.remove_suffix(1);
    const auto space = label.rfind(' ');
    std::string word(space == std::string_view::npos ? label : label.substr(space + 1));
    for (char& c : word)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    if (word.size() < 3 || word.back() != 's') return false;
    for (const char* singular : {"'s", "ss", "us", "is"})
        if (endsWith(word, singular)) return false;
    return true;
}

bool Narrator::plural(const std::string& id) const
{
    auto it = m_stations.find(id);
    if (it == m_stations.end()) return false;
    const auto& info = it->second;
    if (info.kind == "client") return pluralLabel(info.label.empty() ? id : info.label);
    return info.kind == "mailbox" && m_words == NarrationWords::Postal;  // "the PO boxes at …"
}

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
    if (info.kind == "router") return "the " + picture(info.kind) + " " + (info.label.empty() ? id : info.label);
    if (info.kind == "mailbox" && m_words == NarrationWords::Postal) return "the PO boxes at " + id;
    return "the " + picture(info.kind) + " " + id;
}

std::string Narrator::tell(const TraceRecord& r) const
{
    return capitalized(sentence(r));
}

std::string Narrator::sentence(const TraceRecord& r) const
{
    const bool postal = m_words == NarrationWords::Postal;
    const std::string at = place(r.station);
    const std::string peer = place(r.peer);
    // The verb agrees with the station that acts: "The town's writers knock".
    const bool many = plural(r.station);
    const auto verb = [many](const char* one, const char* several) { return many ? several : one; };
    const std::string L = letter();                // "letter m1" / "message m1"
    const std::string Lc = capitalized(letter());  // at the start of a sentence
    const char* box = postal ? "PO box" : "mailbox";
    const char* notes = postal ? (many ? "from their notes" : "from its notes") : "from the cache";
    switch (r.type) {
    case EventType::MessageCreated:
        if (!r.original.empty())
            return fmt::format("{} {} a 'return to sender' notice {} for {} {} (bounce, DSN)", at,
                               verb("writes", "write"), r.message, L, r.original);
        return fmt::format("{} {} {} {} from {} to {}: \"{}\" (new message)", at, verb("writes", "write"), L, r.message,
                           r.from, r.to, r.subject);
    case EventType::RoadDepart:
        return fmt::format("A truck leaves {} with {} {} for {} (message in transit)", place(r.from), L, r.message,
                           place(r.to));
    case EventType::RoadArrive: return fmt::format("The truck with {} {} reaches {}", L, r.message, place(r.to));
    case EventType::QueueEnter: {
        const char* depot = postal ? "depot" : "queue";
        if (!r.reason.empty())  // a lane wait: too many trucks already on their way to one place
            return fmt::format("{} {} waits in the {} of {}, {} in line: {} (queued, concurrency limit)", Lc,
                               r.message, depot, at, r.queueLength, r.reason);
        return fmt::format("{} {} waits in the {} of {}, {} in line (queued)", Lc, r.message, depot, at,
                           r.queueLength);
    }
    case EventType::QueueLeave:
        if (!r.reason.empty())
            return fmt::format("At {}, {}: {} {} sets off (delivery starts)", at, r.reason, L, r.message);
        return fmt::format("A clerk at {} takes {} {} (processing)", at, L, r.message);
    case EventType::DnsQuery:
        if (r.qtype == DnsType::MX)
            return fmt::format("{} {} {} which {} serves {} (DNS MX query)", at, verb("asks", "ask"), peer,
                               picture("incoming"), r.name);
        return fmt::format("{} {} {} for the {} of {} (DNS {} query)", at, verb("asks", "ask"), peer,
                           postal ? "street address" : "IP address", r.name, traceWord(r.qtype));
    case EventType::DnsAnswer: {
        std::string list;
        for (const auto& rec : r.records) list += (list.empty() ? "" : "; ") + rec;
        const char* answers = verb("answers", "answer");
        if (r.rcode == DnsRcode::NxDomain)
            return fmt::format("{} {}: no such {} {} (NXDOMAIN{})", at, answers, postal ? "postal code" : "domain",
                               r.name, r.cached ? std::string(", ") + notes : "");
        if (r.rcode == DnsRcode::ServFail)
            return fmt::format("{} {}: the office for {} does not reply, try again later (SERVFAIL{})", at, answers,
                               r.name, r.cached ? std::string(", ") + notes : "");
        if (list.empty())
            return fmt::format("{} {}: {} has no {} entry (NOERROR, no data{})", at, answers, r.name,
                               traceWord(r.qtype), r.cached ? std::string(", ") + notes : "");
        return fmt::format("{} {} {} (DNS {}{})", at, answers, list, traceWord(r.rcode),
                           r.cached ? std::string(", ") + notes + ": cached" : ", after looking it up");
    }
    case EventType::SmtpConnect:
        return fmt::format("{} {} at the door of {} ({} connection, port {})", at, verb("knocks", "knock"), peer,
                           dialogue(r), r.port);
    case EventType::ConnectFailed:
        return fmt::format("{} could not get in at {}: {} (connection failed)", at, peer, r.reason);
    case EventType::SmtpCommand:
        return fmt::format("{} {} \"{}\" to {} ({} {})", at, verb("says", "say"), r.command, peer, dialogue(r),
                           shortCommand(r.command));
    case EventType::SmtpReply: {
        std::string reply = std::to_string(r.code);
        if (!r.enhanced.empty()) reply += " " + r.enhanced;
        if (!r.replyText.empty()) reply += " " + r.replyText;
        const char* mood = r.code >= 500   ? verb("refuses", "refuse")
                           : r.code >= 400 ? verb("says not now", "say not now")
                                           : verb("answers", "answer");
        return fmt::format("{} {}: \"{}\" ({} reply)", at, mood, reply, dialogue(r));
    }
    case EventType::DeliveryDeferred:
        return fmt::format("{} {} waits at {} for the next round: {} (deferred)", Lc, r.message, at, r.reason);
    case EventType::MailboxStored:
        return fmt::format("{} {} is put in {}'s {} {} {} (delivered to the mailbox)", Lc, r.message, r.mailbox, box,
                           postal ? "in" : "at", at);
    case EventType::MailboxCheck:
        return fmt::format("{} {} {} for new {}s ({} check)", at, verb("asks", "ask"), peer, L,
                           traceWord(r.access));
    case EventType::MailboxFetched:
        if (r.access == MailAccess::Pop3)
            return fmt::format("{} {} {} {} home (POP3 RETR)", at, verb("takes", "take"), L, r.message);
        if (r.access == MailAccess::Imap)
            return fmt::format("{} {} a copy of {} {}; the {} stays in the {}, marked as read (IMAP FETCH, \\Seen)", at,
                               verb("reads", "read"), L, r.message, L, box);
        return fmt::format("{} {} up {} {} (fetched from the mailbox)", at, verb("picks", "pick"), L, r.message);
    case EventType::MailboxRemoved: {
        const std::string left = r.queueLength == 0   ? fmt::format("the {} is empty", box)
                                 : r.queueLength == 1 ? fmt::format("1 {} is left in the {}", L, box)
                                                      : fmt::format("{} {}s are left in the {}", r.queueLength, L, box);
        return fmt::format("{} {} taken {} {} home: it is taken out of {}'s {} {} {}, and {} (POP3 DELE, "
                           "removed at QUIT)",
                           peer, plural(r.peer) ? "have" : "has", L, r.message, r.mailbox, box, postal ? "in" : "at",
                           at, left);
    }
    case EventType::BounceCreated:
        if (r.noticeAction == NoticeAction::Delayed)
            return fmt::format("{} {} the writer of {} {} that {} still trying ({}; delay warning)", at,
                               verb("tells", "tell"), L, r.original, verb("it is", "they are"), r.status);
        return fmt::format("{} {} {} {} 'return to sender' with status {} (bounce)", at, verb("stamps", "stamp"), L,
                           r.original, r.status);
    case EventType::StationDown:
        return fmt::format("{} {} (station down)", at, verb("closes its doors", "close their doors"));
    case EventType::StationUp: return fmt::format("{} {} again (station up)", at, verb("opens", "open"));
    case EventType::RoadDown:
        return fmt::format("The road between {} and {} is closed (link down)", place(r.from), place(r.to));
    case EventType::RoadUp:
        return fmt::format("The road between {} and {} is open again (link up)", place(r.from), place(r.to));
    case EventType::MessageFinal: {
        if (r.outcome == Outcome::Delivered)
            return fmt::format("{} {} to {} has arrived (delivered)", Lc, r.message, r.recipient);
        if (r.outcome == Outcome::Expired)
            return fmt::format("{} {} to {} waited too long and is given up (expired, {})", Lc, r.message,
                               r.recipient, r.status);
        return fmt::format("{} {} to {} could not be delivered ({}{})", Lc, r.message, r.recipient,
                           traceWord(r.outcome), r.status.empty() ? "" : ", " + r.status);
    }
    }
    return {};
}

} // namespace postie
