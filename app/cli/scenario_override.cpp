#include "scenario_override.h"

#include "scenario/scenario_keys.h"
#include "scenario/scenario_spec.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace postie::cli {
namespace {

struct Edit {
    std::size_t pos;
    std::size_t length;  // characters replaced
    std::string text;
};

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

std::optional<StationKind> kindFromName(std::string_view name)
{
    for (StationKind k : {StationKind::Client, StationKind::Outgoing, StationKind::Resolver, StationKind::Incoming,
                          StationKind::Mailbox, StationKind::Router})
        if (name == stationKindName(k)) return k;
    return std::nullopt;
}

// Keys that hold a whole structure, or name the station itself, cannot take one --set value.
bool settable(const ScenarioKey& key)
{
    switch (key.type) {
    case ValueType::List:
    case ValueType::StationId:
    case ValueType::StationPair:
    case ValueType::Position:
    case ValueType::TimeWindow:
    case ValueType::Check: return false;
    default: return true;
    }
}

// How many characters the scalar starting at `pos` takes in the text, or nothing when it is
// not written on one line as itself (a block scalar, a folded plain scalar).
std::optional<std::size_t> scalarLength(std::string_view text, std::size_t pos, const std::string& value)
{
    if (pos >= text.size()) return std::nullopt;
    const char open = text[pos];
    if (open == '"' || open == '\'') {
        for (std::size_t i = pos + 1; i < text.size(); ++i) {
            if (text[i] == '\n') return std::nullopt;
            if (open == '"' && text[i] == '\\') {
                ++i;
            } else if (text[i] == open) {
                if (open == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                    ++i;  // '' is a quote inside single quotes
                    continue;
                }
                return i + 1 - pos;
            }
        }
        return std::nullopt;
    }
    if (text.compare(pos, value.size(), value) != 0) return std::nullopt;
    return value.size();
}

// Where a new key goes in a map: right after the '{' of a flow map, or before the first key
// of a block map, followed by a line break and that key's indentation.
Edit insertion(std::string_view text, const YAML::Node& map, const std::string& key, const std::string& value)
{
    const YAML::Mark m = map.Mark();
    const auto pos = std::size_t(std::max(0, m.pos));
    const std::string entry = key + ": " + yamlScalar(value);
    if (pos < text.size() && text[pos] == '{') return {pos + 1, 0, entry + ", "};
    return {pos, 0, entry + "\n" + std::string(std::size_t(std::max(0, m.column)), ' ')};
}

// The edit that puts `value` under `key` in `map`, or an error.
std::string editFor(std::string_view text, const YAML::Node& map, const std::string& key, const std::string& value,
                    const std::string& where, std::vector<Edit>& edits)
{
    for (const auto& entry : map) {
        if (!entry.first.IsScalar() || entry.first.Scalar() != key) continue;
        const YAML::Node& v = entry.second;
        if (!v.IsScalar())
            return where + " writes " + quoted(key) + " as a list or map; --set replaces single values only";
        const auto pos = std::size_t(std::max(0, v.Mark().pos));
        const auto length = scalarLength(text, pos, v.Scalar());
        if (!length)
            return where + " writes " + quoted(key) + " over several lines; write it on one line to --set it";
        edits.push_back({pos, *length, yamlScalar(value)});
        return {};
    }
    edits.push_back(insertion(text, map, key, value));
    return {};
}

std::string unknownKey(const std::string& key, const std::string& where, KeyPlaces places)
{
    std::string text = where + " has no key " + quoted(key);
    if (auto close = closestMatch(key, scenarioKeyNames(places))) text += "; did you mean " + quoted(*close) + "?";
    else text += "; postie-cli keys lists them all";
    return text;
}

std::string applyOne(std::string_view text, const YAML::Node& root, const ScenarioOverride& o, std::vector<Edit>& edits)
{
    if (o.station.empty()) {
        const ScenarioKey* key = findScenarioKey(placeBit(KeyPlace::TopLevel), o.key);
        if (!key) return unknownKey(o.key, "the scenario", placeBit(KeyPlace::TopLevel));
        if (!settable(*key)) return "the scenario's " + quoted(o.key) + " is a list; --set replaces single values only";
        return editFor(text, root, o.key, o.value, "the scenario", edits);
    }
    std::vector<std::string> ids;
    for (const auto& station : root["stations"]) {
        const YAML::Node id = station["id"];
        if (!id.IsScalar()) continue;
        ids.push_back(id.Scalar());
        if (id.Scalar() != o.station) continue;
        const auto kind = kindFromName(station["kind"].IsScalar() ? station["kind"].Scalar() : "");
        if (!kind) return "station " + quoted(o.station) + " has no kind";
        const std::string where = "station " + quoted(o.station) + " (" + stationKindName(*kind) + ")";
        const KeyPlaces places = stationPlaces(*kind);
        const ScenarioKey* key = findScenarioKey(places, o.key);
        if (!key) return unknownKey(o.key, where, places);
        if (!settable(*key)) return where + ": " + quoted(o.key) + " cannot be --set";
        return editFor(text, station, o.key, o.value, where, edits);
    }
    std::string error = "no station " + quoted(o.station);
    if (auto close = closestMatch(o.station, ids)) error += "; did you mean " + quoted(*close) + "?";
    return error;
}

bool plainIsSafe(std::string_view v)
{
    if (v.empty() || v.front() == ' ' || v.back() == ' ' || v.back() == ':') return false;
    if (std::string_view("-?:&*!|>%@`'\"").find(v.front()) != std::string_view::npos &&
        !(v.front() == '-' && v.size() > 1 && v[1] != ' '))
        return false;
    if (v.find_first_of(",[]{}#\"'\\\t\r\n") != std::string_view::npos) return false;
    return v.find(": ") == std::string_view::npos;
}

} // namespace

ScenarioOverride overrideFromPath(std::string_view path, std::string value)
{
    const auto dot = path.rfind('.');
    if (dot == std::string_view::npos) return {"", std::string(path), std::move(value)};
    return {std::string(path.substr(0, dot)), std::string(path.substr(dot + 1)), std::move(value)};
}

std::string yamlScalar(std::string_view value)
{
    if (plainIsSafe(value)) return std::string(value);
    std::string out = "\"";
    for (char c : value) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
    return out + "\"";
}

OverrideResult applyOverrides(std::string_view text, const std::vector<ScenarioOverride>& overrides)
{
    YAML::Node root;
    try {
        root = YAML::Load(std::string(text));
    } catch (const YAML::Exception& e) {
        return {{}, std::string("the scenario cannot be read: ") + e.what()};
    }
    if (!root.IsMap()) return {{}, "the scenario is not a map of keys"};
    std::vector<Edit> edits;
    for (std::size_t i = 0; i < overrides.size(); ++i)
        if (std::string error = applyOne(text, root, overrides[i], edits); !error.empty()) return {{}, error, i};
    // Apply from the end of the text backwards, so that earlier positions stay valid.
    std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.pos > b.pos; });
    std::string out(text);
    for (const auto& e : edits) out.replace(e.pos, e.length, e.text);
    return {out, {}};
}

std::optional<std::string> readScenarioText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace postie::cli
