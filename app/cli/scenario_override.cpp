#include "scenario_override.h"

#include <fstream>
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

} // namespace postie::cli
