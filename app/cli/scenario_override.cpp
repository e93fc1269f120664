#include "scenario_override.h"

#include <fstream>
#include <ostream>
#include <sstream>

namespace postie::cli {

ScenarioOverride overrideFromPath(std::string_view path, std::string value)
{
    const auto dot = path.rfind('.');
    if (dot == std::string_view::npos) return {"", std::string(path), std::move(value)};
    return {std::string(path.substr(0, dot)), std::string(path.substr(dot + 1)), std::move(value)};
}

std::optional<ScenarioOverride> overrideFromSet(std::string_view set)
{
    const auto eq = set.find('=');
    if (eq == std::string_view::npos || eq == 0) return std::nullopt;
    return overrideFromPath(set.substr(0, eq), std::string(set.substr(eq + 1)));
}

OverrideResult applyOverrides(std::string_view text, const std::vector<ScenarioOverride>& overrides)
{
    ScenarioEditor editor{std::string(text)};
    for (std::size_t i = 0; i < overrides.size(); ++i) {
        const ScenarioOverride& o = overrides[i];
        if (std::string error = editor.set(o.station, o.key, o.value, "--set"); !error.empty()) return {{}, error, i};
    }
    return {editor.text(), {}};
}

std::optional<std::string> readScenarioText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void printErrors(const Diagnostics& errors, std::ostream& out)
{
    for (const auto& d : errors) out << d.format() << '\n';
}

int loadWithSets(const std::string& file, const std::vector<std::string>& sets, LoadResult& loaded,
                 std::vector<std::pair<std::string, std::string>>& applied, std::ostream& err, std::string* text)
{
    loaded = loadScenarioFile(file);
    if (!loaded.ok()) {
        printErrors(loaded.errors, err);
        return 1;
    }
    if (sets.empty() && !text) return 0;
    std::vector<ScenarioOverride> overrides;
    for (const auto& set : sets) {
        std::optional<ScenarioOverride> o = overrideFromSet(set);
        if (!o) {
            err << "postie-cli: --set " << set << ": write STATION.KEY=VALUE or KEY=VALUE\n";
            return 2;
        }
        const auto eq = set.find('=');
        applied.emplace_back(set.substr(0, eq), set.substr(eq + 1));
        overrides.push_back(std::move(*o));
    }
    const std::optional<std::string> original = readScenarioText(file);
    if (!original) {
        err << "postie-cli: cannot read " << file << '\n';
        return 1;
    }
    if (sets.empty()) {
        *text = *original;
        return 0;
    }
    const OverrideResult written = applyOverrides(*original, overrides);
    if (!written.error.empty()) {
        err << "postie-cli: --set " << applied.at(written.failed).first << ": " << written.error << '\n';
        return 2;
    }
    loaded = loadScenarioText(written.text, file);
    if (!loaded.ok()) {
        printErrors(loaded.errors, err);
        return 1;
    }
    if (text) *text = written.text;
    return 0;
}

} // namespace postie::cli
