#pragma once
// One value of a scenario replaced from the command line (`postie-cli run/sweep/edit --set`): a
// station's key (`smtp.sender.test.workers=2`) or a top-level key (`seed=4`). The engine's
// ScenarioEditor writes the override into the scenario's text, where the value stands (or, for
// a key the file leaves out, at the start of the station's map), and the text then goes through
// the normal loader: a bad value gets the same FILE:LINE:COL error as in the file, pointing at
// that place.
#include "scenario/scenario_editor.h"
#include "scenario/scenario_loader.h"

#include <iosfwd>
#include <utility>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace postie::cli {

struct ScenarioOverride {
    std::string station;  // empty: a top-level key
    std::string key;
    std::string value;    // as the user wrote it
};

struct OverrideResult {
    std::string text;     // the scenario with the overrides written in, when error is empty
    std::string error;    // why an override cannot apply (no such station, unknown key, ...)
    std::size_t failed = 0;  // the index of that override
};

// `path` is the key as the user wrote it: the part after the LAST dot is the key, the part
// before it the station id (station ids contain dots); no dot: a top-level key.
ScenarioOverride overrideFromPath(std::string_view path, std::string value);
// "PATH=VALUE" as a user writes it after --set; nothing when there is no '=' or no PATH.
std::optional<ScenarioOverride> overrideFromSet(std::string_view set);

// Writes the overrides into `text`, a scenario that loads without errors. Checks that each
// station exists, that the key belongs to its kind (or to the top level) and holds a single
// value; the value itself is left to the loader.
OverrideResult applyOverrides(std::string_view text, const std::vector<ScenarioOverride>& overrides);

// Each diagnostic on a line of its own: FILE:LINE:COL: error: TEXT.
void printErrors(const Diagnostics& errors, std::ostream& out);

// The file with each --set ("STATION.KEY=VALUE" or "KEY=VALUE") written in where its key
// stands, then loaded as `check` loads it: a bad value is reported at its place in FILE.
// Returns the exit code of a problem (2 for a --set that cannot apply, 1 for a scenario error
// or a file that cannot be read), or 0 with `loaded` set, `applied` holding each set's path and
// value, and `text` (when given) the file's text with the sets written in.
int loadWithSets(const std::string& file, const std::vector<std::string>& sets, LoadResult& loaded,
                 std::vector<std::pair<std::string, std::string>>& applied, std::ostream& err,
                 std::string* text = nullptr);

// The whole text of a scenario file, or nothing when it cannot be read.
std::optional<std::string> readScenarioText(const std::string& path);

} // namespace postie::cli
