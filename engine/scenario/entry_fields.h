#pragma once
// The fields a properties panel shows for one entry of a scenario: a station, a road, a DNS
// record, a letter. They come from the key table (`postie-cli keys`), so a key added to the
// engine appears in the panel by itself; each carries the value as the file writes it.
#include "scenario/scenario_keys.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace postie {

struct KeyField {
    const ScenarioKey* key = nullptr;
    std::string typeName;  // "integer", "duration", "MX|A|TXT|MTA-STS", ...
    std::string status;    // "required", "default 1", ...
    std::string help;      // with the limits: "... [1 to 10000]"
    std::string value;     // as written: "3", "[a.test, b.test]", "{protocol: pop3}"; empty when left out
    bool written = false;  // the file gives the key
    bool settable = false; // the editor can write it (not an id or a road's ends)
};

// Every key of the station `id`'s kind, in table order; none when there is no such station or
// the text does not read.
std::vector<KeyField> stationFields(const std::string& text, const std::string& id);
// Every key of the scenario itself (title, seed, start, ...); none when the text does not read.
std::vector<KeyField> scenarioFields(const std::string& text);
// Every key of entry `index` (from 0) of the list `list`: roads, dns, mail (a letter or a
// generator), incidents; for stations, as stationFields.
std::vector<KeyField> entryFields(const std::string& text, std::string_view list, std::size_t index);

} // namespace postie
