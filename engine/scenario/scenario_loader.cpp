#include "scenario/scenario_loader.h"

#include "scenario/address_pattern.h"
#include "scenario/generator_plan.h"
#include "scenario/scenario_keys.h"
#include "scenario/units.h"
#include "sim/calendar.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

namespace postie {
namespace {

constexpr double kMaxGeneratedLetters = 1e7;
// Did-you-mean work per file, counted in candidates compared, so huge bad files stay fast.
constexpr long kSuggestionBudget = 5'000'000;

// ---------------------------------------------------------------------------------------------
// Small text helpers

std::string inQuotes(std::string_view s)
{
    constexpr std::size_t kMax = 60;
    if (s.size() > kMax) return "'" + std::string(s.substr(0, kMax)) + "...'";
    return "'" + std::string(s) + "'";
}

std::string toLowerCopy(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

std::string trimCopy(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return std::string(s);
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlnum(char c) { return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "a, b or c"
std::string joinOr(const std::vector<std::string>& items, std::string_view last = "or")
{
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += (i + 1 == items.size()) ? " " + std::string(last) + " " : ", ";
        out += items[i];
    }
    return out;
}

std::vector<std::string> splitChoices(std::string_view choices)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const auto bar = choices.find('|', start);
        out.emplace_back(choices.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
        if (bar == std::string_view::npos) break;
        start = bar + 1;
    }
    return out;
}

SourceMark markOf(const YAML::Node& node, SourceMark fallback = {1, 1})
{
    if (!node.IsDefined()) return fallback;
    const YAML::Mark m = node.Mark();
    if (m.line < 0 || m.column < 0) return fallback;
    return {m.line + 1, m.column + 1};
}

std::string describeNode(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Null: return "empty";
    case YAML::NodeType::Scalar: return "the text " + inQuotes(node.Scalar());
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Map: return "a map";
    case YAML::NodeType::Undefined: break;
    }
    return "missing";
}

std::string stationKindArticle(StationKind kind)
{
    switch (kind) {
    case StationKind::Client: return "a client";
    case StationKind::Outgoing: return "an outgoing server";
    case StationKind::Resolver: return "a resolver";
    case StationKind::Incoming: return "an incoming server";
    case StationKind::Mailbox: return "a mailbox";
    case StationKind::Router: return "a router";
    }
    return "a station";
}

std::optional<StationKind> stationKindFromName(std::string_view name)
{
    for (StationKind k : {StationKind::Client, StationKind::Outgoing, StationKind::Resolver, StationKind::Incoming,
                          StationKind::Mailbox, StationKind::Router})
        if (name == stationKindName(k)) return k;
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Validators for names, addresses and times. Each returns an error text, or empty when fine.

std::string checkDomain(std::string_view text, bool needDot, std::string& out)
{
    std::string d = toLowerCopy(text);
    if (!d.empty() && d.back() == '.') d.pop_back();
    if (d.empty()) return "the domain is empty; write for example example.org";
    if (d.size() > 253) return "domain " + inQuotes(text) + " is longer than 253 characters";
    std::size_t start = 0;
    while (true) {
        const auto dot = d.find('.', start);
        const std::string_view label =
            std::string_view(d).substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        if (label.empty()) return "domain " + inQuotes(text) + " has an empty part between dots";
        if (label.size() > 63) return "domain " + inQuotes(text) + " has a part longer than 63 characters";
        for (char c : label)
            if (!isAlnum(c) && c != '-')
                return "domain " + inQuotes(text) + " may only use letters, digits, '-' and dots";
        if (label.front() == '-' || label.back() == '-')
            return "domain " + inQuotes(text) + " has a part that starts or ends with '-'";
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    if (needDot && d.find('.') == std::string::npos)
        return "the domain " + inQuotes(d) + " needs at least one dot, like example.org";
    out = d;
    return {};
}

std::string checkAddress(std::string_view text, std::string& out)
{
    const std::string_view example = "alice@example.org";
    if (text.find('<') != std::string_view::npos || text.find(' ') != std::string_view::npos)
        return inQuotes(text) + " is not a plain email address; write only the address, like " + std::string(example) +
               ", without a name, spaces or <>";
    const auto at = text.find('@');
    if (at == std::string_view::npos)
        return inQuotes(text) + " is not an email address; write it as name@domain, like " + std::string(example);
    if (text.find('@', at + 1) != std::string_view::npos)
        return inQuotes(text) + " has more than one @; write it as name@domain, like " + std::string(example);
    const std::string_view local = text.substr(0, at);
    const std::string_view domain = text.substr(at + 1);
    if (local.empty()) return inQuotes(text) + " has nothing before the @; write it like " + std::string(example);
    if (local.size() > 64) return "in " + inQuotes(text) + ", the part before @ is longer than 64 characters";
    constexpr std::string_view kSpecials = "!#$%&'*+-/=?^_`{|}~.";
    bool okLocal = local.front() != '.' && local.back() != '.' && local.find("..") == std::string_view::npos;
    for (char c : local)
        if (!isAlnum(c) && kSpecials.find(c) == std::string_view::npos) okLocal = false;
    if (!okLocal)
        return inQuotes(text) + " is not a valid email address: the part before @ may use letters, digits and . _ - +, "
                              "with no dot at either end and no two dots together";
    if (domain.empty()) return inQuotes(text) + " has nothing after the @; write it like " + std::string(example);
    std::string d;
    if (auto err = checkDomain(domain, true, d); !err.empty()) return "in " + inQuotes(text) + ": " + err;
    out = toLowerCopy(local) + "@" + d;
    return {};
}

std::string checkStationId(std::string_view id)
{
    if (id.empty()) return "the station id is empty; give every station a name, like id: smtp.example.org";
    if (id.size() > 253) return "station id " + inQuotes(id) + " is longer than 253 characters";
    for (char c : id)
        if (!isAlnum(c) && c != '.' && c != '-' && c != '_')
            return "station id " + inQuotes(id) + " may only use letters, digits, '.', '-' and '_'";
    return {};
}

std::string checkIpv4(std::string_view text)
{
    const std::string bad = inQuotes(text) + " is not an IPv4 address; write four numbers from 0 to 255 with dots, "
                                           "like 203.0.113.25";
    int parts = 0;
    std::size_t i = 0;
    while (true) {
        std::size_t j = i;
        while (j < text.size() && isDigit(text[j])) ++j;
        const std::size_t len = j - i;
        if (len == 0 || len > 3) return bad;
        if (len > 1 && text[i] == '0') return bad;
        int v = 0;
        for (std::size_t k = i; k < j; ++k) v = v * 10 + (text[k] - '0');
        if (v > 255) return bad;
        ++parts;
        if (j == text.size()) break;
        if (text[j] != '.') return bad;
        i = j + 1;
    }
    return parts == 4 ? std::string() : bad;
}

std::string parseTimestamp(std::string_view text, std::int64_t& out)
{
    const std::string bad = "start " + inQuotes(text) + " is not a UTC time; write it like 2010-07-14T09:00:00Z";
    std::string_view t = text;
    if (t.size() == 25 && t.substr(19) == "+00:00") t = t.substr(0, 19);
    else if (t.size() == 20 && (t[19] == 'Z' || t[19] == 'z')) t = t.substr(0, 19);
    else if (t.size() == 25 && (t[19] == '+' || t[19] == '-'))
        return "start " + inQuotes(text) + " is not in UTC; write the time in UTC ending in Z, like 2010-07-14T09:00:00Z";
    else return bad;
    constexpr std::string_view kShape = "dddd-dd-ddTdd:dd:dd";
    for (std::size_t i = 0; i < kShape.size(); ++i) {
        if (kShape[i] == 'd' ? !isDigit(t[i]) : (t[i] != kShape[i] && !(i == 10 && (t[i] == 't' || t[i] == ' '))))
            return bad;
    }
    auto num = [&](std::size_t pos, std::size_t len) {
        int v = 0;
        for (std::size_t i = pos; i < pos + len; ++i) v = v * 10 + (t[i] - '0');
        return v;
    };
    const int year = num(0, 4), month = num(5, 2), day = num(8, 2);
    const int hour = num(11, 2), minute = num(14, 2), second = num(17, 2);
    if (year < 1970) return "start " + inQuotes(text) + " is before 1970; use a year from 1970 to 9999";
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (month < 1 || month > 12) return "start " + inQuotes(text) + " has no month " + std::to_string(month);
    const int monthDays = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
    if (day < 1 || day > monthDays)
        return "start " + inQuotes(text) + " has no day " + std::to_string(day) + " in that month";
    if (hour > 23 || minute > 59 || second > 59)
        return "start " + inQuotes(text) + " has a time of day that does not exist; use 00:00:00 to 23:59:59";
    out = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600 + minute * 60 + second;
    return {};
}

// ---------------------------------------------------------------------------------------------
// Checks on the raw bytes, before YAML sees them.

// Byte offset of the first byte that is not valid UTF-8, or npos.
std::size_t firstInvalidUtf8(std::string_view s)
{
    std::size_t i = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) { ++i; continue; }
        std::size_t len = 0;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) len = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;  // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else return i;
        if (i + len > n) return i;
        if (p[i + 1] < lo || p[i + 1] > hi) return i;
        for (std::size_t k = 2; k < len; ++k)
            if (p[i + k] < 0x80 || p[i + k] > 0xBF) return i;
        i += len;
    }
    return std::string_view::npos;
}

// Finds flow collections ([ and {) nested deeper than kMaxNesting, which would make the YAML
// reader recurse deeply. A rough scan: it skips comments and quoted text.
std::optional<SourceMark> findDeepNesting(std::string_view s)
{
    int depth = 0, line = 1, column = 0;
    char quote = 0;
    bool comment = false;
    char prev = '\n';  // the last character that was not a space
    char last = '\n';  // the last character
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        ++column;
        if (c == '\n') {
            ++line;
            column = 0;
            comment = false;
            if (quote == 0) prev = '\n';
            last = c;
            continue;
        }
        if (comment) continue;
        if (quote != 0) {
            if (quote == '"' && c == '\\') { ++i; ++column; continue; }
            if (c == quote) quote = 0;
            last = c;
            continue;
        }
        if (c == '#' && (last == ' ' || last == '\t' || last == '\n')) { comment = true; continue; }
        if ((c == '"' || c == '\'') &&
            (prev == '\n' || prev == '[' || prev == '{' || prev == ',' || prev == ':' || prev == '-' || prev == '?'))
            quote = c;
        else if (c == '[' || c == '{') {
            if (++depth > kMaxNesting) return SourceMark{line, column};
        } else if ((c == ']' || c == '}') && depth > 0) --depth;
        if (c != ' ' && c != '\t') prev = c;
        last = c;
    }
    return std::nullopt;
}

std::string friendlyYamlMessage(const std::string& msg, std::string_view text, int line0)
{
    // A tab in the indentation is the most common cause of puzzling YAML errors.
    std::size_t pos = 0;
    for (int l = 0; l < line0 && pos != std::string_view::npos; ++l) {
        pos = text.find('\n', pos);
        if (pos != std::string_view::npos) ++pos;
    }
    for (int k = 0; k < 2 && pos != std::string_view::npos && pos < text.size(); ++k) {
        std::size_t i = pos;
        while (i < text.size() && text[i] == ' ') ++i;
        if (i < text.size() && text[i] == '\t')
            return "YAML syntax: a tab character indents a line near here; indent with spaces only";
        pos = text.find('\n', pos);
        if (pos != std::string_view::npos) ++pos;
    }
    if (msg == YAML::ErrorMsg::END_OF_SEQ_FLOW) return "YAML syntax: a list opened with '[' is not closed with ']'";
    if (msg == YAML::ErrorMsg::END_OF_MAP_FLOW) return "YAML syntax: a map opened with '{' is not closed with '}'";
    if (msg == YAML::ErrorMsg::MAP_VALUE)
        return "YAML syntax: a ':' where none can be; put text that holds ': ' in quotes, and check the indentation";
    if (msg == YAML::ErrorMsg::END_OF_MAP || msg == YAML::ErrorMsg::END_OF_SEQ || msg == YAML::ErrorMsg::BLOCK_ENTRY)
        return "YAML syntax: " + msg + "; check the indentation of this line and the one before";
    if (msg == YAML::ErrorMsg::UNKNOWN_ANCHOR)
        return "YAML syntax: this alias (*name) refers to an anchor (&name) that is not defined before it";
    if (msg == YAML::ErrorMsg::FLOW_END)
        return "YAML syntax: this ']' or '}' does not match the bracket it should close; check that every [ has its ] "
               "and every { its }";
    return "YAML syntax: " + msg;
}

// Listens to the YAML parser's events and keeps the first position and the number of nodes,
// to find out where a document starts and whether it is only a null.
class DocumentProbe : public YAML::EventHandler {
public:
    std::optional<YAML::Mark> first;
    std::size_t nodes = 0;
    bool onlyNull = true;

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& m, YAML::anchor_t) override { note(m, true); }
    void OnAlias(const YAML::Mark& m, YAML::anchor_t) override { note(m, false); }
    void OnScalar(const YAML::Mark& m, const std::string&, YAML::anchor_t, const std::string&) override { note(m, false); }
    void OnSequenceStart(const YAML::Mark& m, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        note(m, false);
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark& m, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        note(m, false);
    }
    void OnMapEnd() override {}

private:
    void note(const YAML::Mark& m, bool null)
    {
        if (!first) first = m;
        ++nodes;
        onlyNull = onlyNull && null;
    }
};

// The character at a parser mark, or 0.
char charAt(std::string_view text, const YAML::Mark& m)
{
    if (m.pos < 0 || std::size_t(m.pos) >= text.size()) return 0;
    return text[std::size_t(m.pos)];
}

std::string strayTokenMessage(char c)
{
    return std::string("YAML syntax: a value cannot start with '") + c +
           "' here; put text that starts with it in quotes, or check the brackets and indentation";
}

// ---------------------------------------------------------------------------------------------
// The reader: walks the YAML tree once, fills the spec and collects every error.

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

struct StationInfo {
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
    void missingKey(const MapView& map, const ScenarioKey& key);

    std::optional<std::string> scalar(const Entry& e);
    std::optional<std::string> readText(const Entry& e) { return scalar(e); }
    std::optional<std::int64_t> readInteger(const Entry& e);
    std::optional<std::uint64_t> readSeed(const Entry& e);
    std::optional<SimTime> readDuration(const Entry& e);
    std::optional<SimTime> readDurationNode(const YAML::Node& node, const Entry& e);
    std::optional<double> readRate(const Entry& e);
    std::optional<std::uint64_t> readSize(const Entry& e);
    std::optional<Distribution> readDistribution(const Entry& e);
    std::optional<std::string> readChoice(const Entry& e);
    std::optional<std::string> readAddress(const Entry& e);
    std::optional<std::vector<AddressItem>> readAddressList(const Entry& e);
    std::optional<std::vector<std::string>> readDomainList(const Entry& e);
    std::optional<std::string> readDomainValue(const Entry& e, bool needDot);
    std::optional<std::pair<std::string, std::string>> readStationPair(const Entry& e);
    std::optional<std::string> readStationRef(const Entry& e, std::optional<StationKind> want);
    bool checkStationExists(const std::string& id, SourceMark mark);
    std::optional<std::pair<double, double>> readPosition(const Entry& e);
    std::optional<std::pair<SimTime, SimTime>> readTimeWindow(const Entry& e);
    std::vector<YAML::Node> readList(const Entry& e);
    bool expectTwo(const Entry& e, std::string_view what);

    void readFormat(const MapView& top);
    void readDns(const Entry& e);
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

    std::optional<std::string> suggest(std::string_view word, const std::vector<std::string>& candidates)
    {
        if (m_suggestionBudget < long(candidates.size())) return std::nullopt;
        m_suggestionBudget -= long(candidates.size());
        return closestMatch(word, candidates);
    }

    std::string m_file;
    Diagnostics m_errors;
    ScenarioSpec m_spec;
    std::map<std::string, StationInfo> m_stations;
    std::vector<std::string> m_stationIds;  // in file order, for suggestions
    std::map<std::string, ClientInfo> m_clients;  // by user address
    std::map<std::pair<std::string, std::string>, int> m_roads;  // sorted ends -> line
    long m_suggestionBudget = kSuggestionBudget;

    struct LinkMarks {
        SourceMark readFrom;
    };
    std::vector<LinkMarks> m_links;  // per spec station
};

// --- maps and keys ---------------------------------------------------------------------------

std::optional<MapView> ScenarioReader::openMap(const YAML::Node& node, KeyPlace place, KeyPlaces allowed,
                                               KeyPlaces required, KeyPlaces family, SourceMark fallback,
                                               std::string_view example)
{
    if (!node.IsMap()) {
        std::string noun = placeNoun(place);
        noun[0] = char(noun[0] - 'a' + 'A');
        error(markOf(node, fallback), noun + " should be a map like " + std::string(example) + ", but it is " +
                                          describeNode(node));
        return std::nullopt;
    }
    MapView map;
    map.node = node;
    map.place = place;
    std::map<std::string, int> seen;  // every key, known or not, and its line, for the duplicate check
    bool openBracket = false;  // the last value was cut at a comma, like `service: uniform(1ms`
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node keyNode = it->first;
        const bool cutTail = openBracket && keyNode.IsScalar() && it->second.IsNull() &&
                             keyNode.Scalar().find('(') == std::string::npos &&
                             keyNode.Scalar().find(')') != std::string::npos;
        openBracket = it->second.IsScalar() && std::count(it->second.Scalar().begin(), it->second.Scalar().end(), '(') >
                                                  std::count(it->second.Scalar().begin(), it->second.Scalar().end(), ')');
        if (cutTail) continue;  // the rest of that value; the error about the value says it all
        if (!keyNode.IsScalar()) {
            error(markOf(keyNode, markOf(node)),
                  "a key must be a plain word, but this key is " + describeNode(keyNode) + " in " + placeNoun(place));
            continue;
        }
        Entry e{keyNode.Scalar(), keyNode, it->second, nullptr};
        if (auto [first, fresh] = seen.emplace(e.key, e.keyMark().line); !fresh) {
            error(e.keyMark(), "key " + inQuotes(e.key) + " appears twice in " + placeNoun(place) +
                                   " (first on line " + std::to_string(first->second) + "); keep one");
            continue;
        }
        e.spec = findScenarioKey(allowed, e.key);
        if (!e.spec) {
            unknownKey(e, place, allowed, family);
            continue;
        }
        map.entries.push_back(std::move(e));
    }
    for (const auto& k : scenarioKeys())
        if ((k.places & required) != 0 && k.required && !map.find(k.name)) missingKey(map, k);
    return map;
}

void ScenarioReader::unknownKey(const Entry& e, KeyPlace place, KeyPlaces allowed, KeyPlaces family)
{
    std::string text = "unknown key " + inQuotes(e.key) + " in " + placeNoun(place);
    if (e.key == "<<") {
        error(e.keyMark(), "merge keys (<<) are not supported; write the keys out in " + placeNoun(place));
        return;
    }
    const std::vector<std::string_view> names = scenarioKeyNames(allowed);
    if (family != 0) {
        if (const ScenarioKey* other = findScenarioKey(family & ~allowed, e.key)) {
            std::vector<std::string> owners;
            for (unsigned p = 0; p < 32; ++p)
                if ((other->places & family & (1u << p)) != 0) owners.push_back(placeNoun(static_cast<KeyPlace>(p)));
            if (place == KeyPlace::Letter)
                error(e.keyMark(), text + "; " + inQuotes(e.key) +
                                       " belongs to a mail generator: add 'generate: poisson' to make this entry one");
            else
                error(e.keyMark(), inQuotes(e.key) + " is not a key of " + placeNoun(place) + "; it belongs to " +
                                       joinOr(owners));
            return;
        }
    }
    if (auto s = closestMatch(e.key, names)) {
        error(e.keyMark(), text + "; did you mean '" + *s + "'?");
        return;
    }
    if (place == KeyPlace::Letter) {
        if (auto s = closestMatch(e.key, scenarioKeyNames(family))) {
            error(e.keyMark(), text + "; did you mean '" + *s + "'?");
            return;
        }
    }
    std::vector<std::string> all;
    for (auto n : names) all.emplace_back(n);
    error(e.keyMark(), text + "; the keys there are " + joinOr(all, "and"));
}

void ScenarioReader::missingKey(const MapView& map, const ScenarioKey& key)
{
    if (map.place == KeyPlace::TopLevel && key.name == "format") {
        error(map.mark(), "the file has no 'format:'; start it with format: postie/1");
        return;
    }
    error(map.mark(), placeNoun(map.place) + " needs '" + std::string(key.name) + "', like " + std::string(key.name) +
                          ": " + std::string(key.example));
}

// --- values ----------------------------------------------------------------------------------

std::optional<std::string> ScenarioReader::scalar(const Entry& e)
{
    if (e.value.IsScalar()) return e.value.Scalar();
    const std::string like = std::string(e.key) + ": " + std::string(e.spec ? e.spec->example : "...");
    if (e.value.IsNull())
        error(e.keyMark(), inQuotes(e.key) + " is empty; write for example " + like);
    else
        error(e.valueMark(), e.key + " should look like " + like + ", but it is " + describeNode(e.value));
    return std::nullopt;
}

std::optional<std::int64_t> ScenarioReader::readInteger(const Entry& e)
{
    auto text = scalar(e);
    if (!text) return std::nullopt;
    const std::string t = trimCopy(*text);
    long long v = 0;
    const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    const bool parsed = ec == std::errc() && ptr == t.data() + t.size() && !t.empty();
    if (!parsed || (e.spec->limited && (double(v) < e.spec->min || double(v) > e.spec->max))) {
        error(e.valueMark(), e.key + " must be a whole number from " + scenarioKeyLimits(*e.spec) + ", but it is " +
                                 inQuotes(*text));
        return std::nullopt;
    }
    return v;
}

std::optional<std::uint64_t> ScenarioReader::readSeed(const Entry& e)
{
    auto text = scalar(e);
    if (!text) return std::nullopt;
    const std::string t = trimCopy(*text);
    std::uint64_t v = 0;
    const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (t.empty() || ec != std::errc() || ptr != t.data() + t.size()) {
        error(e.valueMark(),
              e.key + " must be a whole number from 0 to 18446744073709551615, but it is " + inQuotes(*text));
        return std::nullopt;
    }
    return v;
}

std::optional<SimTime> ScenarioReader::readDurationNode(const YAML::Node& node, const Entry& e)
{
    if (!node.IsScalar()) {
        error(markOf(node, e.keyMark()), "a duration like 30s or 5m goes here, but this is " + describeNode(node));
        return std::nullopt;
    }
    auto parsed = parseDuration(node.Scalar());
    if (!parsed.ok()) {
        error(markOf(node, e.keyMark()), parsed.error);
        return std::nullopt;
    }
    const SimTime t = *parsed.value;
    if (e.spec->limited && (double(t.micros()) < e.spec->min || double(t.micros()) > e.spec->max)) {
        error(markOf(node, e.keyMark()), e.key + " must be from " + scenarioKeyLimits(*e.spec) + ", but it is " +
                                             formatDuration(t));
        return std::nullopt;
    }
    return t;
}

std::optional<SimTime> ScenarioReader::readDuration(const Entry& e)
{
    if (!scalar(e)) return std::nullopt;
    return readDurationNode(e.value, e);
}

std::optional<double> ScenarioReader::readRate(const Entry& e)
{
    auto text = scalar(e);
    if (!text) return std::nullopt;
    auto parsed = parseRate(*text);
    if (!parsed.ok()) {
        error(e.valueMark(), parsed.error);
        return std::nullopt;
    }
    if (*parsed.value > e.spec->max) {
        error(e.valueMark(), e.key + " must be from " + scenarioKeyLimits(*e.spec) + ", but it is " + inQuotes(*text));
        return std::nullopt;
    }
    return parsed.value;
}

std::optional<std::uint64_t> ScenarioReader::readSize(const Entry& e)
{
    auto text = scalar(e);
    if (!text) return std::nullopt;
    auto parsed = parseSize(*text);
    if (!parsed.ok()) {
        error(e.valueMark(), parsed.error);
        return std::nullopt;
    }
    if (double(*parsed.value) < e.spec->min || double(*parsed.value) > e.spec->max) {
        error(e.valueMark(), e.key + " must be from " + scenarioKeyLimits(*e.spec) + ", but it is " + inQuotes(*text));
        return std::nullopt;
    }
    return parsed.value;
}

std::optional<Distribution> ScenarioReader::readDistribution(const Entry& e)
{
    auto text = scalar(e);
    if (!text) return std::nullopt;
    auto parsed = parseDistribution(*text);
    if (!parsed.ok()) {
        error(e.valueMark(), parsed.error);
        return std::nullopt;
    }
    const SimTime largest = std::max(parsed.value->a, parsed.value->b);
    if (double(largest.micros()) > e.spec->max) {
        error(e.valueMark(), "the times in " + e.key + " must be at most " +
                                 formatDuration(SimTime::fromMicros(std::int64_t(e.spec->max))) + ", but " +
                                 inQuotes(*text) + " has " + formatDuration(largest));
        return std::nullopt;
    }
    return parsed.value;
}

std::optional<std::string> ScenarioReader::readChoice(const Entry& e)
{
    auto text = scalar(e);
    if (!text) return std::nullopt;
    const std::vector<std::string> choices = splitChoices(e.spec->choices);
    const std::string t = trimCopy(*text);
    for (const auto& c : choices)
        if (toLowerCopy(c) == toLowerCopy(t)) return c;
    std::vector<std::string> shown;
    for (const auto& c : choices) shown.push_back(c);
    std::string msg = e.key + " must be " + (choices.size() <= 2 ? "" : "one of ") + joinOr(shown) + ", but it is " +
                      inQuotes(t);
    if (auto s = closestMatch(t, choices)) msg += "; did you mean '" + *s + "'?";
    error(e.valueMark(), msg);
    return std::nullopt;
}

std::optional<std::string> ScenarioReader::readAddress(const Entry& e)
{
    auto text = scalar(e);
    if (!text) return std::nullopt;
    std::string out;
    if (auto err = checkAddress(trimCopy(*text), out); !err.empty()) {
        error(e.valueMark(), err);
        return std::nullopt;
    }
    return out;
}

std::optional<std::vector<AddressItem>> ScenarioReader::readAddressList(const Entry& e)
{
    std::vector<YAML::Node> items;
    if (e.value.IsScalar()) items.push_back(e.value);
    else if (e.value.IsSequence())
        for (auto it = e.value.begin(); it != e.value.end(); ++it) items.push_back(*it);
    else if (e.value.IsNull()) {
        if (e.spec->min > 0) {
            error(e.keyMark(), inQuotes(e.key) + " is empty; write for example " + e.key + ": " +
                                   std::string(e.spec->example));
            return std::nullopt;
        }
    } else {
        error(e.valueMark(), e.key + " should be an address or a list of them, like " + e.key + ": " +
                                 std::string(e.spec->example) + ", but it is " + describeNode(e.value));
        return std::nullopt;
    }
    if (double(items.size()) < e.spec->min) {
        error(e.valueMark(), e.key + " needs at least one address, like " + e.key + ": " + std::string(e.spec->example));
        return std::nullopt;
    }
    const auto tooMany = [&](std::size_t n) {
        error(e.valueMark(), e.key + " may list at most " + std::to_string(std::llround(e.spec->max)) +
                                 " addresses, but it lists " + std::to_string(n));
    };
    if (double(items.size()) > e.spec->max) {
        tooMany(items.size());
        return std::nullopt;
    }
    std::vector<AddressItem> out;
    bool ok = true;
    std::size_t total = 0;  // addresses once patterns are counted out
    for (const auto& item : items) {
        const SourceMark m = markOf(item, e.valueMark());
        if (!item.IsScalar()) {
            error(m, "each entry of " + e.key + " should be an email address, but this is " + describeNode(item));
            ok = false;
            continue;
        }
        const std::string text = trimCopy(item.Scalar());
        if (looksLikeAddressPattern(text)) {
            const PatternParse p = parseAddressPattern(text);
            std::string a;
            if (p.error.empty()) {
                std::string err = checkAddress(p.pattern.at(0), a);
                if (err.empty()) err = checkAddress(p.pattern.at(p.pattern.count() - 1), a);
                if (!err.empty()) {
                    error(m, "with the numbers filled in, " + err);
                    ok = false;
                    continue;
                }
            } else {
                error(m, p.error);
                ok = false;
                continue;
            }
            total += p.pattern.count();
            if (double(total) > e.spec->max) {
                tooMany(total);
                return std::nullopt;
            }
            for (std::size_t i = 0; i < p.pattern.count(); ++i) {
                std::string expanded;
                checkAddress(p.pattern.at(i), expanded);  // same shape as the first: lower-cased, checked
                out.push_back({std::move(expanded), m});
            }
            continue;
        }
        std::string a;
        if (auto err = checkAddress(text, a); !err.empty()) {
            error(m, err);
            ok = false;
            continue;
        }
        if (double(++total) > e.spec->max) {
            tooMany(total);
            return std::nullopt;
        }
        out.push_back({a, m});
    }
    if (!ok) return std::nullopt;
    return out;
}

std::optional<std::string> ScenarioReader::readDomainValue(const Entry& e, bool needDot)
{
    auto text = scalar(e);
    if (!text) return std::nullopt;
    std::string out;
    if (auto err = checkDomain(trimCopy(*text), needDot, out); !err.empty()) {
        error(e.valueMark(), err);
        return std::nullopt;
    }
    return out;
}

std::optional<std::vector<std::string>> ScenarioReader::readDomainList(const Entry& e)
{
    std::vector<YAML::Node> items;
    if (e.value.IsScalar()) items.push_back(e.value);
    else if (e.value.IsSequence())
        for (auto it = e.value.begin(); it != e.value.end(); ++it) items.push_back(*it);
    else if (!e.value.IsNull()) {
        error(e.valueMark(), e.key + " should be a list of domains, like " + e.key + ": " +
                                 std::string(e.spec->example) + ", but it is " + describeNode(e.value));
        return std::nullopt;
    }
    if (items.empty()) {
        error(e.valueMark(), e.key + " needs at least one domain, like " + e.key + ": " + std::string(e.spec->example));
        return std::nullopt;
    }
    if (double(items.size()) > e.spec->max) {
        error(e.valueMark(), e.key + " may list at most " + std::to_string(std::llround(e.spec->max)) +
                                 " domains, but it lists " + std::to_string(items.size()));
        return std::nullopt;
    }
    std::vector<std::string> out;
    bool ok = true;
    for (const auto& item : items) {
        const SourceMark m = markOf(item, e.valueMark());
        if (!item.IsScalar()) {
            error(m, "each entry of " + e.key + " should be a domain, but this is " + describeNode(item));
            ok = false;
            continue;
        }
        std::string d;
        if (auto err = checkDomain(trimCopy(item.Scalar()), true, d); !err.empty()) {
            error(m, err);
            ok = false;
            continue;
        }
        if (std::find(out.begin(), out.end(), d) != out.end()) {
            error(m, "domain " + inQuotes(d) + " is listed twice in " + e.key);
            ok = false;
            continue;
        }
        out.push_back(d);
    }
    if (!ok) return std::nullopt;
    return out;
}

bool ScenarioReader::checkStationExists(const std::string& id, SourceMark mark)
{
    if (m_stations.count(id) != 0) return true;
    std::string msg = "station " + inQuotes(id) + " is not defined";
    if (auto s = suggest(id, m_stationIds)) msg += "; did you mean '" + *s + "'?";
    else msg += "; add it under stations: or correct the name";
    error(mark, msg);
    return false;
}

std::optional<std::string> ScenarioReader::readStationRef(const Entry& e, std::optional<StationKind> want)
{
    auto text = scalar(e);
    if (!text) return std::nullopt;
    const std::string id = trimCopy(*text);
    if (!checkStationExists(id, e.valueMark())) return std::nullopt;
    const StationInfo& info = m_stations.at(id);
    if (want && info.kind && *info.kind != *want) {
        const std::string article = *want == StationKind::Outgoing || *want == StationKind::Incoming ? "an " : "a ";
        error(e.valueMark(), e.key + " must name " + article + stationKindName(*want) + " station, but " + inQuotes(id) +
                                 " is " + stationKindArticle(*info.kind));
        return std::nullopt;
    }
    return id;
}

bool ScenarioReader::expectTwo(const Entry& e, std::string_view what)
{
    const std::string like = e.key + ": " + std::string(e.spec->example);
    if (e.value.IsNull()) {
        error(e.keyMark(), inQuotes(e.key) + " is empty; write for example " + like);
        return false;
    }
    if (!e.value.IsSequence() || e.value.size() != 2) {
        std::string got = describeNode(e.value);
        if (e.value.IsSequence()) got = "a list of " + std::to_string(e.value.size());
        error(e.valueMark(), e.key + " must be " + std::string(what) + ", like " + like + ", but it is " + got);
        return false;
    }
    return true;
}

std::optional<std::pair<std::string, std::string>> ScenarioReader::readStationPair(const Entry& e)
{
    if (!expectTwo(e, "two stations")) return std::nullopt;
    std::string ends[2];
    bool ok = true;
    for (std::size_t i = 0; i < 2; ++i) {
        const YAML::Node n = e.value[i];
        const SourceMark m = markOf(n, e.valueMark());
        if (!n.IsScalar()) {
            error(m, "each end of " + e.key + " should be a station id, but this is " + describeNode(n));
            ok = false;
            continue;
        }
        ends[i] = trimCopy(n.Scalar());
        if (!checkStationExists(ends[i], m)) ok = false;
    }
    if (!ok) return std::nullopt;
    return std::make_pair(ends[0], ends[1]);
}

std::optional<std::pair<double, double>> ScenarioReader::readPosition(const Entry& e)
{
    if (!expectTwo(e, "two numbers [x, y]")) return std::nullopt;
    double xy[2] = {0, 0};
    bool ok = true;
    for (std::size_t i = 0; i < 2; ++i) {
        const YAML::Node n = e.value[i];
        const SourceMark m = markOf(n, e.valueMark());
        const std::string t = n.IsScalar() ? trimCopy(n.Scalar()) : std::string();
        bool good = !t.empty();
        for (std::size_t k = 0; k < t.size() && good; ++k)
            good = isDigit(t[k]) || t[k] == '.' || (k == 0 && (t[k] == '-' || t[k] == '+'));
        double v = 0;
        if (good) {
            const char* begin = t.data() + (t[0] == '+' ? 1 : 0);
            const auto [ptr, ec] = std::from_chars(begin, t.data() + t.size(), v);
            good = ec == std::errc() && ptr == t.data() + t.size() && std::isfinite(v);
        }
        if (!good || v < e.spec->min || v > e.spec->max) {
            error(m, std::string(i == 0 ? "x" : "y") + " in position must be a number from -1000000 to 1000000, but it is " +
                         (n.IsScalar() ? inQuotes(n.Scalar()) : describeNode(n)));
            ok = false;
            continue;
        }
        xy[i] = v;
    }
    if (!ok) return std::nullopt;
    return std::make_pair(xy[0], xy[1]);
}

std::optional<std::pair<SimTime, SimTime>> ScenarioReader::readTimeWindow(const Entry& e)
{
    if (!expectTwo(e, "two times [start, end]")) return std::nullopt;
    auto t0 = readDurationNode(e.value[0], e);
    auto t1 = readDurationNode(e.value[1], e);
    if (!t0 || !t1) return std::nullopt;
    if (*t1 <= *t0) {
        error(e.valueMark(), e.key + " [" + formatDuration(*t0) + ", " + formatDuration(*t1) +
                                 "] ends before it begins; write the earlier time first, like [" + formatDuration(*t1) +
                                 ", " + formatDuration(*t0) + "]");
        return std::nullopt;
    }
    return std::make_pair(*t0, *t1);
}

std::vector<YAML::Node> ScenarioReader::readList(const Entry& e)
{
    std::vector<YAML::Node> out;
    if (e.value.IsNull()) return out;
    if (!e.value.IsSequence()) {
        error(e.valueMark(), e.key + " should be a list, each entry starting with '- ', but it is " +
                                 describeNode(e.value));
        return out;
    }
    for (auto it = e.value.begin(); it != e.value.end(); ++it) out.push_back(*it);
    if (double(out.size()) > e.spec->max) {
        error(e.valueMark(), "a scenario may have at most " + std::to_string(std::llround(e.spec->max)) +
                                 " entries in " + e.key + ", but this one has " + std::to_string(out.size()));
        out.resize(std::size_t(e.spec->max));
    }
    return out;
}

// --- the scenario ----------------------------------------------------------------------------

void ScenarioReader::readFormat(const MapView& top)
{
    const Entry* e = top.find("format");
    if (!e) return;
    auto text = scalar(*e);
    if (!text) return;
    const std::string t = trimCopy(*text);
    if (t != "postie/1") {
        error(e->valueMark(), "unsupported format " + inQuotes(t) + "; this version of Postie reads only 'postie/1'");
        return;
    }
    m_spec.format = t;
}

void ScenarioReader::read(const YAML::Node& root)
{
    const KeyPlaces T = placeBit(KeyPlace::TopLevel);
    if (!root.IsMap()) {
        error(markOf(root), "the file should be a map of keys, starting with format: postie/1, but it is " +
                                describeNode(root));
        return;
    }
    // A file of another format would only give a flood of unknown keys: stop at the version.
    {
        const YAML::Node f = root["format"];
        if (f.IsDefined() && f.IsScalar() && trimCopy(f.Scalar()) != "postie/1") {
            const std::size_t before = m_errors.size();
            auto top = openMap(root, KeyPlace::TopLevel, T, 0, 0, {1, 1}, "");
            m_errors.resize(before);
            if (top) readFormat(*top);
            return;
        }
    }
    auto top = openMap(root, KeyPlace::TopLevel, T, T, 0, {1, 1}, "{format: postie/1, stations: [...]}");
    if (!top) return;
    readFormat(*top);
    if (const Entry* e = top->find("title")) { if (auto v = readText(*e)) m_spec.title = *v; }
    if (const Entry* e = top->find("summary")) { if (auto v = readText(*e)) m_spec.summary = *v; }
    if (const Entry* e = top->find("seed")) { if (auto v = readSeed(*e)) m_spec.seed = *v; }
    if (const Entry* e = top->find("start")) {
        if (auto v = scalar(*e)) {
            std::int64_t epoch = 0;
            if (auto err = parseTimestamp(trimCopy(*v), epoch); !err.empty()) error(e->valueMark(), err);
            else m_spec.startEpochSeconds = epoch;
        }
    }
    if (const Entry* e = top->find("until")) { if (auto v = readDuration(*e)) m_spec.until = *v; }
    if (const Entry* e = top->find("dns")) readDns(*e);

    if (const Entry* e = top->find("stations")) {
        const std::vector<YAML::Node> nodes = readList(*e);
        if (nodes.empty() && (e->value.IsNull() || e->value.IsSequence()))
            error(e->valueMark(), "stations is empty; a scenario needs at least one station, like stations: " +
                                      std::string(e->spec->example));
        indexStations(nodes);
        for (std::size_t i = 0; i < nodes.size(); ++i) readStation(nodes[i], i);
        checkStationLinks();
    }
    if (const Entry* e = top->find("roads")) readRoads(*e);
    if (const Entry* e = top->find("mail")) readMail(*e);
    if (const Entry* e = top->find("incidents")) readIncidents(*e);
}

void ScenarioReader::readDns(const Entry& list)
{
    const KeyPlaces D = placeBit(KeyPlace::DnsRecord);
    std::map<std::string, int> seen;                    // record identity -> line
    std::map<std::string, std::pair<SourceMark, bool>> nullMx;  // domain -> (null MX mark, has other MX)
    std::map<std::string, SourceMark> broken;                   // SERVFAIL name -> its entry
    std::map<std::string, int> withRecords;                     // name -> line of its first record
    for (const auto& node : readList(list)) {
        auto map = openMap(node, KeyPlace::DnsRecord, D, D, 0, list.valueMark(),
                           "{name: example.org, type: MX, preference: 10, host: mx1.example.org}");
        if (!map) continue;
        DnsRecordSpec r;
        r.mark = map->mark();
        bool ok = true;
        if (const Entry* e = map->find("name")) {
            if (auto v = readDomainValue(*e, false)) r.name = *v;
            else ok = false;
        } else ok = false;
        std::optional<std::string> type;
        if (const Entry* e = map->find("type")) type = readChoice(*e);
        if (!type) ok = false;
        const bool mx = type && *type == "MX";
        const bool a = type && *type == "A";
        const bool servFail = type && *type == "SERVFAIL";
        r.type = mx ? DnsRecordSpec::Type::MX : servFail ? DnsRecordSpec::Type::ServFail : DnsRecordSpec::Type::A;
        const std::string what = mx ? "an MX record" : servFail ? "a SERVFAIL entry" : "an A record";
        auto notHere = [&](std::string_view key, std::string_view why) {
            if (const Entry* e = map->find(key)) {
                error(e->keyMark(), what + " has no '" + std::string(key) + "'; " + std::string(why));
                ok = false;
            }
        };
        auto need = [&](std::string_view key) -> const Entry* {
            const Entry* e = map->find(key);
            if (!e) {
                const ScenarioKey* k = findScenarioKey(D, key);
                error(map->mark(), what + " needs '" + std::string(key) + "', like " + std::string(key) + ": " +
                                       std::string(k->example));
                ok = false;
            }
            return e;
        };
        if (mx) {
            notHere("address", "addresses belong in an A record for the mail host");
            if (const Entry* e = need("preference")) {
                if (auto v = readInteger(*e)) r.preference = int(*v);
                else ok = false;
            }
            if (const Entry* e = need("host")) {
                if (auto v = scalar(*e)) {
                    const std::string h = trimCopy(*v);
                    if (h == ".") r.host.clear();
                    else if (auto err = checkDomain(h, false, r.host); !err.empty()) {
                        error(e->valueMark(), err);
                        ok = false;
                    }
                } else ok = false;
            }
        } else if (servFail) {
            // A broken name has no records to give: every question about it fails (RFC 2308 §7.1
            // lets the resolver keep that failure only briefly, so there is no ttl either).
            const std::string_view why = "a SERVFAIL entry names a domain whose servers are broken, nothing more";
            for (std::string_view key : {"preference", "host", "address"}) notHere(key, why);
            notHere("ttl", "a resolver keeps a failed answer only 1s, so there is no ttl to set");
        } else if (a) {
            notHere("preference", "preference and host belong to MX records");
            notHere("host", "preference and host belong to MX records");
            if (const Entry* e = need("address")) {
                if (auto v = scalar(*e)) {
                    const std::string addr = trimCopy(*v);
                    if (auto err = checkIpv4(addr); !err.empty()) {
                        error(e->valueMark(), err);
                        ok = false;
                    } else r.address = addr;
                } else ok = false;
            }
        }
        if (const Entry* e = map->find("ttl")) {
            if (auto v = readDuration(*e)) r.ttl = *v;
            else ok = false;
        }
        if (!ok) continue;
        const std::string identity =
            r.name + (mx ? " MX " + r.host : servFail ? std::string(" SERVFAIL") : " A " + r.address);
        if (auto it = seen.find(identity); it != seen.end()) {
            error(r.mark, "this DNS record repeats the one on line " + std::to_string(it->second) + "; keep one");
            continue;
        }
        seen.emplace(identity, r.mark.line);
        if (servFail) broken.emplace(r.name, r.mark);
        else withRecords.emplace(r.name, r.mark.line);
        if (mx) {
            auto& entry = nullMx[r.name];
            if (r.host.empty()) entry.first = r.mark;
            else entry.second = true;
        }
        m_spec.dns.push_back(std::move(r));
    }
    for (const auto& [name, info] : nullMx)
        if (info.first.line > 0 && info.second)
            error(info.first, "the domain " + inQuotes(name) +
                                  " has a null MX (host: .) and other MX records; a null MX, which says the domain "
                                  "takes no mail, must be its only MX record");
    for (const auto& [name, mark] : broken)
        if (auto it = withRecords.find(name); it != withRecords.end())
            error(mark, "the name " + inQuotes(name) + " is SERVFAIL (its servers are broken) but has a record on line " +
                            std::to_string(it->second) + "; a broken name answers nothing, so keep either the "
                            "SERVFAIL entry or the records");
}

void ScenarioReader::indexStations(const std::vector<YAML::Node>& nodes)
{
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const YAML::Node& n = nodes[i];
        if (!n.IsMap()) continue;
        const YAML::Node id = n["id"];
        if (!id.IsDefined() || !id.IsScalar()) continue;
        const std::string name = trimCopy(id.Scalar());
        if (!checkStationId(name).empty()) continue;
        std::optional<StationKind> kind;
        const YAML::Node k = n["kind"];
        if (k.IsDefined() && k.IsScalar()) kind = stationKindFromName(toLowerCopy(trimCopy(k.Scalar())));
        const SourceMark m = markOf(id, markOf(n));
        if (auto it = m_stations.find(name); it != m_stations.end()) {
            error(m, "station id " + inQuotes(name) + " is already used on line " + std::to_string(it->second.line) +
                         "; each station needs its own id");
            continue;
        }
        m_stations.emplace(name, StationInfo{kind, m.line, i});
        m_stationIds.push_back(name);
    }
}

void ScenarioReader::readStation(const YAML::Node& node, std::size_t index)
{
    const KeyPlaces S = placeBit(KeyPlace::Station);
    KeyPlaces allStations = S;
    for (StationKind k : {StationKind::Client, StationKind::Outgoing, StationKind::Resolver, StationKind::Incoming,
                          StationKind::Mailbox, StationKind::Router})
        allStations |= stationPlaces(k);

    std::optional<StationKind> kind;
    if (node.IsMap()) {
        const YAML::Node k = node["kind"];
        if (k.IsDefined() && k.IsScalar()) kind = stationKindFromName(toLowerCopy(trimCopy(k.Scalar())));
    }
    const KeyPlace place = kind ? stationKindPlace(*kind) : KeyPlace::Station;
    const KeyPlaces allowed = kind ? stationPlaces(*kind) : allStations;
    auto map = openMap(node, place, allowed, kind ? allowed : S, allStations, markOf(node),
                       "{id: alice, kind: client, user: alice@example.org}");
    if (!map) return;

    StationSpec s;
    s.mark = map->mark();
    bool ok = true;
    bool indexed = false;
    if (const Entry* e = map->find("id")) {
        if (auto v = scalar(*e)) {
            s.id = trimCopy(*v);
            if (auto err = checkStationId(s.id); !err.empty()) {
                error(e->valueMark(), err);
                ok = false;
            } else {
                auto it = m_stations.find(s.id);
                indexed = it != m_stations.end() && it->second.index == index;
                if (!indexed) ok = false;  // a duplicate, already reported
            }
        } else ok = false;
    }
    if (const Entry* e = map->find("kind")) {
        if (auto v = readChoice(*e)) s.kind = *stationKindFromName(*v);
        else ok = false;
    }
    if (const Entry* e = map->find("label")) { if (auto v = readText(*e)) s.label = *v; }
    if (const Entry* e = map->find("group")) { if (auto v = readText(*e)) s.group = *v; }
    if (const Entry* e = map->find("position")) {
        if (auto v = readPosition(*e)) s.position = *v;
        else ok = false;
    }
    LinkMarks links;

    // Keys shared by several kinds.
    if (const Entry* e = map->find("workers")) {
        if (auto v = readInteger(*e)) s.workers = int(*v);
        else ok = false;
    }
    if (const Entry* e = map->find("service")) {
        if (auto v = readDistribution(*e)) s.service = *v;
        else ok = false;
    }
    if (const Entry* e = map->find("resolver")) {
        if (auto v = readStationRef(*e, StationKind::Resolver)) s.resolver = *v;
        else ok = false;
    }
    if (const Entry* e = map->find("retry")) readRetry(*e, s.retry);
    for (auto [key, field] : {std::pair{"concurrency_per_destination", &s.destinationConcurrency},
                              std::pair{"recipients_per_delivery", &s.destinationRecipients},
                              std::pair{"max_connections", &s.maxConnections}, std::pair{"queue_limit", &s.queueLimit}})
        if (const Entry* e = map->find(key)) {
            if (auto v = readInteger(*e)) *field = int(*v);
            else ok = false;
        }
    if (const Entry* e = map->find("rate_limit")) {
        if (auto v = readRate(*e)) s.rateLimitPerSecond = *v;
        else ok = false;
    }

    if (kind == StationKind::Client) {
        if (const Entry* e = map->find("user")) {
            // A pattern makes one device for many writers (a staff room, a classroom).
            if (auto v = readAddressList(*e); v && !v->empty()) {
                s.user = v->front().address;
                if (v->size() > 1)
                    for (const auto& item : *v) s.users.push_back(item.address);
                if (!e->value.IsScalar()) {
                    error(e->valueMark(), "user is one address (or one pattern like pupil{1..30}@school.test), not a list");
                    ok = false;
                }
            } else ok = false;
            if (s.users.size() > 1 && (map->find("read_from") || map->find("check"))) {
                error(e->valueMark(), "a client that stands for many writers cannot read mail; give each reader a client "
                                      "of its own with read_from");
                ok = false;
            }
        }
        if (const Entry* e = map->find("submit_to")) {
            if (auto v = readStationRef(*e, StationKind::Outgoing)) s.submitTo = *v;
            else ok = false;
        }
        if (const Entry* e = map->find("auth")) {
            if (auto v = readChoice(*e)) s.authenticates = *v == "true";
            else ok = false;
        }
        if (const Entry* e = map->find("read_from")) {
            if (auto v = readStationRef(*e, StationKind::Mailbox)) {
                s.readFrom = *v;
                links.readFrom = e->valueMark();
            } else ok = false;
        }
        if (const Entry* e = map->find("check")) {
            readCheck(*e, s.check);
            if (!map->find("read_from"))
                error(e->keyMark(), "check needs read_from: a client fetches mail from the mailbox it reads, like "
                                    "read_from: imap.example.org");
        }
        for (const auto& user : s.users.empty() ? std::vector<std::string>{s.user} : s.users) {
            if (user.empty()) continue;
            auto& c = m_clients[user];
            if (c.id.empty()) c.id = s.id;
            c.canSend = c.canSend || !s.submitTo.empty() || map->find("submit_to") != nullptr;
        }
    } else if (kind == StationKind::Resolver) {
        if (const Entry* e = map->find("lookup")) {
            if (auto v = readDistribution(*e)) s.lookup = *v;
            else ok = false;
        }
    } else if (kind == StationKind::Incoming) {
        if (const Entry* e = map->find("accepts")) {
            if (auto v = readDomainList(*e)) s.accepts = *v;
            else ok = false;
        }
        const Entry* deliverTo = map->find("deliver_to");
        const Entry* relayTo = map->find("relay_to");
        if (deliverTo) {
            if (auto v = readStationRef(*deliverTo, StationKind::Mailbox)) s.deliverTo = *v;
            else ok = false;
        }
        if (relayTo) {
            if (auto v = readStationRef(*relayTo, StationKind::Incoming)) {
                s.relayTo = *v;
                if (s.relayTo == s.id) {
                    error(relayTo->valueMark(), "relay_to names this station itself; name the next sorting station "
                                                "the letters go to, like relay_to: gw.example.org");
                    ok = false;
                }
            } else ok = false;
        }
        if (deliverTo && relayTo) {
            error(relayTo->keyMark(), "an incoming station either stores letters (deliver_to) or passes them on "
                                      "(relay_to), not both; keep one");
            ok = false;
        } else if (!deliverTo && !relayTo) {
            error(map->mark(), "an incoming station needs 'deliver_to' or 'relay_to', like deliver_to: box.example.org");
            ok = false;
        }
    } else if (kind == StationKind::Mailbox) {
        if (const Entry* e = map->find("users")) {
            if (auto v = readAddressList(*e)) {
                std::map<std::string, int> seen;
                for (const auto& item : *v) {
                    if (auto [it, fresh] = seen.emplace(item.address, item.mark.line); !fresh) {
                        error(item.mark, "user " + inQuotes(item.address) + " is listed twice in this mailbox (first on line " +
                                             std::to_string(it->second) + ")");
                        ok = false;
                        continue;
                    }
                    s.users.push_back(item.address);
                }
            } else ok = false;
        }
        if (const Entry* e = map->find("quota")) {
            if (auto v = readSize(*e)) s.quotaBytes = *v;
            else ok = false;
        }
    }
    if (!ok || !indexed || !kind) return;
    m_spec.stations.push_back(std::move(s));
    m_links.push_back(links);
}

void ScenarioReader::readRetry(const Entry& e, RetrySpec& retry)
{
    if (e.value.IsMap()) {
        const KeyPlaces Y = placeBit(KeyPlace::Retry);
        auto map = openMap(e.value, KeyPlace::Retry, Y, Y, 0, e.valueMark(), "{min: 5m, max: 1h, give_up: 5d}");
        if (!map) return;
        retry = RetrySpec{};
        retry.profile = RetrySpec::Profile::Custom;
        if (const Entry* x = map->find("profile")) {
            if (auto v = readChoice(*x)) applyRetryProfile(*v, retry);
        }
        if (const Entry* x = map->find("queue_scan")) { if (auto v = readDuration(*x)) retry.queueScan = *v; }
        if (const Entry* x = map->find("delay_warning")) { if (auto v = readDuration(*x)) retry.delayWarning = *v; }
        if (const Entry* x = map->find("min")) { if (auto v = readDuration(*x)) retry.minBackoff = *v; }
        if (const Entry* x = map->find("max")) { if (auto v = readDuration(*x)) retry.maxBackoff = *v; }
        if (const Entry* x = map->find("give_up")) { if (auto v = readDuration(*x)) retry.giveUp = *v; }
        if (const Entry* x = map->find("connect_timeout")) {
            if (auto v = readDuration(*x)) retry.connectTimeout = *v;
        }
        if (retry.maxBackoff < retry.minBackoff) {
            const Entry* x = map->find("max");
            if (!x) x = map->find("min");
            error(x ? x->valueMark() : map->mark(), "max (" + formatDuration(retry.maxBackoff) + ") is shorter than min (" +
                                                        formatDuration(retry.minBackoff) +
                                                        "); the longest wait cannot be shorter than the shortest");
        }
        return;
    }
    if (e.value.IsSequence()) {
        error(e.valueMark(), "retry should be postfix, exim, rfc or a map like {min: 5m, max: 1h, give_up: 5d}, but it "
                             "is a list");
        return;
    }
    auto v = readChoice(e);
    if (!v) return;
    retry = RetrySpec{};
    applyRetryProfile(*v, retry);
}

void ScenarioReader::applyRetryProfile(const std::string& name, RetrySpec& retry)
{
    if (name == "postfix") {
        retry.profile = RetrySpec::Profile::Postfix;  // the defaults: Postfix's main.cf
    } else if (name == "exim") {
        retry.profile = RetrySpec::Profile::Exim;  // the default retry rule: F,2h,15m; G,16h,1h,1.5; F,4d,6h
        retry.minBackoff = SimTime::fromSeconds(15 * 60);
        retry.maxBackoff = SimTime::fromSeconds(6 * 3600);
        retry.giveUp = SimTime::fromSeconds(4 * 86400);
        retry.connectTimeout = SimTime::fromSeconds(5 * 60);
    } else {
        retry.profile = RetrySpec::Profile::Rfc;  // RFC 5321 4.5.4.1: at least 30 min apart, 4-5 days
        retry.minBackoff = SimTime::fromSeconds(30 * 60);
        retry.maxBackoff = SimTime::fromSeconds(30 * 60);
        retry.giveUp = SimTime::fromSeconds(4 * 86400);
        retry.connectTimeout = SimTime::fromSeconds(5 * 60);  // RFC 5321 4.5.3.2.1: initial 220, 5 minutes
    }
    if (retry.profile != RetrySpec::Profile::Postfix) retry.queueScan = SimTime::zero();  // only Postfix's qmgr scans
}

void ScenarioReader::readCheck(const Entry& e, CheckSpec& check)
{
    const KeyPlaces K = placeBit(KeyPlace::Check);
    auto map = openMap(e.value, KeyPlace::Check, K, K, 0, e.valueMark(), "{protocol: pop3, every: 10m}");
    if (!map) return;
    std::optional<std::string> protocol;
    if (const Entry* x = map->find("protocol")) protocol = readChoice(*x);
    if (protocol)
        check.protocol = *protocol == "pop3"   ? CheckSpec::Protocol::Pop3
                         : *protocol == "imap" ? CheckSpec::Protocol::Imap
                                               : CheckSpec::Protocol::ImapIdle;
    if (const Entry* x = map->find("every")) {
        if (protocol && *protocol == "imap-idle")
            error(x->keyMark(), "every is only for pop3 and imap; with imap-idle the client hears of new mail at once, "
                                "so remove every or write protocol: imap");
        else if (auto v = readDuration(*x)) check.every = *v;
    }
    if (const Entry* x = map->find("leave_on_server")) {
        if (protocol && *protocol != "pop3")
            error(x->keyMark(), "leave_on_server is only for pop3; " + *protocol +
                                    " always leaves letters on the server, so remove leave_on_server or write "
                                    "protocol: pop3");
        else if (auto v = readChoice(*x)) check.leaveOnServer = *v == "true";
    }
}

void ScenarioReader::checkStationLinks()
{
    std::map<std::string, const StationSpec*> byId;
    for (const auto& s : m_spec.stations) byId.emplace(s.id, &s);
    for (std::size_t i = 0; i < m_spec.stations.size(); ++i) {
        const StationSpec& s = m_spec.stations[i];
        if (s.kind != StationKind::Client || s.readFrom.empty()) continue;
        auto it = byId.find(s.readFrom);
        if (it == byId.end()) continue;  // that mailbox has errors of its own
        const auto& users = it->second->users;
        if (std::find(users.begin(), users.end(), s.user) == users.end())
            error(m_links[i].readFrom, "read_from " + inQuotes(s.readFrom) + " does not hold the user " + inQuotes(s.user) +
                                           "; add it to that mailbox's users or read from another mailbox");
    }
}

void ScenarioReader::readRoads(const Entry& list)
{
    const KeyPlaces W = placeBit(KeyPlace::Road);
    for (const auto& node : readList(list)) {
        auto map = openMap(node, KeyPlace::Road, W, W, 0, list.valueMark(), "{between: [alice, smtp.example.org], latency: 20ms}");
        if (!map) continue;
        RoadSpec r;
        r.mark = map->mark();
        bool ok = true;
        if (const Entry* e = map->find("between")) {
            if (auto v = readStationPair(*e)) {
                r.a = v->first;
                r.b = v->second;
                if (r.a == r.b) {
                    error(e->valueMark(), "a road cannot lead from " + inQuotes(r.a) + " back to itself; join two different stations");
                    ok = false;
                } else {
                    const auto key = std::minmax(r.a, r.b);
                    const std::pair<std::string, std::string> pair{key.first, key.second};
                    if (auto it = m_roads.find(pair); it != m_roads.end()) {
                        error(e->valueMark(), "a road between " + inQuotes(r.a) + " and " + inQuotes(r.b) +
                                                  " is already defined on line " + std::to_string(it->second) +
                                                  "; keep one");
                        ok = false;
                    } else m_roads.emplace(pair, r.mark.line);
                }
            } else ok = false;
        }
        if (const Entry* e = map->find("latency")) {
            if (auto v = readDuration(*e)) r.latency = *v;
            else ok = false;
        }
        if (ok && map->find("between") && map->find("latency")) m_spec.roads.push_back(std::move(r));
    }
}

bool ScenarioReader::checkSender(const AddressItem& from)
{
    auto it = m_clients.find(from.address);
    if (it == m_clients.end()) {
        std::vector<std::string> users;
        for (const auto& [user, info] : m_clients) users.push_back(user);
        std::vector<std::string> shown;
        for (const auto& [user, info] : m_clients) shown.push_back(user + " (" + info.id + ")");
        std::string msg = "no client station has the user " + inQuotes(from.address);
        if (users.empty()) msg += "; there are no clients: add one, like {id: alice, kind: client, user: " + from.address +
                                  ", submit_to: ...}";
        else {
            if (auto s = suggest(from.address, users)) msg += "; did you mean '" + *s + "'? The clients' users are ";
            else msg += "; the clients' users are ";
            if (shown.size() > 6) {
                const std::size_t more = shown.size() - 5;
                shown.resize(5);
                shown.push_back(std::to_string(more) + " more");
            }
            msg += joinOr(shown, "and");
        }
        error(from.mark, msg);
        return false;
    }
    if (!it->second.canSend) {
        error(from.mark, "the client " + inQuotes(it->second.id) + " (" + from.address +
                             ") has no submit_to, so it cannot send letters; give it submit_to: with an outgoing station");
        return false;
    }
    return true;
}

void ScenarioReader::readLetter(const MapView& map)
{
    LetterSpec l;
    l.mark = map.mark();
    bool ok = true;
    if (const Entry* e = map.find("at")) {
        if (auto v = readDuration(*e)) l.at = *v;
        else ok = false;
    }
    if (const Entry* e = map.find("from")) {
        if (auto v = readAddress(*e)) {
            l.from = *v;
            checkSender({*v, e->valueMark()});
        } else ok = false;
    }
    std::size_t recipients = 0;
    auto readRecipients = [&](std::string_view key, std::vector<std::string>& out) {
        if (const Entry* e = map.find(key)) {
            if (auto v = readAddressList(*e)) {
                for (auto& item : *v) out.push_back(item.address);
                recipients += v->size();
            } else ok = false;
        }
    };
    readRecipients("to", l.to);
    readRecipients("cc", l.cc);
    readRecipients("bcc", l.bcc);
    if (ok && recipients == 0)
        error(map.mark(), "this letter has no recipients; add for example to: [bob@example.org]");
    if (const Entry* e = map.find("subject")) { if (auto v = readText(*e)) l.subject = *v; }
    if (const Entry* e = map.find("size")) {
        if (auto v = readSize(*e)) l.sizeBytes = *v;
        else ok = false;
    }
    if (ok && recipients > 0) m_spec.letters.push_back(std::move(l));
}

void ScenarioReader::readGenerator(const MapView& map)
{
    GeneratorSpec g;
    g.mark = map.mark();
    bool ok = true;
    std::optional<std::string> kind;
    if (const Entry* e = map.find("generate")) {
        kind = readChoice(*e);
        if (!kind) ok = false;
    }
    if (kind == "burst") g.kind = GeneratorSpec::Kind::Burst;
    else if (kind == "periodic") g.kind = GeneratorSpec::Kind::Periodic;
    else if (kind == "daily") g.kind = GeneratorSpec::Kind::Daily;

    // Each kind has its own timing key; the others do not belong to it.
    const std::array<std::pair<GeneratorSpec::Kind, std::string_view>, 4> timing{
        {{GeneratorSpec::Kind::Poisson, "rate"}, {GeneratorSpec::Kind::Burst, "at"},
         {GeneratorSpec::Kind::Periodic, "every"}, {GeneratorSpec::Kind::Daily, "per_hour"}}};
    if (kind) {
        for (const auto& [k, key] : timing) {
            const Entry* e = map.find(key);
            if (k == g.kind && !e) {
                error(map.mark(), "a " + *kind + " generator needs " + std::string(key) + ", like " + std::string(key) +
                                      ": " + std::string(findScenarioKey(placeBit(KeyPlace::Generator), key)->example));
                ok = false;
            } else if (k != g.kind && e) {
                error(e->keyMark(), std::string(key) + " belongs to a " + generatorKindName(k) + " generator, not to a " +
                                        *kind + " one; remove it");
                ok = false;
            }
        }
        if (g.kind == GeneratorSpec::Kind::Burst)
            if (const Entry* e = map.find("between")) {
                error(e->keyMark(), "a burst sends its one letter at 'at'; it has no between");
                ok = false;
            }
    }
    const Entry* rateEntry = map.find("rate");
    if (rateEntry) {
        if (auto v = readRate(*rateEntry)) g.ratePerSecond = *v;
        else ok = false;
    }
    if (const Entry* e = map.find("at")) {
        if (auto v = readDuration(*e)) g.at = *v;
        else ok = false;
    }
    if (const Entry* e = map.find("every")) {
        if (auto v = readDuration(*e)) g.every = *v;
        else ok = false;
    }
    const Entry* perHourEntry = map.find("per_hour");
    if (perHourEntry) {
        if (auto v = readHourlyRates(*perHourEntry)) g.perHour = *v;
        else ok = false;
    }
    if (const Entry* e = map.find("from")) {
        if (auto v = readAddressList(*e)) {
            if (g.kind == GeneratorSpec::Kind::Burst && v->size() > 1) {
                error(e->valueMark(), "a burst is one letter, so it has one sender; write from: " + v->front().address);
                ok = false;
            }
            // One message per faulty entry: a pattern's addresses share its mark.
            std::set<std::pair<int, int>> faulty;
            for (const auto& item : *v) {
                const auto where = std::pair{item.mark.line, item.mark.column};
                if (!faulty.count(where) && !checkSender(item)) faulty.insert(where);
                g.from.push_back(item.address);
            }
        } else ok = false;
    }
    if (const Entry* e = map.find("to")) {
        if (auto v = readAddressList(*e)) {
            for (const auto& item : *v) g.to.push_back(item.address);
        } else ok = false;
    }
    bool windowKnown = true;
    if (const Entry* e = map.find("between")) {
        if (auto v = readTimeWindow(*e)) {
            g.begin = v->first;
            g.end = v->second;
        } else windowKnown = ok = false;
    } else if (g.kind == GeneratorSpec::Kind::Burst) {
        g.begin = g.at;
        g.end = g.at;
    } else if (m_spec.until) {
        g.begin = SimTime::zero();
        g.end = *m_spec.until;
    } else {
        error(map.mark(), "a mail generator needs 'between', like between: [0s, 1h], when the scenario has no until");
        windowKnown = ok = false;
    }
    const Entry* sizing = rateEntry ? rateEntry : perHourEntry ? perHourEntry : map.find("every");
    if (sizing && windowKnown && ok) {
        const double expected = expectedLetters(g, m_spec.startEpochSeconds.value_or(0));
        if (expected > kMaxGeneratedLetters) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.0f", expected);
            error(sizing->valueMark(), "this generator would write about " + std::string(buf) +
                                           " letters (rate times time window); at most 10000000 are allowed, so lower "
                                           "the rate or shorten the time window");
            ok = false;
        }
    }
    if (const Entry* e = map.find("size")) {
        if (auto v = readSize(*e)) g.sizeBytes = *v;
        else ok = false;
    }
    if (const Entry* e = map.find("subject")) { if (auto v = readText(*e)) g.subject = *v; }
    if (ok) m_spec.generators.push_back(std::move(g));
}

std::optional<std::array<double, 24>> ScenarioReader::readHourlyRates(const Entry& e)
{
    if (!e.value.IsMap()) {
        error(e.value.IsNull() ? e.keyMark() : e.valueMark(),
              e.key + " should be a map from the hour of the day (0 to 23) to a rate, like " + e.key + ": " +
                  std::string(e.spec->example));
        return std::nullopt;
    }
    std::array<double, 24> rates{};
    std::array<bool, 24> seen{};
    bool ok = true;
    for (auto it = e.value.begin(); it != e.value.end(); ++it) {
        const SourceMark keyMark = markOf(it->first, e.valueMark());
        int hour = -1;
        if (it->first.IsScalar()) {
            const std::string t = trimCopy(it->first.Scalar());
            const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), hour);
            if (ec != std::errc() || ptr != t.data() + t.size()) hour = -1;
        }
        if (hour < 0 || hour > 23) {
            error(keyMark, "each key of " + e.key + " is an hour of the day, a whole number from 0 to 23, but this is " +
                               describeNode(it->first));
            ok = false;
            continue;
        }
        if (seen[std::size_t(hour)]) {
            error(keyMark, "hour " + std::to_string(hour) + " is given twice in " + e.key);
            ok = false;
            continue;
        }
        seen[std::size_t(hour)] = true;
        Entry rate{e.key, it->first, it->second, e.spec};
        if (auto v = readRate(rate)) rates[std::size_t(hour)] = *v;
        else ok = false;
    }
    if (!ok) return std::nullopt;
    return rates;
}

void ScenarioReader::readMail(const Entry& list)
{
    const KeyPlaces L = placeBit(KeyPlace::Letter);
    const KeyPlaces G = placeBit(KeyPlace::Generator);
    for (const auto& node : readList(list)) {
        const bool generator = node.IsMap() && node["generate"].IsDefined();
        const KeyPlace place = generator ? KeyPlace::Generator : KeyPlace::Letter;
        const KeyPlaces bits = generator ? G : L;
        auto map = openMap(node, place, bits, bits, L | G, list.valueMark(),
                           "{at: 0s, from: alice@example.org, to: bob@example.org}");
        if (!map) continue;
        if (generator) readGenerator(*map);
        else readLetter(*map);
    }
}

void ScenarioReader::readIncidents(const Entry& list)
{
    const KeyPlaces N = placeBit(KeyPlace::Incident);
    for (const auto& node : readList(list)) {
        auto map = openMap(node, KeyPlace::Incident, N, N, 0, list.valueMark(),
                           "{at: 5m, station: mx1.example.org, go: down, for: 20m}");
        if (!map) continue;
        IncidentSpec inc;
        inc.mark = map->mark();
        bool ok = true;
        if (const Entry* e = map->find("at")) {
            if (auto v = readDuration(*e)) inc.at = *v;
            else ok = false;
        }
        const Entry* station = map->find("station");
        const Entry* road = map->find("road");
        if (station && road) {
            const Entry* second = station->keyMark().line > road->keyMark().line ||
                                          (station->keyMark().line == road->keyMark().line &&
                                           station->keyMark().column > road->keyMark().column)
                                      ? station
                                      : road;
            error(second->keyMark(), "an incident names either a station or a road, not both; split it into two incidents");
            ok = false;
        } else if (!station && !road) {
            error(map->mark(), "an incident needs 'station' or 'road', like station: mx1.example.org or road: "
                               "[backbone, mx1.example.org]");
            ok = false;
        } else if (station) {
            if (auto v = readStationRef(*station, std::nullopt)) inc.station = *v;
            else ok = false;
        } else {
            if (auto v = readStationPair(*road)) {
                const auto key = std::minmax(v->first, v->second);
                if (m_roads.count({key.first, key.second}) == 0) {
                    error(road->valueMark(), "there is no road between " + inQuotes(v->first) + " and " + inQuotes(v->second) +
                                                 "; an incident can only close a road listed under roads:");
                    ok = false;
                } else inc.road = *v;
            } else ok = false;
        }
        if (const Entry* e = map->find("go")) {
            if (auto v = readChoice(*e)) inc.goDown = *v == "down";
            else ok = false;
        }
        if (const Entry* e = map->find("for")) {
            if (auto v = readDuration(*e)) inc.duration = *v;
            else ok = false;
        }
        if (ok) m_spec.incidents.push_back(std::move(inc));
    }
}

// ---------------------------------------------------------------------------------------------

LoadResult finish(Diagnostics errors, std::optional<ScenarioSpec> spec)
{
    LoadResult result;
    std::stable_sort(errors.begin(), errors.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    errors.erase(std::unique(errors.begin(), errors.end(),
                             [](const Diagnostic& a, const Diagnostic& b) {
                                 return a.line == b.line && a.column == b.column && a.text == b.text;
                             }),
                 errors.end());
    if (errors.size() > kMaxReportedErrors) {
        const std::size_t more = errors.size() - kMaxReportedErrors;
        Diagnostic next = errors[kMaxReportedErrors];
        errors.resize(kMaxReportedErrors);
        next.text = "and " + std::to_string(more) + " more errors after this point, not shown; fix these first";
        errors.push_back(std::move(next));
    }
    result.errors = std::move(errors);
    if (result.errors.empty()) result.spec = std::move(spec);
    return result;
}

LoadResult oneError(const std::string& file, int line, int column, std::string text)
{
    LoadResult r;
    r.errors.push_back({file, line, column, std::move(text)});
    return r;
}

std::string mebibytes(std::uintmax_t bytes)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f MiB", double(bytes) / (1024.0 * 1024.0));
    return buf;
}

std::string tooLarge(std::uintmax_t bytes)
{
    return "the file is " + std::to_string(bytes) + " bytes (" + mebibytes(bytes) + "); a scenario may be at most " +
           std::to_string(kMaxScenarioBytes) + " bytes (16 MiB)";
}

} // namespace

LoadResult loadScenarioText(std::string_view text, const std::string& fileName)
{
    try {
        if (text.size() > kMaxScenarioBytes) return oneError(fileName, 1, 1, tooLarge(text.size()));
        if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF')))
            return oneError(fileName, 1, 1, "the file is saved as UTF-16; save it as UTF-8 text");
        if (auto nul = text.find('\0'); nul != std::string_view::npos)
            return oneError(fileName, 1, 1, "this is not a text file (it holds a NUL byte at byte " + std::to_string(nul) +
                                                "); a scenario must be plain UTF-8 text");
        if (auto bad = firstInvalidUtf8(text); bad != std::string_view::npos)
            return oneError(fileName, 1, 1, "this is not a text file (byte " + std::to_string(bad) +
                                                " is not valid UTF-8); a scenario must be plain UTF-8 text");
        if (auto deep = findDeepNesting(text))
            return oneError(fileName, deep->line, deep->column,
                            "lists and maps are nested more than " + std::to_string(kMaxNesting) +
                                " deep here; a scenario never needs that many levels");

        // yaml-cpp 0.7's LoadAll can loop forever, allocating, after some syntax errors (a stray ','
        // at the start of a line; fixed upstream in 2024, jbeder/yaml-cpp#1319). So the document
        // structure is probed with the event parser, asking for at most two documents, and only
        // then is the first document loaded into nodes.
        YAML::Node root;
        std::optional<SourceMark> secondDocument;
        std::string secondText;
        try {
            std::istringstream in{std::string(text)};
            YAML::Parser parser(in);
            DocumentProbe first;
            const bool any = parser.HandleNextDocument(first);
            if (any && first.onlyNull && first.first) {
                const char c = charAt(text, *first.first);
                if (c == ',' || c == ']' || c == '}')
                    return oneError(fileName, first.first->line + 1, first.first->column + 1, strayTokenMessage(c));
            }
            DocumentProbe second;
            if (any && parser.HandleNextDocument(second)) {
                const YAML::Mark m = second.first.value_or(YAML::Mark());
                const char c = charAt(text, m);
                if (c == ',' || c == ']' || c == '}') return oneError(fileName, m.line + 1, m.column + 1, strayTokenMessage(c));
                if (!second.onlyNull || second.nodes > 1) {
                    secondDocument = SourceMark{m.line >= 0 ? m.line + 1 : 1, m.column >= 0 ? m.column + 1 : 1};
                    secondText = "a second YAML document starts here (after ---); put the whole scenario in one document";
                }
            }
            root = YAML::Load(std::string(text));
        } catch (const YAML::DeepRecursion& e) {
            return oneError(fileName, e.mark.line + 1, e.mark.column + 1,
                            "lists and maps are nested too deeply here; a scenario never needs that many levels");
        } catch (const YAML::Exception& e) {
            const int line = e.mark.line >= 0 ? e.mark.line + 1 : 1;
            const int column = e.mark.column >= 0 ? e.mark.column + 1 : 1;
            return oneError(fileName, line, column, friendlyYamlMessage(e.msg, text, e.mark.line));
        }
        if (!root.IsDefined() || root.IsNull())
            return oneError(fileName, 1, 1, "the file is empty; a scenario starts with format: postie/1");

        ScenarioReader reader(fileName);
        if (secondDocument) reader.errors().push_back({fileName, secondDocument->line, secondDocument->column, secondText});
        reader.read(root);
        return finish(std::move(reader.errors()), std::move(reader.spec()));
    } catch (const std::bad_alloc&) {
        return oneError(fileName, 1, 1, "the file needs more memory to read than there is; make it smaller");
    } catch (const std::exception& e) {
        return oneError(fileName, 1, 1, std::string("the file could not be read: ") + e.what());
    } catch (...) {
        return oneError(fileName, 1, 1, "the file could not be read (an unexpected error)");
    }
}

LoadResult loadScenarioFile(const std::string& path)
{
    try {
        namespace fs = std::filesystem;
        std::error_code ec;
        const fs::path p(path);
        const auto status = fs::status(p, ec);
        if (ec || !fs::exists(status))
            return oneError(path, 1, 1, "cannot find the scenario file; check the name and the folder");
        if (fs::is_directory(status)) return oneError(path, 1, 1, "this is a folder, not a scenario file");
        if (fs::is_regular_file(status)) {
            const auto size = fs::file_size(p, ec);
            if (!ec && size > kMaxScenarioBytes) return oneError(path, 1, 1, tooLarge(size));
        }
        std::ifstream in(p, std::ios::binary);
        if (!in) return oneError(path, 1, 1, "cannot open the scenario file; check that you may read it");
        // Read at most one byte past the limit, so that a device or pipe cannot make us read forever.
        std::string text;
        text.resize(kMaxScenarioBytes + 1);
        in.read(text.data(), std::streamsize(text.size()));
        text.resize(std::size_t(in.gcount()));
        if (in.bad()) return oneError(path, 1, 1, "cannot read the scenario file; the disk reported an error");
        if (text.size() > kMaxScenarioBytes)
            return oneError(path, 1, 1, "the file is larger than " + std::to_string(kMaxScenarioBytes) +
                                            " bytes (16 MiB), the most a scenario may be");
        return loadScenarioText(text, path);
    } catch (const std::bad_alloc&) {
        return oneError(path, 1, 1, "the file needs more memory to read than there is; make it smaller");
    } catch (const std::exception& e) {
        return oneError(path, 1, 1, std::string("the file could not be read: ") + e.what());
    }
}

} // namespace postie
