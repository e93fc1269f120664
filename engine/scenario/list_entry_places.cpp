#include "scenario/list_entry_places.h"

#include "scenario/scenario_text_checks.h"
#include "scenario/yaml_guard.h"

#include <utility>

namespace postie {

std::vector<YAML::Node> topLevelEntries(const std::string& text, std::string_view name)
{
    std::vector<YAML::Node> out;
    try {
        auto read = scenario_reading::readScenarioYaml(text);
        if (!read.root) return out;
        YAML::Node node = *read.root;
        // A list inside a top-level map is named by its path: "lesson.stops".
        for (std::string_view rest = name; !rest.empty();) {
            const std::size_t dot = rest.find('.');
            const std::string key(rest.substr(0, dot));
            if (!node.IsMap()) return out;
            const YAML::Node inner = std::as_const(node)[key];
            if (!inner) return out;
            node.reset(inner);  // not `node = inner`, which would write into the tree
            rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
        }
        if (!node.IsSequence()) return out;
        for (const auto& e : node) out.push_back(e);
    } catch (const YAML::Exception&) {
    }
    return out;
}

YAML::Node childOf(const YAML::Node& map, std::string_view key)
{
    if (!map.IsMap()) return YAML::Node();
    const YAML::Node child = map[std::string(key)];
    return child ? child : YAML::Node();
}

std::vector<YAML::Node> itemsOf(const YAML::Node& list)
{
    std::vector<YAML::Node> out;
    if (list.IsSequence())
        for (const auto& item : list) out.push_back(item);
    return out;
}

KeyPlaces listEntryPlaces(std::string_view list, const YAML::Node& entry)
{
    if (list == "roads") return placeBit(KeyPlace::Road);
    if (list == "dns") return placeBit(KeyPlace::DnsRecord);
    if (list == "incidents") return placeBit(KeyPlace::Incident);
    if (list == "lesson.stops") return placeBit(KeyPlace::Stop);
    if (list == "mail") return placeBit(entry.IsMap() && entry["generate"] ? KeyPlace::Generator : KeyPlace::Letter);
    if (list == "stations" && entry.IsMap() && entry["kind"] && entry["kind"].IsScalar())
        if (const auto kind = scenario_reading::stationKindFromName(entry["kind"].Scalar())) return stationPlaces(*kind);
    return 0;
}

const ScenarioKey* textListKey(std::string_view list)
{
    constexpr std::string_view lesson = "lesson.";
    if (list.substr(0, lesson.size()) != lesson) return nullptr;
    const ScenarioKey* key = findScenarioKey(placeBit(KeyPlace::Lesson), list.substr(lesson.size()));
    return key && key->type == ValueType::TextList ? key : nullptr;
}

} // namespace postie
