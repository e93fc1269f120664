#pragma once
// Every key a scenario file knows, in one typed table: where it may appear, its type and unit,
// its default, whether it is required, its limits and a help text. The loader takes unknown-key
// errors ("did you mean"), required keys and limits from here, and `postie-cli keys` prints the
// table (scenarioKeysReference) so that a teacher can look any key up.
#include "scenario/scenario_spec.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
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
};

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
    Seed,          // a whole number from 0 to 2^64 - 1
    Timestamp,     // UTC, like 2010-07-14T09:00:00Z
    Duration,
    Rate,
    Size,
    Distribution,
    Domain,
    DomainList,
    Address,       // an email address, local@domain
    AddressList,   // one address or a list of them
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
    std::string_view defaultText;  // shown as "default ..." when not required; empty: optional
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
// "integer", "duration", "MX|A", ...
std::string scenarioKeyTypeName(const ScenarioKey& key);
// "1 to 10000", "0s to 1d", "at most 100000 entries"; empty when the key has no limits.
std::string scenarioKeyLimits(const ScenarioKey& key);
// The whole table for `postie-cli keys`: grouped, one line per key, with a units footer.
std::string describeScenarioKeys();

// Edit distance (insertions, deletions, substitutions and swaps of neighbours), ignoring case.
std::size_t editDistance(std::string_view a, std::string_view b);
// The candidate a typo most likely meant: edit distance at most 2 (at most 1 for words of four
// letters or fewer), or one is a prefix of the other (at least three letters). Case is ignored.
std::optional<std::string> closestMatch(std::string_view word, const std::vector<std::string_view>& candidates);
std::optional<std::string> closestMatch(std::string_view word, const std::vector<std::string>& candidates);

} // namespace postie
