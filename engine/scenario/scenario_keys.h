#pragma once
// Every key a scenario file knows, in one typed table: where it may appear, its type and unit,
// the spec member it fills, whether it is required, its limits and a help text. The loader takes
// unknown-key errors ("did you mean"), required keys and limits from here and reads the keys
// that name a member through that member; `postie-cli keys` prints the table
// (describeScenarioKeys) so that a teacher can look any key up. A key's default is written
// once, as the member's initial value in scenario_spec.h: the table shows that value.
#include "scenario/scenario_spec.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace postie {

// Where a key may appear. Each station kind is a place of its own, so that a key can belong to
// some kinds only; `Station` holds the keys every station has.
enum class KeyPlace : unsigned {
    TopLevel,
    DnsRecord,
    Station,
    Client,
    Outgoing,
    Resolver,
    Incoming,
    Mailbox,
    Router,
    Check,      // a client's check: {...}
    Retry,      // a custom retry: {...}
    Road,
    Letter,     // a mail entry without generate:
    Generator,  // a mail entry with generate:
    Incident,
    Lesson,      // lesson: {...}
    Stop,        // each entry of lesson: stops:
    Moment,      // a stop's when, reveal or count: {...}, an event of the run
    Choice,      // each entry of a stop's choices, when it is a map
    Try,         // a stop's try: {...}
    TryLetter,   // a try's write: {...}
    Snooper,     // a station of kind snooper (last: the places are bits, kept in their order)
};
inline constexpr KeyPlace kLastKeyPlace = KeyPlace::Snooper;

// A set of places, one bit per KeyPlace.
using KeyPlaces = unsigned;
constexpr KeyPlaces placeBit(KeyPlace p) { return 1u << static_cast<unsigned>(p); }
// The places whose keys a station of this kind may hold: Station plus its own kind.
KeyPlaces stationPlaces(StationKind kind);
KeyPlace stationKindPlace(StationKind kind);

enum class ValueType {
    Text,
    Choice,        // one of ScenarioKey::choices, separated by '|'
    Integer,       // a whole number within the key's limits
    Number,        // a decimal number within the key's limits, like 6.5
    Seed,          // a whole number from 0 to 2^64 - 1
    Timestamp,     // UTC, like 2010-07-14T09:00:00Z
    Duration,
    Rate,
    Speed,         // times real time, like 0.25x
    Size,
    Distribution,
    Domain,
    DomainList,
    Address,       // an email address, local@domain
    AddressList,   // one address or a list of them
    HeaderLines,   // one header line "Name: value" or a list of them
    Ipv4,
    MxHost,        // a host name, or '.' for a null MX
    StationId,
    StationRef,    // the id of another station
    StationPair,   // [station, station]
    Position,      // [x, y]
    TimeWindow,    // [start, end] as durations
    Retry,         // postfix | exim | rfc | {min, max, give_up, connect_timeout}
    Check,         // {protocol, every, leave_on_server}
    HourlyRates,   // {hour: rate, ...} with hours 0 to 23
    List,          // a list of maps (dns, stations, roads, mail, incidents)
    Section,       // a map of keys of its own (lesson, when, reveal, count, try, write)
    LessonText,    // a text, or the same text in several languages: {en: ..., de: ..., fr: ...}
    TextList,      // a list of lesson texts
    Choices,       // a question's choices: values, or maps {value, say}
    EventName,     // a trace event type, like delivery.deferred
};

// The spec member a key fills, in the struct its map is read into (a station's retry: {...} and
// check: {...} into its RetrySpec and CheckSpec). Its initial value is the key's default. Keys
// whose value goes somewhere else (lists, references, patterns, optional values) name none.
using SpecMember = std::variant<std::monostate,
    std::uint64_t ScenarioSpec::*, std::string ScenarioSpec::*, double ScenarioSpec::*, LessonText ScenarioSpec::*,
    SimTime DnsRecordSpec::*,
    bool StationSpec::*, int StationSpec::*, double StationSpec::*, std::uint64_t StationSpec::*,
    Distribution StationSpec::*, std::string StationSpec::*, LessonText StationSpec::*, SimTime StationSpec::*,
    SimTime CheckSpec::*, bool CheckSpec::*,
    SimTime RetrySpec::*, RetrySpec::Profile RetrySpec::*,
    std::uint64_t LetterSpec::*, std::string LetterSpec::*, bool LetterSpec::*, double LetterSpec::*,
    SimTime GeneratorSpec::*, std::uint64_t GeneratorSpec::*, std::string GeneratorSpec::*>;

// The struct a SpecMember alternative belongs to, and the member's type.
template <typename Member> struct SpecMemberParts;
template <typename Owner, typename Value> struct SpecMemberParts<Value Owner::*> {
    using OwnerType = Owner;
    using ValueType = Value;
};

// Limits are in the type's base unit: microseconds for durations and for a distribution's
// largest argument, bytes for sizes, letters per second for rates, entries for lists, map units
// for positions.
struct ScenarioKey {
    KeyPlaces places;
    std::string_view name;
    ValueType type;
    std::string_view choices;      // Choice: "MX|A"
    bool required;
    std::string_view condition;    // shown instead of a default when required only sometimes
    SpecMember member;             // where the value goes; its initial value is the default
    std::string_view defaultNote;  // said after the default, like " (no limit)"
    bool limited;
    double min;
    double max;
    std::string_view example;      // a value to suggest in messages
    std::string_view help;
    // Only for people reading the file or the map (titles, captions, where to draw): changing
    // it never changes a run. Every other key changes the run when it changes.
    bool displayOnly = false;
};

// The whole table, in the order the reference prints it.
std::span<const ScenarioKey> scenarioKeys();
// The key named `name` in any of `places`, or nullptr.
const ScenarioKey* findScenarioKey(KeyPlaces places, std::string_view name);
// The names of the keys of these places, in table order, without repeats.
std::vector<std::string_view> scenarioKeyNames(KeyPlaces places);

// "a client station", "an incoming station", "a DNS record", "the scenario", ... for messages.
std::string placeNoun(KeyPlace place);
// "stations[kind=outgoing].workers", "dns[].ttl", "seed": the key as seen from the top.
std::string scenarioKeyPath(const ScenarioKey& key, KeyPlace place);
// The default `postie-cli keys` shows: the key's member in a default-made spec, written as the
// key is written, with its note ("4KB", "0 (no limit)"). Empty for required keys, keys required
// only sometimes, and keys without a default (those are optional).
std::string scenarioKeyDefault(const ScenarioKey& key);
// The value of the key's member in `owner`, written as the key is written (without the note);
// empty when the key names no member of Owner. Defined for the spec structs SpecMember names.
template <typename Owner>
std::string specMemberText(const ScenarioKey& key, const Owner& owner);
// "integer", "duration", "MX|A", ...
std::string scenarioKeyTypeName(const ScenarioKey& key);
// "1 to 10000", "0s to 1d", "at most 100000 entries"; empty when the key has no limits.
std::string scenarioKeyLimits(const ScenarioKey& key);
// "required", "default 1", "required without relay_to", "optional", with ", display only".
std::string scenarioKeyStatus(const ScenarioKey& key);
// The key's help with its limits in brackets, as `postie-cli keys` prints it.
std::string scenarioKeyHelp(const ScenarioKey& key);
// The whole table for `postie-cli keys`: grouped, one line per key, with a units footer.
std::string describeScenarioKeys();

// Edit distance (insertions, deletions, substitutions and swaps of neighbours), ignoring case.
std::size_t editDistance(std::string_view a, std::string_view b);
// The candidate a typo most likely meant: edit distance at most 2 (at most 1 for words of four
// letters or fewer), or one is a prefix of the other (at least three letters). Case is ignored.
std::optional<std::string> closestMatch(std::string_view word, const std::vector<std::string_view>& candidates);
std::optional<std::string> closestMatch(std::string_view word, const std::vector<std::string>& candidates);

} // namespace postie
