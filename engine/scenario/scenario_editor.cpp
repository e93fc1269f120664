#include "scenario/scenario_editor.h"

#include "scenario/scenario_keys.h"
#include "scenario/scenario_spec.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <optional>

namespace postie {
namespace {

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

bool plainIsSafe(std::string_view v)
{
    if (v.empty() || v.front() == ' ' || v.back() == ' ') return false;
    // Plain, these read as no value at all.
    for (std::string_view none : {"~", "null", "Null", "NULL"})
        if (v == none) return false;
    if (std::string_view("-?:&*!|>%@`'\"").find(v.front()) != std::string_view::npos &&
        !(v.front() == '-' && v.size() > 1 && v[1] != ' '))
        return false;
    // ':' may end a key, ',' and brackets a flow entry, '#' start a comment.
    return v.find_first_of(":,[]{}#\"'\\\t\r\n") == std::string_view::npos;
}

std::optional<StationKind> kindFromName(std::string_view name)
{
    for (StationKind k : kStationKinds)
        if (name == stationKindName(k)) return k;
    return std::nullopt;
}

// Keys that hold a whole structure, or name the station itself, take no single value. A text
// in several languages (title, summary, label) is replaced by the one text given.
bool settable(const ScenarioKey& key)
{
    switch (key.type) {
    case ValueType::List:
    case ValueType::StationId:
    case ValueType::StationPair:
    case ValueType::Position:
    case ValueType::TimeWindow:
    case ValueType::Check:
    case ValueType::Section:
    case ValueType::TextList:
    case ValueType::HeaderLines:
    case ValueType::Choices: return false;
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

// How many characters the flow map starting at `pos` ("{en: ..., de: ...}") takes, its quoted
// texts skipped; nothing when it is not a flow map or does not close.
std::optional<std::size_t> flowMapLength(std::string_view text, std::size_t pos)
{
    if (pos >= text.size() || text[pos] != '{') return std::nullopt;
    int depth = 0;
    for (std::size_t i = pos; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"' || c == '\'') {
            const auto quoted = scalarLength(text, i, {});
            if (!quoted) return std::nullopt;
            i += *quoted - 1;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return i + 1 - pos;
        }
    }
    return std::nullopt;
}

std::size_t position(const YAML::Node& node) { return std::size_t(std::max(0, node.Mark().pos)); }

std::string unknownKey(std::string_view key, const std::string& where, KeyPlaces places)
{
    std::string text = where + " has no key " + quoted(key);
    if (auto close = closestMatch(key, scenarioKeyNames(places))) text += "; did you mean " + quoted(*close) + "?";
    else text += "; postie-cli keys lists them all";
    return text;
}

std::optional<YAML::Node> parse(const std::string& text, std::string& error)
{
    try {
        YAML::Node root = YAML::Load(text);
        if (root.IsMap()) return root;
        error = "the scenario is not a map of keys";
    } catch (const YAML::Exception& e) {
        error = std::string("the scenario cannot be read: ") + e.what();
    }
    return std::nullopt;
}

std::size_t lineStart(std::string_view text, int line)
{
    std::size_t pos = 0;
    for (int i = 0; i < line && pos != std::string_view::npos; ++i) {
        pos = text.find('\n', pos);
        if (pos != std::string_view::npos) ++pos;
    }
    return pos == std::string_view::npos ? text.size() : pos;
}

} // namespace

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

std::string flowEntry(const std::vector<EntryField>& fields)
{
    std::string out = "{";
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const EntryField& f = fields[i];
        out += (i ? ", " : "") + f.key + ": ";
        if (!f.list && f.values.size() == 1) {
            out += yamlScalar(f.values.front());
            continue;
        }
        out += "[";
        for (std::size_t k = 0; k < f.values.size(); ++k) out += (k ? ", " : "") + yamlScalar(f.values[k]);
        out += "]";
    }
    return out + "}";
}

std::string ScenarioEditor::set(std::string_view station, std::string_view key, std::string_view value,
                                std::string_view action)
{
    std::string error;
    const std::optional<YAML::Node> root = parse(m_text, error);
    if (!root) return error;
    const std::string how(action);
    // Nodes are references: emplaced once, never assigned (that would write into the tree).
    std::optional<YAML::Node> map;
    std::string where;
    const ScenarioKey* found = nullptr;
    if (station.empty()) {
        const ScenarioKey* k = found = findScenarioKey(placeBit(KeyPlace::TopLevel), key);
        if (!k) return unknownKey(key, "the scenario", placeBit(KeyPlace::TopLevel));
        if (!settable(*k)) return "the scenario's " + quoted(key) + " is a list; " + how + " replaces single values only";
        map.emplace(*root);
        where = "the scenario";
    } else {
        std::vector<std::string> ids;
        for (const YAML::Node& s : (*root)["stations"]) {
            const YAML::Node id = s["id"];
            if (!id.IsScalar()) continue;
            ids.push_back(id.Scalar());
            if (id.Scalar() != station) continue;
            const auto kind = kindFromName(s["kind"].IsScalar() ? s["kind"].Scalar() : "");
            if (!kind) return "station " + quoted(station) + " has no kind";
            where = "station " + quoted(station) + " (" + stationKindName(*kind) + ")";
            const KeyPlaces places = stationPlaces(*kind);
            const ScenarioKey* k = found = findScenarioKey(places, key);
            if (!k) return unknownKey(key, where, places);
            if (!settable(*k)) return where + ": " + quoted(key) + " cannot be " + how;
            map.emplace(s);
            break;
        }
        if (!map) {
            std::string text = "no station " + quoted(station);
            if (auto close = closestMatch(station, ids)) text += "; did you mean " + quoted(*close) + "?";
            return text;
        }
    }
    for (const auto& entry : *map) {
        if (!entry.first.IsScalar() || entry.first.Scalar() != key) continue;
        const YAML::Node& v = entry.second;
        const std::size_t pos = position(v);
        // A text in several languages ({en: ..., de: ..., fr: ...}) becomes the one text, in every language.
        if (v.IsMap() && found->type == ValueType::LessonText) {
            const auto length = flowMapLength(m_text, pos);
            if (!length)
                return where + " writes " + quoted(key) + " in several languages over several lines; write them in braces to " + how + " it";
            m_text.replace(pos, *length, yamlScalar(value));
            return {};
        }
        if (!v.IsScalar())
            return where + " writes " + quoted(key) + " as a list or map; " + how + " replaces single values only";
        const auto length = scalarLength(m_text, pos, v.Scalar());
        if (!length) return where + " writes " + quoted(key) + " over several lines; write it on one line to " + how + " it";
        m_text.replace(pos, *length, yamlScalar(value));
        return {};
    }
    // A key the map leaves out: right after the '{' of a flow map, or before the first key of a
    // block map, followed by a line break and that key's indentation.
    const std::size_t pos = position(*map);
    const std::string added = std::string(key) + ": " + yamlScalar(value);
    if (pos < m_text.size() && m_text[pos] == '{') m_text.insert(pos + 1, added + ", ");
    else m_text.insert(pos, added + "\n" + std::string(std::size_t(std::max(0, map->Mark().column)), ' '));
    return {};
}

std::string ScenarioEditor::append(std::string_view list, std::string_view entry, std::string_view comment)
{
    std::string error;
    const std::optional<YAML::Node> root = parse(m_text, error);
    if (!root) return error;
    const std::string item = "- " + std::string(entry) + (comment.empty() ? "" : "  " + std::string(comment));
    const std::string name(list);
    std::optional<YAML::Node> keyNode, value;  // emplaced, never assigned (see set)
    for (const auto& e : *root)
        if (e.first.IsScalar() && e.first.Scalar() == name) {
            keyNode.emplace(e.first);
            value.emplace(e.second);
            break;
        }
    if (!keyNode) {
        // No such list yet: a new block at the end, after a blank line.
        if (!m_text.empty() && m_text.back() != '\n') m_text += '\n';
        if (!m_text.empty() && m_text.size() >= 2 && m_text[m_text.size() - 2] != '\n') m_text += '\n';
        m_text += name + ":\n  " + item + "\n";
        return {};
    }
    if (keyNode->Mark().column != 0) return "the scenario is written as one map in braces; " + name + ": cannot be extended";
    if (value->IsSequence() && value->Style() == YAML::EmitterStyle::Flow) {
        const std::size_t open = position(*value);
        const std::size_t close = m_text.find(']', open);
        if (value->size() != 0 || close == std::string::npos || m_text.find('\n', open) < close)
            return name + ": is written as a list in brackets; write its entries one per line, each starting with '- '";
        m_text.erase(open, close + 1 - open);  // an empty [] becomes an empty block
    } else if (!value->IsNull() && !value->IsSequence()) {
        return name + ": is not a list";
    }
    // The block goes on while lines are indented or list items; comments and blank lines
    // between them belong to it, those after it do not.
    const int keyLine = keyNode->Mark().line;
    std::size_t end = m_text.find('\n', lineStart(m_text, keyLine));
    end = end == std::string::npos ? m_text.size() : end + 1;
    std::string indent = "  ";
    bool sawItem = false;
    for (std::size_t at = end; at < m_text.size();) {
        std::size_t next = m_text.find('\n', at);
        next = next == std::string::npos ? m_text.size() : next + 1;
        const std::string_view line(m_text.data() + at, next - at);
        const std::size_t first = line.find_first_not_of(" \t\r\n");
        if (first == std::string_view::npos || line[first] == '#') {
            at = next;
            continue;
        }
        if (line[0] != ' ' && line[0] != '\t' && line[0] != '-') break;
        if (!sawItem) {
            if (line[first] == '-') indent = std::string(line.substr(0, first));
            sawItem = true;
        }
        end = next;
        at = next;
    }
    std::string added = indent + item + "\n";
    if (end == m_text.size() && !m_text.empty() && m_text.back() != '\n') added = "\n" + added;
    m_text.insert(end, added);
    return {};
}

} // namespace postie
