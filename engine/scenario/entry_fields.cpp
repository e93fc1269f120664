#include "scenario/entry_fields.h"

#include "scenario/scenario_editor.h"

#include <yaml-cpp/yaml.h>

namespace postie {
namespace {

// A value as the file means it: a scalar's text, a list or map in brackets or braces.
std::string writtenAs(const YAML::Node& node)
{
    if (node.IsScalar()) return node.Scalar();
    YAML::Emitter out;
    out << YAML::Flow << node;
    return out.c_str();
}

std::optional<StationKind> kindNamed(const std::string& name)
{
    for (StationKind k : kStationKinds)
        if (name == stationKindName(k)) return k;
    return std::nullopt;
}

KeyPlaces placesOf(std::string_view list, const YAML::Node& entry)
{
    if (list == "roads") return placeBit(KeyPlace::Road);
    if (list == "dns") return placeBit(KeyPlace::DnsRecord);
    if (list == "incidents") return placeBit(KeyPlace::Incident);
    if (list == "mail") return placeBit(entry["generate"] ? KeyPlace::Generator : KeyPlace::Letter);
    if (list == "stations" && entry["kind"] && entry["kind"].IsScalar())
        if (const auto kind = kindNamed(entry["kind"].Scalar())) return stationPlaces(*kind);
    return 0;
}

std::vector<KeyField> fieldsOf(const YAML::Node& entry, KeyPlaces places)
{
    std::vector<KeyField> out;
    if (!entry.IsMap() || places == 0) return out;
    for (const auto& k : scenarioKeys()) {
        if ((k.places & places) == 0) continue;
        KeyField f;
        f.key = &k;
        f.typeName = scenarioKeyTypeName(k);
        f.status = scenarioKeyStatus(k);
        f.help = scenarioKeyHelp(k);
        f.settable = editorCanSet(k);
        if (const YAML::Node v = entry[std::string(k.name)]) {
            f.written = true;
            f.value = writtenAs(v);
        }
        out.push_back(std::move(f));
    }
    return out;
}

std::optional<YAML::Node> listOf(const std::string& text, std::string_view list)
{
    try {
        const YAML::Node root = YAML::Load(text);
        if (!root.IsMap()) return std::nullopt;
        const YAML::Node items = root[std::string(list)];
        if (!items || !items.IsSequence()) return std::nullopt;
        return items;
    } catch (const YAML::Exception&) {
        return std::nullopt;
    }
}

} // namespace

std::vector<KeyField> stationFields(const std::string& text, const std::string& id)
{
    const auto stations = listOf(text, "stations");
    if (!stations) return {};
    for (const auto& s : *stations)
        if (s.IsMap() && s["id"] && s["id"].IsScalar() && s["id"].Scalar() == id) return fieldsOf(s, placesOf("stations", s));
    return {};
}

std::vector<KeyField> entryFields(const std::string& text, std::string_view list, std::size_t index)
{
    const auto items = listOf(text, list);
    if (!items || index >= items->size()) return {};
    const YAML::Node entry = (*items)[index];
    return fieldsOf(entry, placesOf(list, entry));
}

} // namespace postie
