#include "scenario/entry_fields.h"

#include "scenario/list_entry_places.h"
#include "scenario/scenario_editor.h"
#include "scenario/yaml_guard.h"

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

} // namespace

std::vector<KeyField> stationFields(const std::string& text, const std::string& id)
{
    for (const auto& s : topLevelEntries(text, "stations"))
        if (s.IsMap() && s["id"] && s["id"].IsScalar() && s["id"].Scalar() == id) return fieldsOf(s, listEntryPlaces("stations", s));
    return {};
}

std::vector<KeyField> scenarioFields(const std::string& text)
{
    const auto read = scenario_reading::readScenarioYaml(text);
    return read.root ? fieldsOf(*read.root, placeBit(KeyPlace::TopLevel)) : std::vector<KeyField>();
}

std::vector<KeyField> entryFields(const std::string& text, std::string_view list, std::size_t index)
{
    const auto items = topLevelEntries(text, list);
    if (index >= items.size()) return {};
    const YAML::Node& entry = items[index];
    if (const ScenarioKey* k = textListKey(list)) {
        // An item of a list of texts: the text itself is its one field.
        KeyField f;
        f.key = k;
        f.typeName = "text";
        f.status = "required";
        f.help = scenarioKeyHelp(*k);
        f.value = writtenAs(entry);
        f.written = true;
        f.settable = true;
        return {std::move(f)};
    }
    return fieldsOf(entry, listEntryPlaces(list, entry));
}

} // namespace postie
