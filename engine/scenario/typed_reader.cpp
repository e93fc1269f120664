// The reader's typed values: maps and their keys, numbers, durations, sizes, addresses, lists.
#include "scenario/scenario_reader.h"

#include "scenario/address_pattern.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <type_traits>
#include <variant>

namespace postie::scenario_reading {

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

// --- keys read through the key table --------------------------------------------------------

// One value into a member of its type: true when read, false when bad, nothing when the key's
// type is not read this way (a retry profile, a time window: read by hand).
template <typename Value>
std::optional<bool> ScenarioReader::readMember(const Entry& e, Value& out)
{
    auto store = [&](auto v) {
        if (v) out = Value(*v);
        return v.has_value();
    };
    const ValueType type = e.spec->type;
    if constexpr (std::is_same_v<Value, std::string>) {
        if (type == ValueType::Text) return store(readText(e));
        if (type == ValueType::Choice) return store(readChoice(e));
        if (type == ValueType::Address) return store(readAddress(e));
    } else if constexpr (std::is_same_v<Value, bool>) {
        if (type == ValueType::Choice) {
            const auto v = readChoice(e);
            if (v) out = *v == "true";
            return v.has_value();
        }
    } else if constexpr (std::is_same_v<Value, int>) {
        if (type == ValueType::Integer) return store(readInteger(e));
    } else if constexpr (std::is_same_v<Value, std::uint64_t>) {
        if (type == ValueType::Seed) return store(readSeed(e));
        if (type == ValueType::Size) return store(readSize(e));
    } else if constexpr (std::is_same_v<Value, double>) {
        if (type == ValueType::Rate) return store(readRate(e));
        if (type == ValueType::Speed) return store(readSpeed(e));
        if (type == ValueType::Number) return store(readNumber(e));
    } else if constexpr (std::is_same_v<Value, SimTime>) {
        if (type == ValueType::Duration) return store(readDuration(e));
    } else if constexpr (std::is_same_v<Value, Distribution>) {
        if (type == ValueType::Distribution) return store(readDistribution(e));
    } else if constexpr (std::is_same_v<Value, LessonText>) {
        if (type == ValueType::LessonText) return store(readPlainOrLessonText(e));
    }
    return std::nullopt;
}

template <typename Owner>
bool ScenarioReader::readMembers(const MapView& map, Owner& target, KeyPlaces places)
{
    bool ok = true;
    for (const Entry& e : map.entries) {
        if ((e.spec->places & places) == 0) continue;
        std::visit(
            [&]<typename Member>([[maybe_unused]] Member member) {
                if constexpr (!std::is_same_v<Member, std::monostate>) {
                    if constexpr (std::is_same_v<typename SpecMemberParts<Member>::OwnerType, Owner>)
                        if (readMember(e, target.*member) == false) ok = false;
                }
            },
            e.spec->member);
    }
    return ok;
}

template bool ScenarioReader::readMembers(const MapView&, ScenarioSpec&, KeyPlaces);
template bool ScenarioReader::readMembers(const MapView&, DnsRecordSpec&, KeyPlaces);
template bool ScenarioReader::readMembers(const MapView&, StationSpec&, KeyPlaces);
template bool ScenarioReader::readMembers(const MapView&, RetrySpec&, KeyPlaces);
template bool ScenarioReader::readMembers(const MapView&, LetterSpec&, KeyPlaces);
template bool ScenarioReader::readMembers(const MapView&, GeneratorSpec&, KeyPlaces);

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

std::optional<double> ScenarioReader::readNumber(const Entry& e)
{
    auto text = scalar(e);
    if (!text) return std::nullopt;
    const std::string t = trimCopy(*text);
    double v = 0;
    const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    const bool parsed = ec == std::errc() && ptr == t.data() + t.size() && !t.empty() && std::isfinite(v);
    if (!parsed || (e.spec->limited && (v < e.spec->min || v > e.spec->max))) {
        error(e.valueMark(), e.key + " must be a number from " + scenarioKeyLimits(*e.spec) + ", like " +
                                 std::string(e.spec->example) + ", but it is " + inQuotes(*text));
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

std::optional<std::vector<YAML::Node>> ScenarioReader::listEntries(const Entry& e, std::string_view one,
                                                                   std::string_view many)
{
    std::vector<YAML::Node> items;
    if (e.value.IsScalar()) items.push_back(e.value);
    else if (e.value.IsSequence())
        for (auto it = e.value.begin(); it != e.value.end(); ++it) items.push_back(*it);
    else if (!e.value.IsNull()) {
        error(e.valueMark(), e.key + " should be a list of " + std::string(many) + ", like " + e.key + ": " +
                                 std::string(e.spec->example) + ", but it is " + describeNode(e.value));
        return std::nullopt;
    }
    if (items.empty()) {
        error(e.valueMark(), e.key + " needs at least one " + std::string(one) + ", like " + e.key + ": " +
                                 std::string(e.spec->example));
        return std::nullopt;
    }
    if (double(items.size()) > e.spec->max) {
        error(e.valueMark(), e.key + " may list at most " + std::to_string(std::llround(e.spec->max)) + " " +
                                 std::string(many) + ", but it lists " + std::to_string(items.size()));
        return std::nullopt;
    }
    return items;
}

std::optional<std::vector<HeaderField>> ScenarioReader::readHeaderLines(const Entry& e)
{
    const auto items = listEntries(e, "header line", "header lines");
    if (!items) return std::nullopt;
    std::vector<HeaderField> out;
    bool ok = true;
    for (const auto& item : *items) {
        const SourceMark m = markOf(item, e.valueMark());
        HeaderField field;
        std::string err = item.IsScalar() ? checkHeaderLine(item.Scalar(), field)
                                          : "each entry of " + e.key + " should be a header line in quotes, like \"X-Mailer: "
                                            "Postie Mail 1.0\", but this is " + describeNode(item);
        if (!err.empty()) {
            error(m, err);
            ok = false;
            continue;
        }
        out.push_back(std::move(field));
    }
    if (!ok) return std::nullopt;
    return out;
}

std::optional<std::string> ScenarioReader::readDomainValue(const Entry& e, bool needDot, bool underscores)
{
    auto text = scalar(e);
    if (!text) return std::nullopt;
    std::string out;
    if (auto err = checkDomain(trimCopy(*text), needDot, out, underscores); !err.empty()) {
        error(e.valueMark(), err);
        return std::nullopt;
    }
    return out;
}

std::optional<std::vector<std::string>> ScenarioReader::readDomainList(const Entry& e)
{
    const auto items = listEntries(e, "domain", "domains");
    if (!items) return std::nullopt;
    std::vector<std::string> out;
    bool ok = true;
    for (const auto& item : *items) {
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
    const DeclaredStation& info = m_stations.at(id);
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

} // namespace postie::scenario_reading
