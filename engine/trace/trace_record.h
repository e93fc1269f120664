#pragma once
// One trace event as consumers see it. Only the fields its type uses are set; the JSON
// writer leaves the rest out. Records carry departure and arrival times so a viewer can
// place a truck at any instant without asking the engine.
//
// Every field is listed once, in kTraceFields below (after the struct): its JSON key and when
// the JSON writes it. clear(), the compact TraceStore and the JSON writer all walk that list,
// so a new field is one member here and one line there (a static_assert checks that none is
// left out).
#include "sim/sim_time.h"
#include "trace/event_type.h"
#include "trace/trace_words.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace postie {

struct TraceRecord {
    SimTime time;
    std::uint64_t seq = 0;  // position in the trace, from 0
    EventType type = EventType::MessageCreated;
    std::string station;    // where it happens
    std::string message;    // "m1", when a message is involved
    std::string peer;       // the other side of a dialogue
    // road.depart / road.arrive / smtp.command / smtp.reply / smtp.connect: the trip
    std::string from;
    std::string to;
    std::int64_t arriveUs = -1;
    std::int64_t departUs = -1;
    // The stations the words or the truck pass, both ends included, in the direction of travel,
    // comma separated (a station id has no comma). On road.depart the truck's whole trip, of
    // which this road is one.
    std::string path;
    // smtp
    std::string command;
    int code = 0;
    std::string enhanced;
    std::string replyText;  // smtp.reply: the words after the code(s), e.g. "Ok: queued as Q1"
    int port = 0;
    std::int64_t session = -1;  // smtp.connect/command/reply, connect.failed: which SMTP session (from 1)
    // The JSON's `text` of the other types, each meaning under its own name.
    std::string subject;                       // message.created: the letter's Subject
    std::optional<MailAccess> access;          // mailbox.check/fetched/removed: POP3 or IMAP
    std::optional<NoticeAction> noticeAction;  // bounce.created: failed or delayed
    // dns
    std::string name;
    std::optional<DnsType> qtype;
    std::optional<DnsRcode> rcode;
    std::vector<std::string> records;
    bool cached = false;
    std::int64_t cacheExpiresUs = -1;  // dns.answer: when the resolver's cache entry for it expires
    // queues, deferrals, outcomes
    std::int64_t queueLength = -1;
    std::string reason;
    std::int64_t retryUs = -1;
    std::string mailbox;
    std::vector<std::string> headers;
    std::vector<std::string> report;  // a bounce notice's message/delivery-status part (RFC 3464)
    std::string original;
    std::string status;
    std::optional<Outcome> outcome;
    std::string recipient;
    std::int64_t sizeBytes = -1;
    bool junk = false;  // mailbox.stored: filed in the Junk folder (DMARC quarantine)
    // auth.checked: each method's result, what the server does, and the checks step by step
    std::optional<AuthResult> spf;
    std::optional<AuthResult> dkim;
    std::optional<AuthResult> dmarc;
    std::optional<AuthAction> action;
    std::vector<std::string> checks;
    std::vector<std::string> removed;  // auth.checked: forged Authentication-Results lines torn off
    // road.depart (a letter's truck) and letter.read: postcard, envelope or locked box
    std::optional<Seal> seal;

    // Back to a blank record, keeping the strings' memory: the world reuses one record for
    // every event, and this spares it an allocation per field.
    void clear();

    bool operator==(const TraceRecord&) const = default;
};

// One entry of the field list: the member, its JSON key, and when the JSON writes it.
enum class Written : std::uint8_t {
    Always,      // on every record
    WhenSet,     // when it differs from a blank record's value
    ForItsType,  // on records of `forType`, even at the blank value (an empty reply text)
};
enum class JsonShape : std::uint8_t { Value, StationList };  // StationList: "a,b,c" as ["a","b","c"]

template <class T>
struct TraceField {
    using Type = T;
    const char* key;
    T TraceRecord::*member;
    Written written = Written::WhenSet;
    EventType forType = EventType::MessageCreated;
    JsonShape shape = JsonShape::Value;
};

namespace trace_field {
template <class T>
constexpr TraceField<T> always(const char* key, T TraceRecord::*m) { return {key, m, Written::Always}; }
template <class T>
constexpr TraceField<T> whenSet(const char* key, T TraceRecord::*m) { return {key, m}; }
template <class T>
constexpr TraceField<T> forType(EventType type, const char* key, T TraceRecord::*m)
{
    return {key, m, Written::ForItsType, type};
}
constexpr TraceField<std::string> stationList(const char* key, std::string TraceRecord::*m)
{
    return {key, m, Written::WhenSet, EventType::MessageCreated, JsonShape::StationList};
}
} // namespace trace_field

// Every field of a record, in the order of the JSON keys (docs/trace.md). Several fields may
// share a key when no record type sets more than one of them.
inline constexpr auto kTraceFields = [] {
    using namespace trace_field;
    using R = TraceRecord;
    return std::tuple{
        always("t_us", &R::time),
        always("seq", &R::seq),
        always("type", &R::type),
        whenSet("station", &R::station),
        whenSet("message", &R::message),
        whenSet("peer", &R::peer),
        whenSet("session", &R::session),
        whenSet("from", &R::from),
        whenSet("to", &R::to),
        whenSet("depart_us", &R::departUs),
        whenSet("arrive_us", &R::arriveUs),
        stationList("path", &R::path),
        whenSet("port", &R::port),
        whenSet("command", &R::command),
        whenSet("code", &R::code),
        whenSet("enhanced", &R::enhanced),
        whenSet("text", &R::subject),
        forType(EventType::SmtpReply, "text", &R::replyText),
        whenSet("text", &R::access),
        whenSet("text", &R::noticeAction),
        whenSet("name", &R::name),
        whenSet("qtype", &R::qtype),
        whenSet("rcode", &R::rcode),
        forType(EventType::DnsAnswer, "records", &R::records),
        forType(EventType::DnsAnswer, "cached", &R::cached),
        whenSet("cache_expires_us", &R::cacheExpiresUs),
        whenSet("queue", &R::queueLength),
        whenSet("reason", &R::reason),
        whenSet("retry_us", &R::retryUs),
        whenSet("mailbox", &R::mailbox),
        whenSet("headers", &R::headers),
        whenSet("report", &R::report),
        whenSet("original", &R::original),
        whenSet("status", &R::status),
        whenSet("outcome", &R::outcome),
        whenSet("recipient", &R::recipient),
        whenSet("size", &R::sizeBytes),
        whenSet("junk", &R::junk),
        whenSet("spf", &R::spf),
        whenSet("dkim", &R::dkim),
        whenSet("dmarc", &R::dmarc),
        whenSet("action", &R::action),
        whenSet("checks", &R::checks),
        whenSet("removed", &R::removed),
        whenSet("seal", &R::seal),
    };
}();

// Calls f(field) for every entry of kTraceFields, in order.
template <class F>
constexpr void forEachTraceField(F&& f)
{
    std::apply([&](const auto&... field) { (f(field), ...); }, kTraceFields);
}

namespace detail {
// How many members an aggregate has: the most initialisers it accepts.
struct AnyValue {
    template <class T>
    operator T() const;
};
template <class T, class... A>
consteval std::size_t memberCount()
{
    if constexpr (requires { T{A{}..., AnyValue{}}; }) return memberCount<T, A..., AnyValue>();
    else return sizeof...(A);
}
} // namespace detail

static_assert(detail::memberCount<TraceRecord>() == std::tuple_size_v<decltype(kTraceFields)>,
              "a TraceRecord member is missing from kTraceFields (or listed twice)");

inline void TraceRecord::clear()
{
    static const TraceRecord blank;
    forEachTraceField([&](const auto& field) {
        auto& value = this->*field.member;
        if constexpr (requires { value.clear(); }) value.clear();  // strings and lists keep their memory
        else value = blank.*field.member;
    });
}

// The stations of a record's `path`, in order; empty when it has none.
inline std::vector<std::string> pathStations(const std::string& path)
{
    std::vector<std::string> stations;
    for (std::size_t at = 0; at < path.size();) {
        const std::size_t comma = std::min(path.find(',', at), path.size());
        stations.push_back(path.substr(at, comma - at));
        at = comma + 1;
    }
    return stations;
}

} // namespace postie
