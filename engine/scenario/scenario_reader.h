#pragma once
// The scenario reader: walks the YAML tree once, fills the spec and collects every error. Its
// parts live by section: typed_reader.cpp (maps, keys and typed values), dns_section.cpp,
// station_sections.cpp, road_and_incident_sections.cpp, mail_section.cpp (letters and
// generators) and scenario_loader.cpp (the top level).
#include "scenario/diagnostic.h"
#include "scenario/scenario_keys.h"
#include "scenario/scenario_spec.h"
#include "scenario/scenario_text_checks.h"
#include "scenario/units.h"

#include <yaml-cpp/yaml.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace postie::scenario_reading {

constexpr double kMaxGeneratedLetters = 1e7;
// Did-you-mean work per file, counted in candidates compared, so huge bad files stay fast.
constexpr long kSuggestionBudget = 5'000'000;

struct Entry {
    std::string key;
    YAML::Node keyNode;
    YAML::Node value;
    const ScenarioKey* spec = nullptr;

    SourceMark keyMark() const { return markOf(keyNode); }
    SourceMark valueMark() const { return value.IsNull() ? markOf(keyNode) : markOf(value, markOf(keyNode)); }
};

struct MapView {
    YAML::Node node;
    KeyPlace place = KeyPlace::TopLevel;
    std::vector<Entry> entries;

    const Entry* find(std::string_view name) const
    {
        for (const auto& e : entries)
            if (e.key == name) return &e;
        return nullptr;
    }
    SourceMark mark() const { return markOf(node); }
};

// A station as the file declares it: its kind (if valid), line and place in the list.
struct DeclaredStation {
    std::optional<StationKind> kind;
    int line = 0;
    std::size_t index = 0;  // in the file's station list
};

struct ClientInfo {
    std::string id;
    bool canSend = false;
};

struct AddressItem {
    std::string address;
    SourceMark mark;
};

class ScenarioReader {
public:
    explicit ScenarioReader(std::string file) : m_file(std::move(file)) { m_spec.file = m_file; }

    void read(const YAML::Node& root);
    Diagnostics& errors() { return m_errors; }
    ScenarioSpec& spec() { return m_spec; }

private:
    void error(SourceMark m, std::string text) { m_errors.push_back({m_file, m.line, m.column, std::move(text)}); }

    std::optional<MapView> openMap(const YAML::Node& node, KeyPlace place, KeyPlaces allowed, KeyPlaces required,
                                   KeyPlaces family, SourceMark fallback, std::string_view example);
    void unknownKey(const Entry& e, KeyPlace place, KeyPlaces allowed, KeyPlaces family);
    // Reads each entry of `map` whose key names a member of `Owner` (the key table's
    // SpecMember) and holds a plain value (text, number, duration, rate, size, distribution,
    // true|false, a text in several languages) into that member of `target`; keys of none of
    // `places` are left alone, as are keys read by hand. False when a value is bad (its error
    // is reported).
    template <typename Owner>
    bool readMembers(const MapView& map, Owner& target, KeyPlaces places = ~KeyPlaces(0));
    template <typename Value>
    std::optional<bool> readMember(const Entry& e, Value& out);
    void missingKey(const MapView& map, const ScenarioKey& key);

    std::optional<std::string> scalar(const Entry& e);
    std::optional<std::string> readText(const Entry& e) { return scalar(e); }
    std::optional<std::int64_t> readInteger(const Entry& e);
    std::optional<double> readNumber(const Entry& e);
    std::optional<std::uint64_t> readSeed(const Entry& e);
    std::optional<SimTime> readDuration(const Entry& e);
    std::optional<SimTime> readDurationNode(const YAML::Node& node, const Entry& e);
    std::optional<double> readRate(const Entry& e);
    std::optional<double> readSpeed(const Entry& e);
    std::optional<std::uint64_t> readSize(const Entry& e);
    std::optional<Distribution> readDistribution(const Entry& e);
    std::optional<std::string> readChoice(const Entry& e);
    std::optional<std::string> readAddress(const Entry& e);
    std::optional<std::vector<AddressItem>> readAddressList(const Entry& e);
    std::optional<std::vector<std::string>> readDomainList(const Entry& e);
    std::optional<std::vector<HeaderField>> readHeaderLines(const Entry& e);
    // A key's value as list entries (one scalar is a list of one), not empty and within the
    // key's most entries; `one` and `many` name an entry in the messages.
    std::optional<std::vector<YAML::Node>> listEntries(const Entry& e, std::string_view one, std::string_view many);
    std::optional<std::string> readDomainValue(const Entry& e, bool needDot, bool underscores = false);
    std::optional<std::pair<std::string, std::string>> readStationPair(const Entry& e);
    std::optional<std::string> readStationRef(const Entry& e, std::optional<StationKind> want);
    bool checkStationExists(const std::string& id, SourceMark mark);
    std::optional<std::pair<double, double>> readPosition(const Entry& e);
    std::optional<std::pair<SimTime, SimTime>> readTimeWindow(const Entry& e);
    std::vector<YAML::Node> readList(const Entry& e);
    bool expectTwo(const Entry& e, std::string_view what);

    void readFormat(const MapView& top);
    void readDns(const Entry& e);
    std::optional<std::string> readTxtText(const Entry& e, const std::string& name);
    std::optional<std::string> readPolicyText(const Entry& e);  // an MTA-STS policy file's lines
    void indexStations(const std::vector<YAML::Node>& nodes);
    void readStation(const YAML::Node& node, std::size_t index);
    void readRetry(const Entry& e, RetrySpec& retry);
    static void applyRetryProfile(const std::string& name, RetrySpec& retry);
    void readCheck(const Entry& e, CheckSpec& check);
    void checkStationLinks();
    void readRoads(const Entry& e);
    void readMail(const Entry& e);
    void readLetter(const MapView& map);
    void readGenerator(const MapView& map);
    std::optional<std::array<double, 24>> readHourlyRates(const Entry& e);
    bool checkSender(const AddressItem& from);
    void readIncidents(const Entry& e);
    // lesson_section.cpp
    void readLesson(const Entry& e);
    void readStop(const YAML::Node& node, SourceMark fallback);
    std::optional<MomentSpec> readMoment(const Entry& e);
    std::optional<ChoiceSpec> readChoiceValue(const Entry& e, AnswerKind kind);
    std::optional<TrySpec> readTry(const Entry& e);
    std::optional<LessonText> readLessonText(const Entry& e);
    // title and summary: a map of languages read as a lesson text; a plain string kept as
    // written (not trimmed, and it may be empty), as it was read before they had languages.
    std::optional<LessonText> readPlainOrLessonText(const Entry& e);
    std::vector<LessonText> readTextList(const Entry& e);

    std::optional<std::string> suggest(std::string_view word, const std::vector<std::string>& candidates)
    {
        if (m_suggestionBudget < long(candidates.size())) return std::nullopt;
        m_suggestionBudget -= long(candidates.size());
        return closestMatch(word, candidates);
    }

    std::string m_file;
    Diagnostics m_errors;
    ScenarioSpec m_spec;
    std::map<std::string, DeclaredStation> m_stations;
    std::vector<std::string> m_stationIds;  // in file order, for suggestions
    std::map<std::string, ClientInfo> m_clients;  // by user address
    std::map<std::pair<std::string, std::string>, int> m_roads;  // sorted ends -> line
    long m_suggestionBudget = kSuggestionBudget;

    struct LinkMarks {
        SourceMark readFrom;
    };
    std::vector<LinkMarks> m_links;  // per spec station
};

} // namespace postie::scenario_reading
