#include "scenario/town_draft.h"

#include "scenario/list_entry_places.h"
#include "scenario/scenario_editor.h"
#include "scenario/scenario_text_checks.h"
#include "scenario/units.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>

namespace postie {
namespace {

// The entries of the top-level list `name`, or none when the text does not read.
std::string scalarOf(const YAML::Node& map, const char* key)
{
    return map.IsMap() && map[key] && map[key].IsScalar() ? map[key].Scalar() : std::string();
}

std::string quotedId(const std::string& id) { return "\"" + id + "\""; }

// The line (from 1) of the first difference between two texts.
int firstChangedLine(const std::string& a, const std::string& b)
{
    const auto diff = std::mismatch(a.begin(), a.end(), b.begin(), b.end()).first;
    return 1 + int(std::count(a.begin(), diff, '\n'));
}

} // namespace

// A label as the map shows it before the town loads: the plain string, or the English text.
std::string sketchLabel(const YAML::Node& label)
{
    if (!label) return {};
    if (label.IsScalar()) return label.Scalar();
    return scalarOf(label, "en");
}

std::optional<std::pair<double, double>> sketchPosition(const YAML::Node& position)
{
    if (!position || !position.IsSequence() || position.size() != 2) return std::nullopt;
    double at[2] = {0, 0};
    for (std::size_t i = 0; i < 2; ++i) {
        if (!position[i].IsScalar()) return std::nullopt;
        try {
            at[i] = std::stod(position[i].Scalar());
        } catch (const std::exception&) {
            return std::nullopt;
        }
    }
    return std::make_pair(at[0], at[1]);
}

TownDraft::TownDraft(std::string text, std::string fileName) : m_text(std::move(text)), m_fileName(std::move(fileName)) {}

std::string TownDraft::emptyTown() { return "format: postie/1\ntitle: My town\n\nstations:\n\nroads:\n\nmail:\n"; }

const LoadResult& TownDraft::loaded() const
{
    if (!m_loaded) m_loaded = loadScenarioText(m_text, m_fileName);
    return *m_loaded;
}

ScenarioSpec TownDraft::sketch() const
{
    if (const LoadResult& read = loaded(); read.spec) return *read.spec;
    ScenarioSpec out;
    std::set<std::string> ids;
    for (const auto& entry : topLevelEntries(m_text, "stations")) {
        if (!entry.IsMap()) continue;
        StationSpec station;
        station.id = scalarOf(entry, "id");
        const auto kind = scenario_reading::stationKindFromName(scalarOf(entry, "kind"));
        if (station.id.empty() || !kind || !ids.insert(station.id).second) continue;
        station.kind = *kind;
        station.label = sketchLabel(childOf(entry, "label"));
        station.group = scalarOf(entry, "group");
        if (const std::string device = scalarOf(entry, "device"); !device.empty()) station.device = device;
        station.position = sketchPosition(childOf(entry, "position"));
        out.stations.push_back(std::move(station));
    }
    for (const auto& entry : topLevelEntries(m_text, "roads")) {
        const YAML::Node between = childOf(entry, "between");
        if (!between.IsSequence() || between.size() != 2 || !between[0].IsScalar() || !between[1].IsScalar()) continue;
        RoadSpec road;
        road.a = between[0].Scalar();
        road.b = between[1].Scalar();
        if (road.a == road.b || !ids.count(road.a) || !ids.count(road.b)) continue;
        if (const auto latency = parseDuration(scalarOf(entry, "latency")); latency.ok()) road.latency = *latency.value;
        out.roads.push_back(std::move(road));
    }
    return out;
}

void TownDraft::commit(std::string text, std::optional<LoadResult> loaded)
{
    if (text == m_text) return;
    m_undo.push_back(std::move(m_text));
    m_redo.clear();
    m_text = std::move(text);
    m_loaded = std::move(loaded);
}

std::string TownDraft::commitChecked(std::string edited)
{
    const int line = firstChangedLine(m_text, edited);
    LoadResult after = loadScenarioText(edited, m_fileName);
    const Diagnostics& before = loaded().errors;
    for (const auto& e : after.errors) {
        if (e.line != line) continue;
        const bool known = std::any_of(before.begin(), before.end(), [&](const Diagnostic& b) { return b.text == e.text; });
        if (!known) return e.text;
    }
    commit(std::move(edited), std::move(after));  // read once: the draft keeps what the check read
    return {};
}

bool TownDraft::undo()
{
    if (m_undo.empty()) return false;
    m_redo.push_back(std::move(m_text));
    m_text = std::move(m_undo.back());
    m_undo.pop_back();
    m_loaded.reset();
    return true;
}

bool TownDraft::redo()
{
    if (m_redo.empty()) return false;
    m_undo.push_back(std::move(m_text));
    m_text = std::move(m_redo.back());
    m_redo.pop_back();
    m_loaded.reset();
    return true;
}

std::optional<std::size_t> TownDraft::stationIndex(const std::string& id) const
{
    const auto list = topLevelEntries(m_text, "stations");
    for (std::size_t i = 0; i < list.size(); ++i)
        if (scalarOf(list[i], "id") == id) return i;
    return std::nullopt;
}

std::optional<std::size_t> TownDraft::roadIndex(const std::string& a, const std::string& b) const
{
    const auto list = topLevelEntries(m_text, "roads");
    for (std::size_t i = 0; i < list.size(); ++i) {
        const YAML::Node between = childOf(list[i], "between");
        if (!between.IsSequence() || between.size() != 2 || !between[0].IsScalar() || !between[1].IsScalar()) continue;
        const std::string x = between[0].Scalar(), y = between[1].Scalar();
        if ((x == a && y == b) || (x == b && y == a)) return i;
    }
    return std::nullopt;
}

std::string TownDraft::proposeId(StationKind kind) const
{
    std::set<std::string> taken;
    for (const auto& s : topLevelEntries(m_text, "stations")) taken.insert(scalarOf(s, "id"));
    const auto pattern = [&]() -> std::pair<std::string, std::string> {
        switch (kind) {
        case StationKind::Client: return {"device", ""};
        case StationKind::Outgoing: return {"smtp", ".example.org"};
        case StationKind::Resolver: return {"dns", ".example.org"};
        case StationKind::Incoming: return {"mx", ".example.org"};
        case StationKind::Mailbox: return {"box", ".example.org"};
        case StationKind::Router: return {"junction", ""};
        case StationKind::Snooper: return {"snooper", ""};
        }
        return {"station", ""};
    }();
    for (int n = 1;; ++n) {
        std::string id = pattern.first + std::to_string(n) + pattern.second;
        if (!taken.count(id)) return id;
    }
}

std::string TownDraft::addStation(StationKind kind, double x, double y, std::string& id)
{
    id = proposeId(kind);
    ScenarioEditor editor(m_text);
    const std::string entry = flowEntry({{"id", {id}},
                                         {"kind", {std::string(stationKindName(kind))}},
                                         {"position", {fmt::format("{}", x), fmt::format("{}", y)}, true}});
    if (std::string error = editor.append("stations", entry); !error.empty()) return error;
    commit(editor.text());
    return {};
}

std::string TownDraft::moveStation(const std::string& id, double x, double y)
{
    const auto index = stationIndex(id);
    if (!index) return "no station " + quotedId(id);
    ScenarioEditor editor(m_text);
    if (std::string error = editor.setIn("stations", *index, "position", fmt::format("[{}, {}]", x, y)); !error.empty())
        return error;
    commit(editor.text());
    return {};
}

std::string TownDraft::moveStations(const std::vector<std::pair<std::string, std::pair<double, double>>>& places)
{
    ScenarioEditor editor(m_text);
    for (const auto& [id, at] : places) {
        const auto index = stationIndex(id);
        if (!index) return "no station " + quotedId(id);
        if (std::string error = editor.setIn("stations", *index, "position", fmt::format("[{}, {}]", at.first, at.second));
            !error.empty())
            return error;
    }
    commit(editor.text());
    return {};
}

std::string TownDraft::removeStation(const std::string& id)
{
    const auto index = stationIndex(id);
    if (!index) return "no station " + quotedId(id);
    ScenarioEditor editor(m_text);
    // Its roads first, from the last, so that the indexes of those before stay right.
    const auto roads = topLevelEntries(m_text, "roads");
    for (std::size_t i = roads.size(); i-- > 0;) {
        const YAML::Node between = childOf(roads[i], "between");
        bool touches = false;
        if (between.IsSequence())
            for (const auto& end : between) touches = touches || (end.IsScalar() && end.Scalar() == id);
        if (touches)
            if (std::string error = editor.remove("roads", i); !error.empty()) return error;
    }
    if (std::string error = editor.remove("stations", *index); !error.empty()) return error;
    commit(editor.text());
    return {};
}

std::string TownDraft::addRoad(const std::string& a, const std::string& b, std::string_view latency)
{
    if (a == b) return "a road joins two different stations";
    for (const auto* id : {&a, &b})
        if (!stationIndex(*id)) return "no station " + quotedId(*id);
    if (roadIndex(a, b)) return "there is already a road between " + a + " and " + b;
    ScenarioEditor editor(m_text);
    const std::string entry = flowEntry({{"between", {a, b}, true}, {"latency", {std::string(latency)}}});
    if (std::string error = editor.append("roads", entry); !error.empty()) return error;
    return commitChecked(editor.text());
}

std::string TownDraft::setRoadLatency(const std::string& a, const std::string& b, std::string_view latency)
{
    const auto index = roadIndex(a, b);
    if (!index) return "there is no road between " + a + " and " + b;
    ScenarioEditor editor(m_text);
    if (std::string error = editor.setIn("roads", *index, "latency", latency); !error.empty()) return error;
    return commitChecked(editor.text());
}

std::string TownDraft::removeRoad(const std::string& a, const std::string& b)
{
    const auto index = roadIndex(a, b);
    if (!index) return "there is no road between " + a + " and " + b;
    ScenarioEditor editor(m_text);
    if (std::string error = editor.remove("roads", *index); !error.empty()) return error;
    commit(editor.text());
    return {};
}

std::string TownDraft::setStationKey(const std::string& id, std::string_view key, std::optional<std::string_view> value)
{
    ScenarioEditor editor(m_text);
    if (std::string error = value ? editor.set(id, key, *value) : editor.leaveOut(id, key); !error.empty()) return error;
    return commitChecked(editor.text());
}

std::string TownDraft::renameStation(const std::string& from, const std::string& to)
{
    if (to == from) return {};
    if (!stationIndex(from)) return "no station " + quotedId(from);
    if (stationIndex(to)) return "there is already a station " + quotedId(to);
    ScenarioEditor editor(m_text);
    if (std::string error = editor.renameStation(from, to); !error.empty()) return error;
    return commitChecked(editor.text());
}

std::string TownDraft::addEntry(std::string_view list, const std::vector<EntryField>& fields)
{
    ScenarioEditor editor(m_text);
    if (std::string error = editor.append(list, flowEntry(fields)); !error.empty()) return error;
    return commitChecked(editor.text());
}

std::string TownDraft::addText(std::string_view list, std::string_view text)
{
    ScenarioEditor editor(m_text);
    if (std::string error = editor.append(list, yamlScalar(text)); !error.empty()) return error;
    return commitChecked(editor.text());
}

std::string TownDraft::setEntryKey(std::string_view list, std::size_t index, std::string_view key,
                                   std::optional<std::string_view> value)
{
    ScenarioEditor editor(m_text);
    if (std::string error = value ? editor.setIn(list, index, key, *value) : editor.leaveOutIn(list, index, key);
        !error.empty())
        return error;
    return commitChecked(editor.text());
}

std::string TownDraft::removeEntry(std::string_view list, std::size_t index)
{
    ScenarioEditor editor(m_text);
    if (std::string error = editor.remove(list, index); !error.empty()) return error;
    commit(editor.text());
    return {};
}

std::string TownDraft::makeMx(const std::string& id, const std::string& domain)
{
    const auto index = stationIndex(id);
    if (!index) return "no station " + quotedId(id);
    const YAML::Node station = topLevelEntries(m_text, "stations")[*index];
    if (scalarOf(station, "kind") != "incoming") return quotedId(id) + " is not a sorting station (kind: incoming)";
    int preference = 0;
    for (const auto& r : topLevelEntries(m_text, "dns"))
        if (scalarOf(r, "name") == domain && scalarOf(r, "type") == "MX") {
            if (scalarOf(r, "host") == id) return quotedId(id) + " is already an MX of " + domain;
            preference = std::max(preference, std::atoi(scalarOf(r, "preference").c_str()));
        }
    const std::size_t mark = m_undo.size();  // the helper is one step: undo goes back to here
    // It takes the domain's mail: accepts gets the domain (a list keeps its others).
    std::vector<std::string> accepts;
    if (const YAML::Node current = station["accepts"]) {
        if (current.IsScalar()) accepts.push_back(current.Scalar());
        if (current.IsSequence())
            for (const auto& a : current)
                if (a.IsScalar()) accepts.push_back(a.Scalar());
    }
    if (std::find(accepts.begin(), accepts.end(), domain) == accepts.end()) accepts.push_back(domain);
    std::string list;
    for (const auto& a : accepts) list += (list.empty() ? "" : ", ") + a;
    std::string error = setStationKey(id, "accepts", "[" + list + "]");
    if (error.empty())
        error = addEntry("dns", {{"name", {domain}}, {"type", {"MX"}}, {"preference", {std::to_string(preference + 10)}},
                                 {"host", {id}}});
    if (!error.empty()) {
        if (m_undo.size() > mark) {  // the first part was made: take it back, without a redo
            m_text = std::move(m_undo[mark]);
            m_undo.resize(mark);
            m_loaded.reset();
        }
        return error;
    }
    if (m_undo.size() > mark + 1) m_undo.resize(mark + 1);
    return {};
}

std::string TownDraft::giveAddress(const std::string& id)
{
    if (!stationIndex(id)) return "no station " + quotedId(id);
    std::set<std::string> taken;
    for (const auto& r : topLevelEntries(m_text, "dns")) {
        if (scalarOf(r, "type") != "A") continue;
        if (scalarOf(r, "name") == id) return quotedId(id) + " already has an address: " + scalarOf(r, "address");
        taken.insert(scalarOf(r, "address"));
    }
    // The documentation addresses (RFC 5737), as the bundled towns use them.
    for (int n = 10; n < 255; ++n) {
        const std::string address = "192.0.2." + std::to_string(n);
        if (!taken.count(address)) return addEntry("dns", {{"name", {id}}, {"type", {"A"}}, {"address", {address}}});
    }
    return "every address of 192.0.2.0/24 is taken";
}

} // namespace postie
