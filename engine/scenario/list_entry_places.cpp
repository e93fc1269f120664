#include "scenario/list_entry_places.h"

#include "scenario/scenario_text_checks.h"

namespace postie {

std::vector<YAML::Node> topLevelEntries(const std::string& text, std::string_view name)
{
    std::vector<YAML::Node> out;
    try {
        const YAML::Node root = YAML::Load(text);
        const std::string key(name);
        if (!root.IsMap() || !root[key] || !root[key].IsSequence()) return out;
        for (const auto& e : root[key]) out.push_back(e);
    } catch (const YAML::Exception&) {
    }
    return out;
}

KeyPlaces listEntryPlaces(std::string_view list, const YAML::Node& entry)
{
    if (list == "roads") return placeBit(KeyPlace::Road);
    if (list == "dns") return placeBit(KeyPlace::DnsRecord);
    if (list == "incidents") return placeBit(KeyPlace::Incident);
    if (list == "mail") return placeBit(entry.IsMap() && entry["generate"] ? KeyPlace::Generator : KeyPlace::Letter);
    if (list == "stations" && entry.IsMap() && entry["kind"] && entry["kind"].IsScalar())
        if (const auto kind = scenario_reading::stationKindFromName(entry["kind"].Scalar())) return stationPlaces(*kind);
    return 0;
}

} // namespace postie
