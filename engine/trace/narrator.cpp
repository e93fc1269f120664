#include "trace/narrator.h"

#include "mail/smtp_reply.h"
#include "mail/snooper.h"
#include "sim/calendar.h"
#include "words/phrase_fill.h"

#include <array>

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

bool endsWith(std::string_view text, std::string_view tail)
{
    return text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail;
}

} // namespace

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
    if (info.kind == "client") return info.many ? *info.many : pluralLabel(info.label.empty() ? id : info.label);
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
    if (day > 0) {  // the first day needs no number
        PhraseSlots slots;
        slots.push_back(fmt::arg("day", day + 1));
        out = fill(*m_book, POSTIE_PHRASE("Narration", "day {day} "), slots) + out;
    }
    return out;
}

std::string Narrator::dateAndTime(SimTime t) const
{
    if (!m_startEpoch) return clock(t);
    static constexpr Phrase kWeekdays[] = {
        POSTIE_PHRASE("Dates", "Sun"), POSTIE_PHRASE("Dates", "Mon"), POSTIE_PHRASE("Dates", "Tue"),
        POSTIE_PHRASE("Dates", "Wed"), POSTIE_PHRASE("Dates", "Thu"), POSTIE_PHRASE("Dates", "Fri"),
        POSTIE_PHRASE("Dates", "Sat")};
    static constexpr Phrase kMonths[] = {
        POSTIE_PHRASE("Dates", "Jan"), POSTIE_PHRASE("Dates", "Feb"), POSTIE_PHRASE("Dates", "Mar"),
        POSTIE_PHRASE("Dates", "Apr"), POSTIE_PHRASE3("Dates", "May", "month"), POSTIE_PHRASE("Dates", "Jun"),
        POSTIE_PHRASE("Dates", "Jul"), POSTIE_PHRASE("Dates", "Aug"), POSTIE_PHRASE("Dates", "Sep"),
        POSTIE_PHRASE("Dates", "Oct"), POSTIE_PHRASE("Dates", "Nov"), POSTIE_PHRASE("Dates", "Dec")};
    const auto [day, inDay] = splitMicros(*m_startEpoch * 1000000 + t.micros());
    const CivilDate date = civilFromDays(day);
    PhraseSlots slots;
    slots.push_back(fmt::arg("weekday", m_book->word(kWeekdays[weekdayFromDays(day)])));
    slots.push_back(fmt::arg("day", date.day));
    slots.push_back(fmt::arg("month", m_book->word(kMonths[date.month - 1])));
    slots.push_back(fmt::arg("year", date.year));
    slots.push_back(fmt::arg("time", fmt::format("{:02}:{:02}:{:02}.{:03}", inDay / 3600000000LL, (inDay / 60000000LL) % 60,
                                                 (inDay / 1000000LL) % 60, (inDay / 1000LL) % 1000)));
    //: The caption's date: "Wed 14 Jul 2010, 09:00:00.031".
    return fill(*m_book, POSTIE_PHRASE("Dates", "{weekday} {day} {month} {year}, {time}"), slots);
}

std::string Narrator::rfc5322Date(SimTime t) const
{
    return formatRfc5322Date(wallClockSeconds(m_startEpoch, t));
}

std::string Narrator::tell(const TraceRecord& record) const
{
    return capitalized(respelled(sentence(record), *m_book));
}

namespace {

// The names a place or a letter goes by in a sentence's slots, one a grammatical role: {at} is
// the subject, {at_obj} the object, {at_to} after "to", "at" or "in" (German dative; French
// with "à"), {at_of} after "of" (German genitive; French with "de"). English words them alike.
struct SlotNames { const char* subject; const char* object; const char* to; const char* of; };
constexpr SlotNames kAt{"at", "at_obj", "at_to", "at_of"};
constexpr SlotNames kPeer{"peer", "peer_obj", "peer_to", "peer_of"};
constexpr SlotNames kOrigin{"origin", "origin_obj", "origin_to", "origin_of"};
constexpr SlotNames kDestination{"destination", "destination_obj", "destination_to", "destination_of"};
constexpr SlotNames kLetter{"letter", "letter_obj", "letter_to", "letter_of"};
constexpr SlotNames kOriginal{"original", "original_obj", "original_to", "original_of"};

using Phrases = std::array<Phrase, 4>;  // subject, object, to, of

// Each kind of station's name phrase, in the postal picture and in email words (the same words
// as the app's station cards, app/replay/vocabulary.cpp; a test holds them together).
constexpr Phrases kClient{POSTIE_PHRASE3("Places", "{label}", "subject"), POSTIE_PHRASE3("Places", "{label}", "object"),
                          POSTIE_PHRASE3("Places", "{label}", "to"), POSTIE_PHRASE3("Places", "{label}", "of")};
constexpr Phrases kPostOffice{POSTIE_PHRASE3("Places", "the post office {id}", "subject"),
                              POSTIE_PHRASE3("Places", "the post office {id}", "object"),
                              POSTIE_PHRASE3("Places", "the post office {id}", "to"),
                              POSTIE_PHRASE3("Places", "the post office {id}", "of")};
constexpr Phrases kOutgoingServer{POSTIE_PHRASE3("Places", "the outgoing SMTP server (MSA) {id}", "subject"),
                                  POSTIE_PHRASE3("Places", "the outgoing SMTP server (MSA) {id}", "object"),
                                  POSTIE_PHRASE3("Places", "the outgoing SMTP server (MSA) {id}", "to"),
                                  POSTIE_PHRASE3("Places", "the outgoing SMTP server (MSA) {id}", "of")};
constexpr Phrases kDirectory{POSTIE_PHRASE3("Places", "the postal-code directory {id}", "subject"),
                             POSTIE_PHRASE3("Places", "the postal-code directory {id}", "object"),
                             POSTIE_PHRASE3("Places", "the postal-code directory {id}", "to"),
                             POSTIE_PHRASE3("Places", "the postal-code directory {id}", "of")};
constexpr Phrases kResolver{POSTIE_PHRASE3("Places", "the DNS resolver {id}", "subject"),
                            POSTIE_PHRASE3("Places", "the DNS resolver {id}", "object"),
                            POSTIE_PHRASE3("Places", "the DNS resolver {id}", "to"),
                            POSTIE_PHRASE3("Places", "the DNS resolver {id}", "of")};
constexpr Phrases kSortingStation{POSTIE_PHRASE3("Places", "the sorting station {id}", "subject"),
                                  POSTIE_PHRASE3("Places", "the sorting station {id}", "object"),
                                  POSTIE_PHRASE3("Places", "the sorting station {id}", "to"),
                                  POSTIE_PHRASE3("Places", "the sorting station {id}", "of")};
constexpr Phrases kIncomingServer{POSTIE_PHRASE3("Places", "the incoming MX server {id}", "subject"),
                                  POSTIE_PHRASE3("Places", "the incoming MX server {id}", "object"),
                                  POSTIE_PHRASE3("Places", "the incoming MX server {id}", "to"),
                                  POSTIE_PHRASE3("Places", "the incoming MX server {id}", "of")};
constexpr Phrases kPoBoxes{POSTIE_PHRASE3("Places", "the PO boxes at {id}", "subject"),
                           POSTIE_PHRASE3("Places", "the PO boxes at {id}", "object"),
                           POSTIE_PHRASE3("Places", "the PO boxes at {id}", "to"),
                           POSTIE_PHRASE3("Places", "the PO boxes at {id}", "of")};
constexpr Phrases kMailboxStore{POSTIE_PHRASE3("Places", "the mailbox store (IMAP/POP3) {id}", "subject"),
                                POSTIE_PHRASE3("Places", "the mailbox store (IMAP/POP3) {id}", "object"),
                                POSTIE_PHRASE3("Places", "the mailbox store (IMAP/POP3) {id}", "to"),
                                POSTIE_PHRASE3("Places", "the mailbox store (IMAP/POP3) {id}", "of")};
constexpr Phrases kJunction{POSTIE_PHRASE3("Places", "the junction {label}", "subject"),
                            POSTIE_PHRASE3("Places", "the junction {label}", "object"),
                            POSTIE_PHRASE3("Places", "the junction {label}", "to"),
                            POSTIE_PHRASE3("Places", "the junction {label}", "of")};
constexpr Phrases kRouter{POSTIE_PHRASE3("Places", "the router {label}", "subject"),
                          POSTIE_PHRASE3("Places", "the router {label}", "object"),
                          POSTIE_PHRASE3("Places", "the router {label}", "to"),
                          POSTIE_PHRASE3("Places", "the router {label}", "of")};
constexpr Phrases kSnooper{POSTIE_PHRASE3("Places", "the snooper {label}", "subject"),
                           POSTIE_PHRASE3("Places", "the snooper {label}", "object"),
                           POSTIE_PHRASE3("Places", "the snooper {label}", "to"),
                           POSTIE_PHRASE3("Places", "the snooper {label}", "of")};
constexpr Phrases kLetterPhrases{POSTIE_PHRASE3("Places", "letter {id}", "subject"),
                                 POSTIE_PHRASE3("Places", "letter {id}", "object"),
                                 POSTIE_PHRASE3("Places", "letter {id}", "to"),
                                 POSTIE_PHRASE3("Places", "letter {id}", "of")};
constexpr Phrases kMessagePhrases{POSTIE_PHRASE3("Places", "message {id}", "subject"),
                                  POSTIE_PHRASE3("Places", "message {id}", "object"),
                                  POSTIE_PHRASE3("Places", "message {id}", "to"),
                                  POSTIE_PHRASE3("Places", "message {id}", "of")};

// What each authentication result means in the postal picture (auth.checked), with the
// standard's words in brackets, short: the sentence must fit a caption a class reads. SPF is
// the list of post offices a domain ({domain}) allows to send for it, DKIM the domain's seal
// on the letter, DMARC the From: domain's own rules.
Phrase spfWords(AuthResult r)
{
    switch (r) {
    case AuthResult::Pass: return POSTIE_PHRASE("Trust", "on {domain}'s list (SPF pass)");
    case AuthResult::Fail: return POSTIE_PHRASE("Trust", "not on {domain}'s list (SPF fail)");
    case AuthResult::SoftFail: return POSTIE_PHRASE("Trust", "probably not on {domain}'s list (SPF softfail)");
    case AuthResult::Neutral: return POSTIE_PHRASE("Trust", "{domain}'s list says neither (SPF neutral)");
    case AuthResult::TempError: return POSTIE_PHRASE("Trust", "no answer from the directory (SPF temperror)");
    case AuthResult::PermError: return POSTIE_PHRASE("Trust", "{domain}'s list is broken (SPF permerror)");
    case AuthResult::None:
    case AuthResult::Policy: break;
    }
    return POSTIE_PHRASE("Trust", "{domain} has no list (SPF none)");
}

Phrase dkimWords(AuthResult r)
{
    switch (r) {
    case AuthResult::Pass: return POSTIE_PHRASE("Trust", "seal intact (DKIM pass)");
    case AuthResult::Fail: return POSTIE_PHRASE("Trust", "seal broken (DKIM fail)");
    case AuthResult::TempError: return POSTIE_PHRASE("Trust", "no answer from the directory (DKIM temperror)");
    case AuthResult::PermError: return POSTIE_PHRASE("Trust", "seal cannot be checked (DKIM permerror)");
    case AuthResult::Policy:
    case AuthResult::Neutral:
    case AuthResult::SoftFail: return POSTIE_PHRASE("Trust", "seal not accepted (DKIM policy)");
    case AuthResult::None: break;
    }
    return POSTIE_PHRASE("Trust", "no seal (DKIM none)");
}

Phrase dmarcWords(AuthResult r)
{
    switch (r) {
    case AuthResult::Pass: return POSTIE_PHRASE("Trust", "From: domain backs it (DMARC pass)");
    case AuthResult::Fail: return POSTIE_PHRASE("Trust", "From: domain does not back it (DMARC fail)");
    case AuthResult::TempError: return POSTIE_PHRASE("Trust", "no answer from the directory (DMARC temperror)");
    case AuthResult::PermError: return POSTIE_PHRASE("Trust", "From: domain's rules are broken (DMARC permerror)");
    default: break;
    }
    return POSTIE_PHRASE("Trust", "From: domain has no rules (DMARC none)");
}

// The few reasons the engine writes in words of its own (the trace keeps its English, docs/trace.md),
// worded by the book; a server's reply line ("451 4.7.1 try again later") is the protocol's
// own words and stays as it is.
std::string reasonWords(const std::string& reason, const Phrasebook& book)
{
    if (reason == "connection refused") return book.word(POSTIE_PHRASE("Reasons", "connection refused"));
    if (reason == "connection timed out") return book.word(POSTIE_PHRASE("Reasons", "connection timed out"));
    static constexpr std::string_view kWaiting = "waiting for a free lane to ";
    static constexpr std::string_view kUnderWay = " deliveries there are under way, the most at once";
    static constexpr std::string_view kLane = "a lane to ";
    static constexpr std::string_view kFree = " is free";
    PhraseSlots slots;
    if (reason.starts_with(kWaiting) && endsWith(reason, kUnderWay)) {
        const std::string middle = reason.substr(kWaiting.size(), reason.size() - kWaiting.size() - kUnderWay.size());
        const auto colon = middle.rfind(": ");
        if (colon == std::string::npos) return reason;
        slots.push_back(fmt::arg("destination", middle.substr(0, colon)));
        slots.push_back(fmt::arg("count", middle.substr(colon + 2)));
        return fill(book, POSTIE_PHRASE("Reasons", "waiting for a free lane to {destination}: {count} deliveries there are under way, the most at once"), slots);
    }
    if (reason.starts_with(kLane) && endsWith(reason, kFree)) {
        slots.push_back(fmt::arg("destination", reason.substr(kLane.size(), reason.size() - kLane.size() - kFree.size())));
        return fill(book, POSTIE_PHRASE("Reasons", "a lane to {destination} is free"), slots);
    }
    return reason;
}

const Phrases* placePhrases(const std::string& kind, bool postal)
{
    if (kind == "client") return &kClient;
    if (kind == "outgoing") return postal ? &kPostOffice : &kOutgoingServer;
    if (kind == "resolver") return postal ? &kDirectory : &kResolver;
    if (kind == "incoming") return postal ? &kSortingStation : &kIncomingServer;
    if (kind == "mailbox") return postal ? &kPoBoxes : &kMailboxStore;
    if (kind == "router") return postal ? &kJunction : &kRouter;
    if (kind == "snooper") return &kSnooper;
    return nullptr;
}

} // namespace

std::string Narrator::placeAs(const std::string& id, int role) const
{
    auto it = m_stations.find(id);
    if (it == m_stations.end()) return id;
    // The writer's device by its name; a server by its postal picture and its real host name,
    // so the class learns both: "the sorting station mx1.example.org".
    const auto& info = it->second;
    const Phrases* phrases = placePhrases(info.kind, m_words == NarrationWords::Postal);
    if (!phrases) return id;
    PhraseSlots slots;
    slots.push_back(fmt::arg("id", id));
    slots.push_back(fmt::arg("label", info.label.empty() ? id : info.label));
    return fill(*m_book, (*phrases)[std::size_t(role)], slots);
}

std::string Narrator::place(const std::string& id) const { return placeAs(id, 0); }

std::string Narrator::sentence(const TraceRecord& r) const
{
    const bool postal = m_words == NarrationWords::Postal;
    // The verb agrees with the station that acts: "The town's writers knock".
    const bool many = plural(r.station);
    const auto pick = [many](const Phrase& one, const Phrase& several) { return many ? several : one; };
    const auto byWords = [postal](const Phrase& inPostal, const Phrase& inEmail) { return postal ? inPostal : inEmail; };
    PhraseSlots slots;
    const auto add = [&slots](const char* name, const auto& value) { slots.push_back(fmt::arg(name, value)); };
    const auto addPlace = [&](const SlotNames& names, const std::string& id) {
        add(names.subject, placeAs(id, 0));
        add(names.object, placeAs(id, 1));
        add(names.to, placeAs(id, 2));
        add(names.of, placeAs(id, 3));
    };
    const auto addLetter = [&](const SlotNames& names, const std::string& id) {
        const Phrases& phrases = postal ? kLetterPhrases : kMessagePhrases;
        PhraseSlots idSlot;
        idSlot.push_back(fmt::arg("id", id));
        add(names.subject, fill(*m_book, phrases[0], idSlot));
        add(names.object, fill(*m_book, phrases[1], idSlot));
        add(names.to, fill(*m_book, phrases[2], idSlot));
        add(names.of, fill(*m_book, phrases[3], idSlot));
    };
    const auto say = [&](const Phrase& phrase) { return fill(*m_book, phrase, slots); };
    const auto word = [&](const Phrase& phrase) { return m_book->word(phrase); };
    addPlace(kAt, r.station);
    addPlace(kPeer, r.peer);
    add("message", r.message);
    add("dialogue", dialogue(r));
    switch (r.type) {
    case EventType::MessageCreated:
        if (!r.original.empty()) {
            addLetter(kOriginal, r.original);
            return say(pick(POSTIE_PHRASE("Narration", "{at} writes a 'return to sender' notice {message} for {original_obj} (bounce, DSN)"),
                            POSTIE_PHRASE("Narration", "{at} write a 'return to sender' notice {message} for {original_obj} (bounce, DSN)")));
        }
        addLetter(kLetter, r.message);
        add("from", r.from);
        add("to", r.to);
        add("subject", r.subject);
        return say(pick(POSTIE_PHRASE("Narration", "{at} writes {letter_obj} from {from} to {to}: \"{subject}\" (new message)"),
                        POSTIE_PHRASE("Narration", "{at} write {letter_obj} from {from} to {to}: \"{subject}\" (new message)")));
    case EventType::RoadDepart:
        addLetter(kLetter, r.message);
        addPlace(kOrigin, r.from);
        addPlace(kDestination, r.to);
        // A postcard is how every letter travelled before TLS: said only where it is read (letter.read).
        if (r.seal == Seal::Envelope)
            return say(POSTIE_PHRASE("Narration", "A truck leaves {origin_obj} with {letter_to} in a sealed envelope for {destination_obj} (message in transit, TLS)"));
        if (r.seal == Seal::LockedBox)
            return say(POSTIE_PHRASE("Narration", "A truck leaves {origin_obj} with {letter_to} in a locked box for {destination_obj} (message in transit, end-to-end encrypted)"));
        return say(POSTIE_PHRASE("Narration", "A truck leaves {origin_obj} with {letter_to} for {destination_obj} (message in transit)"));
    case EventType::RoadArrive:
        addLetter(kLetter, r.message);
        addPlace(kDestination, r.to);
        return say(POSTIE_PHRASE("Narration", "The truck with {letter_to} reaches {destination_obj}"));
    case EventType::QueueEnter:
        addLetter(kLetter, r.message);
        add("queue", r.queueLength);
        add("reason", reasonWords(r.reason, *m_book));
        if (!r.reason.empty())  // a lane wait: too many trucks already on their way to one place
            return say(byWords(POSTIE_PHRASE("Narration", "{letter} waits in the depot of {at_of}, {queue} in line: {reason} (queued, concurrency limit)"),
                               POSTIE_PHRASE("Narration", "{letter} waits in the queue of {at_of}, {queue} in line: {reason} (queued, concurrency limit)")));
        return say(byWords(POSTIE_PHRASE("Narration", "{letter} waits in the depot of {at_of}, {queue} in line (queued)"),
                           POSTIE_PHRASE("Narration", "{letter} waits in the queue of {at_of}, {queue} in line (queued)")));
    case EventType::QueueLeave:
        addLetter(kLetter, r.message);
        add("reason", reasonWords(r.reason, *m_book));
        if (!r.reason.empty()) return say(POSTIE_PHRASE("Narration", "At {at_to}, {reason}: {letter} sets off (delivery starts)"));
        return say(POSTIE_PHRASE("Narration", "A clerk at {at_to} takes {letter_obj} (processing)"));
    case EventType::DnsQuery:
        add("name", r.name);
        add("qtype", traceWord(r.qtype));
        if (r.qtype == DnsType::MX)
            return say(postal ? pick(POSTIE_PHRASE("Narration", "{at} asks {peer_obj} which sorting station serves {name} (DNS MX query)"),
                                     POSTIE_PHRASE("Narration", "{at} ask {peer_obj} which sorting station serves {name} (DNS MX query)"))
                              : pick(POSTIE_PHRASE("Narration", "{at} asks {peer_obj} which incoming MX server serves {name} (DNS MX query)"),
                                     POSTIE_PHRASE("Narration", "{at} ask {peer_obj} which incoming MX server serves {name} (DNS MX query)")));
        return say(postal ? pick(POSTIE_PHRASE("Narration", "{at} asks {peer_obj} for the street address of {name} (DNS {qtype} query)"),
                                 POSTIE_PHRASE("Narration", "{at} ask {peer_obj} for the street address of {name} (DNS {qtype} query)"))
                          : pick(POSTIE_PHRASE("Narration", "{at} asks {peer_obj} for the IP address of {name} (DNS {qtype} query)"),
                                 POSTIE_PHRASE("Narration", "{at} ask {peer_obj} for the IP address of {name} (DNS {qtype} query)")));
    case EventType::DnsAnswer: {
        std::string list;
        for (const auto& rec : r.records) list += (list.empty() ? "" : "; ") + rec;
        add("name", r.name);
        add("qtype", traceWord(r.qtype));
        add("rcode", traceWord(r.rcode));
        add("records", list);
        // Where the answer came from: the resolver's notes (its cache) or a fresh look-up.
        const Phrase notes = !postal ? POSTIE_PHRASE("Narration", ", from the cache")
                             : many  ? POSTIE_PHRASE("Narration", ", from their notes")
                                     : POSTIE_PHRASE("Narration", ", from its notes");
        add("cached", r.cached ? word(notes) : std::string());
        if (r.rcode == DnsRcode::NxDomain)
            return say(postal ? pick(POSTIE_PHRASE("Narration", "{at} answers: no such postal code {name} (NXDOMAIN{cached})"),
                                     POSTIE_PHRASE("Narration", "{at} answer: no such postal code {name} (NXDOMAIN{cached})"))
                              : pick(POSTIE_PHRASE("Narration", "{at} answers: no such domain {name} (NXDOMAIN{cached})"),
                                     POSTIE_PHRASE("Narration", "{at} answer: no such domain {name} (NXDOMAIN{cached})")));
        if (r.rcode == DnsRcode::ServFail)
            return say(pick(POSTIE_PHRASE("Narration", "{at} answers: the office for {name} does not reply, try again later (SERVFAIL{cached})"),
                            POSTIE_PHRASE("Narration", "{at} answer: the office for {name} does not reply, try again later (SERVFAIL{cached})")));
        if (list.empty())
            return say(pick(POSTIE_PHRASE("Narration", "{at} answers: {name} has no {qtype} entry (NOERROR, no data{cached})"),
                            POSTIE_PHRASE("Narration", "{at} answer: {name} has no {qtype} entry (NOERROR, no data{cached})")));
        const Phrase cachedAnswer = !postal ? POSTIE_PHRASE("Narration", ", from the cache: cached")
                                    : many  ? POSTIE_PHRASE("Narration", ", from their notes: cached")
                                            : POSTIE_PHRASE("Narration", ", from its notes: cached");
        add("source", word(r.cached ? cachedAnswer : POSTIE_PHRASE("Narration", ", after looking it up")));
        return say(pick(POSTIE_PHRASE("Narration", "{at} answers {records} (DNS {rcode}{source})"),
                        POSTIE_PHRASE("Narration", "{at} answer {records} (DNS {rcode}{source})")));
    }
    case EventType::SmtpConnect:
        add("port", r.port);
        return say(pick(POSTIE_PHRASE("Narration", "{at} knocks at the door of {peer_of} ({dialogue} connection, port {port})"),
                        POSTIE_PHRASE("Narration", "{at} knock at the door of {peer_of} ({dialogue} connection, port {port})")));
    case EventType::ConnectFailed:
        add("reason", reasonWords(r.reason, *m_book));
        return say(pick(POSTIE_PHRASE3("Narration", "{at} could not get in at {peer_to}: {reason} (connection failed)", "one"),
                        POSTIE_PHRASE3("Narration", "{at} could not get in at {peer_to}: {reason} (connection failed)", "several")));
    case EventType::SmtpCommand:
        add("command", r.command);
        add("keyword", shortCommand(r.command));
        return say(pick(POSTIE_PHRASE("Narration", "{at} says \"{command}\" to {peer_to} ({dialogue} {keyword})"),
                        POSTIE_PHRASE("Narration", "{at} say \"{command}\" to {peer_to} ({dialogue} {keyword})")));
    case EventType::SmtpReply: {
        std::string reply = smtpReplyLines(r.code, r.enhanced, r.replyText, " / ");
        add("reply", reply);
        if (r.code >= 500)
            return say(pick(POSTIE_PHRASE("Narration", "{at} refuses: \"{reply}\" ({dialogue} reply)"),
                            POSTIE_PHRASE("Narration", "{at} refuse: \"{reply}\" ({dialogue} reply)")));
        if (r.code >= 400)
            return say(pick(POSTIE_PHRASE("Narration", "{at} says not now: \"{reply}\" ({dialogue} reply)"),
                            POSTIE_PHRASE("Narration", "{at} say not now: \"{reply}\" ({dialogue} reply)")));
        return say(pick(POSTIE_PHRASE("Narration", "{at} answers: \"{reply}\" ({dialogue} reply)"),
                        POSTIE_PHRASE("Narration", "{at} answer: \"{reply}\" ({dialogue} reply)")));
    }
    case EventType::DeliveryDeferred:
        addLetter(kLetter, r.message);
        add("reason", reasonWords(r.reason, *m_book));
        return say(POSTIE_PHRASE("Narration", "{letter} waits at {at_to} for the next round: {reason} (deferred)"));
    case EventType::MailboxStored:
        addLetter(kLetter, r.message);
        add("owner", r.mailbox);
        if (r.junk)
            return say(POSTIE_PHRASE("Narration", "{letter} is put in the Junk folder of {owner}'s PO box in {at_to}, where the device's inbox does not show it (delivered, filed as junk)"));
        return say(byWords(POSTIE_PHRASE("Narration", "{letter} is put in {owner}'s PO box in {at_to} (delivered to the mailbox)"),
                           POSTIE_PHRASE("Narration", "{letter} is put in {owner}'s mailbox at {at_to} (delivered to the mailbox)")));
    case EventType::MailboxCheck:
        add("access", traceWord(r.access));
        return say(postal ? pick(POSTIE_PHRASE("Narration", "{at} asks {peer_obj} for new letters ({access} check)"),
                                 POSTIE_PHRASE("Narration", "{at} ask {peer_obj} for new letters ({access} check)"))
                          : pick(POSTIE_PHRASE("Narration", "{at} asks {peer_obj} for new messages ({access} check)"),
                                 POSTIE_PHRASE("Narration", "{at} ask {peer_obj} for new messages ({access} check)")));
    case EventType::MailboxFetched:
        addLetter(kLetter, r.message);
        if (r.access == MailAccess::Pop3)
            return say(pick(POSTIE_PHRASE("Narration", "{at} takes {letter_obj} home (POP3 RETR)"),
                            POSTIE_PHRASE("Narration", "{at} take {letter_obj} home (POP3 RETR)")));
        if (r.access == MailAccess::Imap)
            return say(postal ? pick(POSTIE_PHRASE("Narration", "{at} reads a copy of {letter_of}; the letter stays in the PO box, marked as read (IMAP FETCH, \\Seen)"),
                                     POSTIE_PHRASE("Narration", "{at} read a copy of {letter_of}; the letter stays in the PO box, marked as read (IMAP FETCH, \\Seen)"))
                              : pick(POSTIE_PHRASE("Narration", "{at} reads a copy of {letter_of}; the message stays in the mailbox, marked as read (IMAP FETCH, \\Seen)"),
                                     POSTIE_PHRASE("Narration", "{at} read a copy of {letter_of}; the message stays in the mailbox, marked as read (IMAP FETCH, \\Seen)")));
        return say(pick(POSTIE_PHRASE("Narration", "{at} picks up {letter_obj} (fetched from the mailbox)"),
                        POSTIE_PHRASE("Narration", "{at} pick up {letter_obj} (fetched from the mailbox)")));
    case EventType::MailboxRemoved: {
        addLetter(kLetter, r.message);
        add("owner", r.mailbox);
        add("count", r.queueLength);
        const Phrase left = r.queueLength == 0 ? byWords(POSTIE_PHRASE("Narration", "the PO box is empty"),
                                                         POSTIE_PHRASE("Narration", "the mailbox is empty"))
                            : r.queueLength == 1 ? byWords(POSTIE_PHRASE("Narration", "1 letter is left in the PO box"),
                                                           POSTIE_PHRASE("Narration", "1 message is left in the mailbox"))
                                                 : byWords(POSTIE_PHRASE("Narration", "{count} letters are left in the PO box"),
                                                           POSTIE_PHRASE("Narration", "{count} messages are left in the mailbox"));
        add("left", say(left));
        // The reader who took it acts here, so the verb agrees with the peer.
        const bool readers = plural(r.peer);
        if (postal)
            return say(readers ? POSTIE_PHRASE("Narration", "{peer} have taken {letter_obj} home: it is taken out of {owner}'s PO box in {at_to}, and {left} (POP3 DELE, removed at QUIT)")
                               : POSTIE_PHRASE("Narration", "{peer} has taken {letter_obj} home: it is taken out of {owner}'s PO box in {at_to}, and {left} (POP3 DELE, removed at QUIT)"));
        return say(readers ? POSTIE_PHRASE("Narration", "{peer} have taken {letter_obj} home: it is taken out of {owner}'s mailbox at {at_to}, and {left} (POP3 DELE, removed at QUIT)")
                           : POSTIE_PHRASE("Narration", "{peer} has taken {letter_obj} home: it is taken out of {owner}'s mailbox at {at_to}, and {left} (POP3 DELE, removed at QUIT)"));
    }
    case EventType::BounceCreated:
        addLetter(kOriginal, r.original);
        add("status", r.status);
        if (r.noticeAction == NoticeAction::Delayed)
            return say(pick(POSTIE_PHRASE("Narration", "{at} tells the writer of {original_of} that it is still trying ({status}; delay warning)"),
                            POSTIE_PHRASE("Narration", "{at} tell the writer of {original_of} that they are still trying ({status}; delay warning)")));
        return say(pick(POSTIE_PHRASE("Narration", "{at} stamps {original_obj} 'return to sender' with status {status} (bounce)"),
                        POSTIE_PHRASE("Narration", "{at} stamp {original_obj} 'return to sender' with status {status} (bounce)")));
    case EventType::StationDown:
        return say(pick(POSTIE_PHRASE("Narration", "{at} closes its doors (station down)"),
                        POSTIE_PHRASE("Narration", "{at} close their doors (station down)")));
    case EventType::StationUp:
        return say(pick(POSTIE_PHRASE("Narration", "{at} opens again (station up)"),
                        POSTIE_PHRASE("Narration", "{at} open again (station up)")));
    case EventType::RoadDown:
        addPlace(kOrigin, r.from);
        addPlace(kDestination, r.to);
        return say(POSTIE_PHRASE("Narration", "The road between {origin_obj} and {destination_obj} is closed (link down)"));
    case EventType::RoadUp:
        addPlace(kOrigin, r.from);
        addPlace(kDestination, r.to);
        return say(POSTIE_PHRASE("Narration", "The road between {origin_obj} and {destination_obj} is open again (link up)"));
    case EventType::AuthChecked: {
        addLetter(kLetter, r.message);
        add("domain", r.name);
        add("spf", say(spfWords(r.spf.value_or(AuthResult::None))));
        add("dkim", word(dkimWords(r.dkim.value_or(AuthResult::None))));
        add("dmarc", word(dmarcWords(r.dmarc.value_or(AuthResult::None))));
        // One sentence, short for a caption at a classroom window: what it does first, then the
        // three checks, so that a caption too narrow cuts the middle and keeps the DMARC result
        // at the end. The reply it gives (550 5.7.26) is the next sentence.
        Phrase verdict = POSTIE_PHRASE("Trust", "taken (Authentication-Results on top)");
        if (r.action == AuthAction::Junk) verdict = POSTIE_PHRASE("Trust", "into the Junk folder (DMARC quarantine)");
        else if (r.action == AuthAction::Reject) verdict = POSTIE_PHRASE("Trust", "refused (rejected)");
        else if (r.action == AuthAction::Defer) verdict = POSTIE_PHRASE("Trust", "come back later (deferred)");
        const std::string result = say(verdict);
        add("result", result);
        // A forged result in the station's own name is torn off before it checks (RFC 8601 §5).
        add("verdict", r.removed.empty() ? result
                                         : say(POSTIE_PHRASE("Trust", "fake results note torn off (Authentication-Results), {result}")));
        return say(pick(POSTIE_PHRASE("Narration", "{at} checks {letter_obj}: {verdict}; {spf}, {dkim}, {dmarc}"),
                        POSTIE_PHRASE("Narration", "{at} check {letter_obj}: {verdict}; {spf}, {dkim}, {dmarc}")));
    }
    case EventType::TlsStarted:
        if (r.port == 465)
            return say(POSTIE_PHRASE("Narration", "{at} and {peer} seal their talk before the first word: everything from here travels in a sealed envelope (implicit TLS, port 465)"));
        return say(POSTIE_PHRASE("Narration", "{at} and {peer} seal their talk: from here on every word and the letter travel in a sealed envelope (STARTTLS, TLS started)"));
    case EventType::TlsStripped:
        addPlace(kOrigin, r.from);
        addPlace(kDestination, r.to);
        return say(POSTIE_PHRASE("Narration", "{at} tears the offer to seal (STARTTLS) off the answer of {origin_of} to {destination_obj}: the sender will think it cannot seal its letter (STARTTLS stripped)"));
    case EventType::LetterRead: {
        addLetter(kLetter, r.message);
        const Seal seal = r.seal.value_or(Seal::Envelope);
        const ReadOnTheRoad read = readOnTheRoad(r.headers, seal);
        add("subject", read.subject);
        add("text", read.text);
        if (seal == Seal::Envelope)
            return say(POSTIE_PHRASE("Narration", "{at} sees {letter_obj} pass in a sealed envelope and cannot read a word of it (TLS)"));
        if (seal == Seal::LockedBox)
            return say(POSTIE_PHRASE("Narration", "{at} reads the label of {letter_obj}, a locked box: who writes to whom and \"{subject}\", but not the text inside (end-to-end encryption, no TLS)"));
        if (read.text.empty())
            return say(POSTIE_PHRASE("Narration", "{at} reads {letter_obj} as it passes, a postcard: \"{subject}\" (no TLS)"));
        return say(POSTIE_PHRASE("Narration", "{at} reads {letter_obj} as it passes, a postcard: \"{subject}\", \"{text}\" (no TLS)"));
    }
    case EventType::MessageFinal:
        addLetter(kLetter, r.message);
        add("recipient", r.recipient);
        add("status", r.status);
        add("outcome", traceWord(r.outcome));
        if (r.outcome == Outcome::Delivered)
            return say(POSTIE_PHRASE("Narration", "{letter} to {recipient} has arrived (delivered)"));
        if (r.outcome == Outcome::Expired)
            return say(POSTIE_PHRASE("Narration", "{letter} to {recipient} waited too long and is given up (expired, {status})"));
        if (r.status.empty()) return say(POSTIE_PHRASE("Narration", "{letter} to {recipient} could not be delivered ({outcome})"));
        return say(POSTIE_PHRASE("Narration", "{letter} to {recipient} could not be delivered ({outcome}, {status})"));
    }
    return {};
}

} // namespace postie
