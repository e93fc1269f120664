#include "scenario/scenario_editor.h"

#include "scenario/list_entry_places.h"
#include "scenario/scenario_keys.h"
#include "scenario/scenario_text_checks.h"
#include "scenario/scenario_spec.h"
#include "scenario/yaml_guard.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <set>

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
    // ':' may end a key, ',' and brackets a flow entry, '#' start a comment; yaml-cpp reads
    // no '?' inside a plain value in a flow map ("{subject: Lunch?}" is a syntax error to it).
    return v.find_first_of(":,[]{}#?\"'\\\t\r\n") == std::string_view::npos;
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

// How many characters the flow map or list starting at `pos` ("{en: ..., de: ...}", "[1, 2]")
// takes, its quoted texts skipped; nothing when it is not one or does not close.
std::optional<std::size_t> flowMapLength(std::string_view text, std::size_t pos)
{
    if (pos >= text.size() || (text[pos] != '{' && text[pos] != '[')) return std::nullopt;
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
    scenario_reading::YamlReading read = scenario_reading::readScenarioYaml(text);
    if (!read.root) {
        error = "the scenario cannot be read: line " + std::to_string(read.error.line) + ", column " +
                std::to_string(read.error.column) + ": " + read.errorText;
        return std::nullopt;
    }
    if (read.root->IsMap()) return *read.root;
    error = "the scenario is not a map of keys";
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

// "[x, y]" as written back for a position, or nothing when `value` is not two numbers in brackets.
std::optional<std::string> positionValue(std::string_view value)
{
    try {
        const std::optional<YAML::Node> read = scenario_reading::readScenarioYaml(value).root;
        if (!read) return std::nullopt;
        const YAML::Node& node = *read;
        if (!node.IsSequence() || node.size() != 2) return std::nullopt;
        std::string out = "[";
        for (std::size_t i = 0; i < 2; ++i) {
            if (!node[i].IsScalar()) return std::nullopt;
            const std::string& n = node[i].Scalar();
            char* end = nullptr;
            std::strtod(n.c_str(), &end);
            if (n.empty() || end != n.c_str() + n.size()) return std::nullopt;
            out += (i ? ", " : "") + n;
        }
        return out + "]";
    } catch (const YAML::Exception&) {
        return std::nullopt;
    }
}

// A list or map value as written back ("[a.test, b.test]", "{protocol: pop3, every: 10m}",
// "{en: Town, de: Stadt}"), for a key that holds one, each scalar quoted where YAML needs it; nothing for any other value.
bool holdsList(ValueType type)
{
    return type == ValueType::DomainList || type == ValueType::AddressList || type == ValueType::HeaderLines;
}
bool holdsMap(ValueType type) { return type == ValueType::Check || type == ValueType::Retry; }

std::optional<std::string> flowValue(std::string_view value, ValueType type)
{
    const bool list = holdsList(type);
    // A text may be given in several languages: {en: ..., de: ..., fr: ...}.
    const bool map = holdsMap(type) || type == ValueType::LessonText;
    if (value.empty() || !((list && value.front() == '[') || (map && value.front() == '{'))) return std::nullopt;
    try {
        const std::optional<YAML::Node> read = scenario_reading::readScenarioYaml(value).root;
        if (!read) return std::nullopt;
        const YAML::Node& node = *read;
        std::string out;
        if (list && node.IsSequence()) {
            for (const auto& item : node) {
                if (!item.IsScalar()) return std::nullopt;
                out += (out.empty() ? "" : ", ") + yamlScalar(item.Scalar());
            }
            return "[" + out + "]";
        }
        if (map && node.IsMap()) {
            for (const auto& e : node) {
                if (!e.first.IsScalar() || !e.second.IsScalar()) return std::nullopt;
                out += (out.empty() ? "" : ", ") + e.first.Scalar() + ": " + yamlScalar(e.second.Scalar());
            }
            return "{" + out + "}";
        }
    } catch (const YAML::Exception&) {
    }
    return std::nullopt;
}

// The lines from `from` (a line's start) on that belong to a block: each line that is not blank
// or a comment is asked `belongs(indent, line)`, and the first that does not ends the block.
// Returns the end of the block's last line of its own, after its line break; comments and blank
// lines after it are not its own. `from` itself when no line belongs.
template <typename Belongs>
std::size_t ownLinesEnd(const std::string& text, std::size_t from, Belongs belongs)
{
    std::size_t end = from;
    for (std::size_t at = from; at < text.size();) {
        std::size_t next = text.find('\n', at);
        next = next == std::string::npos ? text.size() : next + 1;
        const std::string_view line(text.data() + at, next - at);
        const std::size_t indent = line.find_first_not_of(" \t\r\n");
        if (indent != std::string_view::npos && line[indent] != '#') {
            if (!belongs(int(indent), line)) break;
            end = next;
        }
        at = next;
    }
    return end;
}

// The end of the line that holds `pos`, before its line break.
std::size_t lineEndAt(const std::string& text, std::size_t pos)
{
    const std::size_t end = text.find('\n', pos);
    return end == std::string::npos ? text.size() : end;
}

// A block's end as ownLinesEnd gives it, before its last line break; `otherwise` when no line belongs.
std::size_t beforeBreak(const std::string& text, std::size_t from, std::size_t end, std::size_t otherwise)
{
    if (end == from) return otherwise;
    return end > 0 && text[end - 1] == '\n' ? end - 1 : end;
}

// Where a block map written under its key ends: from just after the key's colon to the end of
// the block's last line (its lines are indented deeper than the key; comments and blank lines
// after it are not its own). Nothing when the key's line does not end at the colon.
std::optional<std::pair<std::size_t, std::size_t>> blockValueSpan(const std::string& text, const YAML::Node& key,
                                                                    const YAML::Node& value)
{
    const std::size_t keyEnd = position(key) + key.Scalar().size();
    std::size_t colon = keyEnd;
    while (colon < text.size() && (text[colon] == ' ' || text[colon] == '\t')) ++colon;
    if (colon >= text.size() || text[colon] != ':') return std::nullopt;
    const std::size_t afterColon = colon + 1;
    const std::size_t lineEnd = text.find('\n', afterColon);
    if (lineEnd == std::string::npos) return std::nullopt;
    const std::string_view rest(text.data() + afterColon, lineEnd - afterColon);
    const std::size_t first = rest.find_first_not_of(" \t");
    if (first != std::string_view::npos && rest[first] != '#') return std::nullopt;  // a value on the key's line
    const int keyColumn = key.Mark().column;
    const std::size_t from = std::max(lineEnd + 1, lineStart(text, value.Mark().line));
    const std::size_t own = ownLinesEnd(text, from, [keyColumn](int indent, std::string_view) { return indent > keyColumn; });
    return std::make_pair(afterColon, beforeBreak(text, from, own, lineEnd));
}

// Takes `key` out of the map `map` of `text`, so that it has its default again: in braces its
// "key: value" and one comma, in a block its lines (the value's own lines under it too).
// Nothing to do when the map leaves the key out already.
std::string leaveKeyOut(std::string& text, const YAML::Node& map, std::string_view key, const std::string& where)
{
    const auto blank = [&text](std::size_t i) { return i < text.size() && (text[i] == ' ' || text[i] == '\t'); };
    for (const auto& entry : map) {
        if (!entry.first.IsScalar() || entry.first.Scalar() != key) continue;
        const YAML::Node& k = entry.first;
        const YAML::Node& v = entry.second;
        const std::size_t start = position(k);
        const std::size_t open = position(map);
        if (open < text.size() && text[open] == '{') {
            const std::size_t at = position(v);
            const auto length = v.IsScalar() ? scalarLength(text, at, v.Scalar()) : flowMapLength(text, at);
            if (!length) return where + " writes " + quoted(key) + " over several lines; write it on one line to leave it out";
            const std::size_t end = at + *length;
            std::size_t after = end;
            while (blank(after)) ++after;
            if (after < text.size() && text[after] == ',') {  // "key: value, " goes
                ++after;
                while (blank(after)) ++after;
                std::size_t from = start;
                if (after >= text.size() || text[after] == '\n' || text[after] == '\r')
                    while (blank(from - 1)) --from;  // the line now ends at the comma before it
                text.erase(from, after - from);
                return {};
            }
            std::size_t before = start;  // the last key: ", key: value" goes
            while (before > open + 1 && blank(before - 1)) --before;
            if (before > open + 1 && text[before - 1] == ',') --before;
            text.erase(before, end - before);
            return {};
        }
        const std::size_t begin = lineStart(text, k.Mark().line);
        if (text.find_first_not_of(" \t", begin) != start)
            return where + ": " + quoted(key) + " stands on its entry's first line; it goes only with the whole entry";
        // Its lines: the key's, and those after it indented deeper (a block value).
        const std::size_t keyLineEnd = std::min(lineEndAt(text, start) + 1, text.size());
        const int column = k.Mark().column;
        const std::size_t end =
            std::max(keyLineEnd, ownLinesEnd(text, keyLineEnd, [column](int indent, std::string_view) { return indent > column; }));
        text.erase(begin, end - begin);
        return {};
    }
    return {};
}

// Writes `value` for `key` into the map `map` of `text`: where the value stands, or at the
// start of the map when it leaves the key out; no value takes the key out (leaveKeyOut).
// `where` and `how` word the refusals.
std::string setKey(std::string& text, const YAML::Node& map, std::string_view key, std::optional<std::string_view> given,
                   const ScenarioKey& found, const std::string& where, const std::string& how)
{
    if (!given) return leaveKeyOut(text, map, key, where);
    const std::string_view value = *given;
    std::string written = yamlScalar(value);
    if (found.type == ValueType::Position) {
        const auto p = positionValue(value);
        if (!p) return "a position is [x, y], two numbers in brackets, like [120, 80]";
        written = *p;
    } else if (const auto flow = flowValue(value, found.type)) {
        written = *flow;
    }
    // A key that may hold a list or map: its brackets or braces are replaced whole, by whatever is written.
    const bool bracketed = found.type == ValueType::Position || holdsList(found.type) || holdsMap(found.type);
    for (const auto& entry : map) {
        if (!entry.first.IsScalar() || entry.first.Scalar() != key) continue;
        const YAML::Node& v = entry.second;
        const std::size_t pos = position(v);
        // A text in several languages ({en: ..., de: ..., fr: ...}) becomes the one text, in
        // every language; a position's brackets are replaced whole.
        if ((v.IsMap() && found.type == ValueType::LessonText) || ((v.IsSequence() || v.IsMap()) && bracketed)) {
            const auto length = flowMapLength(text, pos);
            // A block map under its key ("say:" and a line for each language): the block
            // becomes the one value, on the key's line.
            if (!length && v.IsMap() && v.Style() != YAML::EmitterStyle::Flow && v.Mark().line > entry.first.Mark().line) {
                const auto span = blockValueSpan(text, entry.first, v);
                if (span) {
                    text.replace(span->first, span->second - span->first, " " + written);
                    return {};
                }
            }
            if (!length) {
                if (bracketed)
                    return where + " writes " + quoted(key) + " over several lines; write it in brackets on one line to " + how + " it";
                return where + " writes " + quoted(key) + " in several languages over several lines; write them in braces to " + how + " it";
            }
            text.replace(pos, *length, written);
            return {};
        }
        if (!v.IsScalar())
            return where + " writes " + quoted(key) + " as a list or map; " + how + " replaces single values only";
        const auto length = scalarLength(text, pos, v.Scalar());
        if (!length) return where + " writes " + quoted(key) + " over several lines; write it on one line to " + how + " it";
        text.replace(pos, *length, written);
        return {};
    }
    // A key the map leaves out: right after the '{' of a flow map, or before the first key of a
    // block map, followed by a line break and that key's indentation.
    const std::size_t pos = position(map);
    const std::string added = std::string(key) + ": " + written;
    if (pos < text.size() && text[pos] == '{') text.insert(pos + 1, added + ", ");
    else text.insert(pos, added + "\n" + std::string(std::size_t(std::max(0, map.Mark().column)), ' '));
    return {};
}

// Replaces the item `item` of a list of texts (a lesson's goals or recap) with `value`: one
// text, or the same in several languages in braces. An item written over several lines in
// several languages ("- en: ..." and a line for each) becomes the value on the first line.
std::string setText(std::string& text, const YAML::Node& item, std::string_view value, const std::string& where,
                    const std::string& how)
{
    const std::string written = flowValue(value, ValueType::LessonText).value_or(yamlScalar(value));
    const std::size_t pos = position(item);
    if (item.IsScalar()) {
        const auto length = scalarLength(text, pos, item.Scalar());
        if (!length) return where + " is written over several lines; write it on one line to " + how + " it";
        text.replace(pos, *length, written);
        return {};
    }
    if (!item.IsMap()) return where + " is not a text";
    if (const auto length = flowMapLength(text, pos)) {
        text.replace(pos, *length, written);
        return {};
    }
    // A block map: its lines are those from its first key on, indented at least as far as that key.
    const int column = item.Mark().column;
    const std::size_t firstEnd = lineEndAt(text, pos);
    const std::size_t from = std::min(firstEnd + 1, text.size());
    const std::size_t own = ownLinesEnd(text, from, [column](int indent, std::string_view) { return indent >= column; });
    const std::size_t end = beforeBreak(text, from, own, firstEnd);
    text.replace(pos, end - pos, written);
    return {};
}

// Where the block list whose key is on line `keyLine`, at `keyColumn`, ends: after its last
// line indented deeper than the key, or a list item at the key's own column; comments and
// blank lines after it do not belong to it. `indent` is its items' indentation.
std::size_t blockEnd(const std::string& text, int keyLine, int keyColumn, std::string& indent)
{
    const std::size_t from = std::min(lineEndAt(text, lineStart(text, keyLine)) + 1, text.size());
    indent = "  ";
    bool sawItem = false;
    const std::size_t end = ownLinesEnd(text, from, [&](int first, std::string_view line) {
        // Deeper than the key, or a list item right under it ("stops:" then "- when: ...").
        if (first < keyColumn || (first == keyColumn && line[std::size_t(first)] != '-')) return false;
        if (!sawItem && line[std::size_t(first)] == '-') indent = std::string(line.substr(0, std::size_t(first)));
        sawItem = true;
        return true;
    });
    return std::max(from, end);
}

// The top-level entry `name`, or one inside it ("lesson.stops"): its key node and value, or nothing.
std::optional<std::pair<YAML::Node, YAML::Node>> topLevel(const YAML::Node& root, std::string_view name)
{
    const std::size_t dot = name.find('.');
    const std::string_view first = name.substr(0, dot);
    if (!root.IsMap()) return std::nullopt;
    for (const auto& e : root) {
        if (!e.first.IsScalar() || e.first.Scalar() != first) continue;
        if (dot == std::string_view::npos) return std::pair<YAML::Node, YAML::Node>(e.first, e.second);
        return topLevel(e.second, name.substr(dot + 1));
    }
    return std::nullopt;
}

} // namespace

bool editorCanSet(const ScenarioKey& key) { return settable(key) || key.type == ValueType::Position; }

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
            out += f.raw ? f.values.front() : yamlScalar(f.values.front());
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
    return edit(station, key, value, action);
}

std::string ScenarioEditor::leaveOut(std::string_view station, std::string_view key)
{
    return edit(station, key, std::nullopt, "left out");
}

std::string ScenarioEditor::edit(std::string_view station, std::string_view key, std::optional<std::string_view> value,
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
        for (const YAML::Node& s : itemsOf(childOf(*root, "stations"))) {
            const YAML::Node id = childOf(s, "id");
            if (!id.IsScalar()) continue;
            ids.push_back(id.Scalar());
            if (id.Scalar() != station) continue;
            const YAML::Node kindNode = childOf(s, "kind");
            const auto kind = scenario_reading::stationKindFromName(kindNode.IsScalar() ? kindNode.Scalar() : "");
            if (!kind) return "station " + quoted(station) + " has no kind";
            where = "station " + quoted(station) + " (" + stationKindName(*kind) + ")";
            const KeyPlaces places = stationPlaces(*kind);
            const ScenarioKey* k = found = findScenarioKey(places, key);
            if (!k) return unknownKey(key, where, places);
            if (!(value ? settable(*k) : editorCanSet(*k))) return where + ": " + quoted(key) + " cannot be " + how;
            map.emplace(s);
            break;
        }
        if (!map) {
            std::string text = "no station " + quoted(station);
            if (auto close = closestMatch(station, ids)) text += "; did you mean " + quoted(*close) + "?";
            return text;
        }
    }
    return setKey(m_text, *map, key, value, *found, where, how);
}

std::string ScenarioEditor::append(std::string_view list, std::string_view entry, std::string_view comment)
{
    std::string error;
    const std::optional<YAML::Node> root = parse(m_text, error);
    if (!root) return error;
    const std::string item = "- " + std::string(entry) + (comment.empty() ? "" : "  " + std::string(comment));
    const std::string name(list);
    std::optional<YAML::Node> keyNode, value;  // emplaced, never assigned (see set)
    if (name.find('.') != std::string::npos) {
        // A list inside a map (lesson.stops): added to where it has entries already.
        const auto found = topLevel(*root, name);
        if (!found || !found->second.IsSequence() || found->second.size() == 0 ||
            found->second.Style() == YAML::EmitterStyle::Flow)
            return name + " has no entries written one per line to add to; write the first one in the file";
        std::string indent;
        const std::size_t end = blockEnd(m_text, found->first.Mark().line, found->first.Mark().column, indent);
        std::string added = indent + item + "\n";
        if (end == m_text.size() && !m_text.empty() && m_text.back() != '\n') added = "\n" + added;
        m_text.insert(end, added);
        return {};
    }
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
    std::string indent;
    const std::size_t end = blockEnd(m_text, keyNode->Mark().line, keyNode->Mark().column, indent);
    std::string added = indent + item + "\n";
    if (end == m_text.size() && !m_text.empty() && m_text.back() != '\n') added = "\n" + added;
    m_text.insert(end, added);
    return {};
}

namespace {

// How a list's entries are named in messages, and the keys an entry may hold.
struct ListEntry {
    std::string where;
    KeyPlaces places = 0;
    std::string error;
};

ListEntry describeEntry(std::string_view list, std::size_t index, const YAML::Node& entry)
{
    const std::string n = std::to_string(index + 1);
    const KeyPlaces places = listEntryPlaces(list, entry);
    if (list == "roads") return {"road " + n, places, {}};
    if (list == "dns") return {"DNS record " + n, places, {}};
    if (list == "incidents") return {"incident " + n, places, {}};
    if (list == "lesson.stops") return {"lesson stop " + n, places, {}};
    if (list == "lesson.goals") return {"lesson goal " + n, places, {}};
    if (list == "lesson.recap") return {"recap line " + n, places, {}};
    if (list == "mail") return {(places == placeBit(KeyPlace::Generator) ? "generator " : "letter ") + n, places, {}};
    if (list == "stations") {
        const YAML::Node id = childOf(entry, "id");
        const YAML::Node kindNode = childOf(entry, "kind");
        const std::string name = id.IsScalar() ? quoted(id.Scalar()) : n;
        const auto kind = scenario_reading::stationKindFromName(kindNode.IsScalar() ? kindNode.Scalar() : "");
        if (!kind) return {{}, 0, "station " + name + " has no kind"};
        return {"station " + name + " (" + stationKindName(*kind) + ")", places, {}};
    }
    return {{}, 0, "the entries of " + quoted(list) + " cannot be edited"};
}

// The list `name` of `root` with entry `index`, or why not.
std::string findEntry(const YAML::Node& root, std::string_view name, std::size_t index,
                      std::optional<std::pair<YAML::Node, YAML::Node>>& list)
{
    list = topLevel(root, name);
    if (!list || !list->second.IsSequence() || list->second.size() == 0) return "the scenario has no " + std::string(name);
    if (index >= list->second.size())
        return std::string(name) + " has no entry " + std::to_string(index + 1) + " (it has " +
               std::to_string(list->second.size()) + ")";
    return {};
}

bool blankOrComment(std::string_view line)
{
    const std::size_t first = line.find_first_not_of(" \t\r\n");
    return first == std::string_view::npos || line[first] == '#';
}

} // namespace

std::string ScenarioEditor::setIn(std::string_view list, std::size_t index, std::string_view key, std::string_view value,
                                  std::string_view action)
{
    return editIn(list, index, key, value, action);
}

std::string ScenarioEditor::leaveOutIn(std::string_view list, std::size_t index, std::string_view key)
{
    return editIn(list, index, key, std::nullopt, "left out");
}

std::string ScenarioEditor::editIn(std::string_view list, std::size_t index, std::string_view key,
                                   std::optional<std::string_view> value, std::string_view action)
{
    std::string error;
    const std::optional<YAML::Node> root = parse(m_text, error);
    if (!root) return error;
    std::optional<std::pair<YAML::Node, YAML::Node>> found;
    if (std::string why = findEntry(*root, list, index, found); !why.empty()) return why;
    const YAML::Node entry = found->second[index];
    const ListEntry e = describeEntry(list, index, entry);
    if (!e.error.empty()) return e.error;
    if (const ScenarioKey* text = textListKey(list)) {
        if (key != text->name) return e.where + " is a text; it has no key " + quoted(key);
        if (!value) return e.where + " is a text; remove it to leave it out";
        return setText(m_text, entry, *value, e.where, std::string(action));
    }
    if (!entry.IsMap()) return e.where + " is not a map of keys";
    const ScenarioKey* k = findScenarioKey(e.places, key);
    if (!k) return unknownKey(key, e.where, e.places);
    if (!settable(*k) && k->type != ValueType::Position) return e.where + ": " + quoted(key) + " cannot be " + std::string(action);
    return setKey(m_text, entry, key, value, *k, e.where, std::string(action));
}

std::string ScenarioEditor::remove(std::string_view list, std::size_t index)
{
    std::string error;
    const std::optional<YAML::Node> root = parse(m_text, error);
    if (!root) return error;
    std::optional<std::pair<YAML::Node, YAML::Node>> found;
    if (std::string why = findEntry(*root, list, index, found); !why.empty()) return why;
    const YAML::Node& items = found->second;
    const std::string name(list);
    if (items.Style() == YAML::EmitterStyle::Flow)
        return name + ": is written as a list in brackets; write its entries one per line, each starting with '- '";
    const std::size_t start = lineStart(m_text, items[index].Mark().line);
    std::size_t end = 0;
    if (index + 1 < items.size()) {
        // Up to the next entry, less the comments and blank lines just above it: they are its own.
        int line = items[index + 1].Mark().line;
        end = lineStart(m_text, line);
        while (line - 1 > items[index].Mark().line) {
            const std::size_t above = lineStart(m_text, line - 1);
            if (!blankOrComment(std::string_view(m_text).substr(above, end - above))) break;
            end = above;
            --line;
        }
    } else {
        std::string indent;
        end = blockEnd(m_text, found->first.Mark().line, found->first.Mark().column, indent);
    }
    m_text.erase(start, end - start);
    return {};
}

namespace {

// The keys whose values name a station: those of station types in the key table, a DNS
// record's name and host (a station's id is its host name), and a lesson's choices.
bool namesAStation(const std::string& key)
{
    static const std::set<std::string> names = [] {
        std::set<std::string> out{"name", "host", "choices", "value"};
        for (const auto& k : scenarioKeys())
            if (k.type == ValueType::StationId || k.type == ValueType::StationRef || k.type == ValueType::StationPair ||
                k.type == ValueType::MxHost)
                out.insert(std::string(k.name));
        return out;
    }();
    return names.count(key) > 0;
}

void collectNames(const YAML::Node& node, const std::string& key, std::string_view from, std::vector<std::size_t>& at)
{
    if (node.IsScalar()) {
        if (namesAStation(key) && node.Scalar() == from) at.push_back(position(node));
    } else if (node.IsSequence()) {
        for (const auto& item : node) collectNames(item, key, from, at);
    } else if (node.IsMap()) {
        for (const auto& e : node)
            if (e.first.IsScalar()) collectNames(e.second, e.first.Scalar(), from, at);
    }
}

} // namespace

std::string ScenarioEditor::renameStation(std::string_view from, std::string_view to)
{
    std::string error;
    const std::optional<YAML::Node> root = parse(m_text, error);
    if (!root) return error;
    std::vector<std::size_t> at;
    collectNames(*root, {}, from, at);
    bool hasStation = false;
    for (const auto& s : itemsOf(childOf(*root, "stations")))
        if (const YAML::Node id = childOf(s, "id"); id.IsScalar() && id.Scalar() == from) hasStation = true;
    if (!hasStation) return "no station " + quoted(from);
    // From the end, so the places before stay where they are.
    std::sort(at.rbegin(), at.rend());
    const std::string name(from), written = yamlScalar(to);
    std::vector<std::size_t> lengths;
    for (const std::size_t pos : at) {
        const auto length = scalarLength(m_text, pos, name);
        if (!length) return "the file writes " + quoted(from) + " over several lines; write it on one line to rename it";
        lengths.push_back(*length);
    }
    for (std::size_t i = 0; i < at.size(); ++i) m_text.replace(at[i], lengths[i], written);
    return {};
}

} // namespace postie
