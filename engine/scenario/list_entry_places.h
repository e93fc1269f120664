#pragma once
// Which keys an entry of a scenario's top-level list may hold, as the editors read the file:
// a road's, a DNS record's, a letter's or a generator's, an incident's, a station's of its kind.
#include "scenario/scenario_keys.h"

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>
#include <vector>

namespace postie {

// The entries of the top-level list `name` of a scenario's text (or of a list inside a
// top-level map, named by its path: "lesson.stops"), in order; none when the text does not
// read or has no such list.
std::vector<YAML::Node> topLevelEntries(const std::string& text, std::string_view name);

// The value of `key` in the map `map`, or a null node when `map` is not a map or has no such key.
// (yaml-cpp's const operator[] gives an invalid node for a missing key, and asking an invalid
// node anything throws.)
YAML::Node childOf(const YAML::Node& map, std::string_view key);

// The items of `list` when it is a sequence, else none (a map iterated as a list gives invalid
// nodes).
std::vector<YAML::Node> itemsOf(const YAML::Node& list);

// The places of `entry` in the list `list` (dns, stations, roads, mail, incidents,
// lesson.stops); 0 for
// another list, or a station without a known kind.
KeyPlaces listEntryPlaces(std::string_view list, const YAML::Node& entry);

// The key of a list whose entries are texts, not maps of keys (lesson.goals, lesson.recap):
// each entry is one text, or the same in several languages. Null for another list.
const ScenarioKey* textListKey(std::string_view list);

} // namespace postie
