#include "sweep_command.h"

#include "parallel_for.h"
#include "scenario_override.h"
#include "sweep_table.h"

#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"

#include <fmt/format.h>

#include <fstream>
#include <optional>
#include <ostream>
#include <set>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace postie::cli {
namespace {

struct Parameter {
    std::string path;  // "smtp.sender.test.workers"
    std::vector<std::string> values;
};

struct Setting {
    std::vector<std::string> values;  // one per parameter
    ScenarioSpec spec;
};

std::optional<std::string> readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Every combination, the first parameter changing slowest (as nested loops read).
std::vector<std::vector<std::string>> combinations(const std::vector<Parameter>& parameters)
{
    std::vector<std::vector<std::string>> out{{}};
    for (const auto& p : parameters) {
        std::vector<std::vector<std::string>> next;
        for (const auto& prefix : out)
            for (const auto& v : p.values) {
                next.push_back(prefix);
                next.back().push_back(v);
            }
        out = std::move(next);
    }
    return out;
}

std::string describe(const std::vector<Parameter>& parameters, const std::vector<std::string>& values)
{
    std::string out;
    for (std::size_t i = 0; i < parameters.size(); ++i)
        out += (i ? " " : "") + parameters[i].path + "=" + values[i];
    return out;
}

} // namespace

std::vector<std::string> splitValues(const std::string& list)
{
    std::vector<std::string> out;
    std::string current;
    int depth = 0;
    char quote = 0;
    for (char c : list) {
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '(' || c == '[' || c == '{') {
            ++depth;
        } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
            --depth;
        } else if (c == ',' && depth == 0) {
            out.push_back(current);
            current.clear();
            continue;
        }
        current += c;
    }
    out.push_back(current);
    return out;
}

int runSweep(const SweepOptions& options, std::ostream& out, std::ostream& err)
{
    const std::string prefix = "postie-cli sweep: ";
    if (options.runs < 1) {
        err << prefix << "--runs must be at least 1\n";
        return 2;
    }
    std::vector<Parameter> parameters;
    std::set<std::string> seen;
    for (const auto& set : options.sets) {
        const auto eq = set.find('=');
        if (eq == std::string::npos || eq == 0) {
            err << prefix << "--set " << set << ": write STATION.KEY=V1,V2,... or KEY=V1,V2,...\n";
            return 2;
        }
        Parameter p{set.substr(0, eq), splitValues(set.substr(eq + 1))};
        for (const auto& v : p.values)
            if (v.empty()) {
                err << prefix << "--set " << set << ": a value is empty\n";
                return 2;
            }
        if (!seen.insert(p.path).second) {
            err << prefix << "--set " << p.path << " is given twice; list all its values in one --set\n";
            return 2;
        }
        parameters.push_back(std::move(p));
    }

    const LoadResult base = loadScenarioFile(options.file);
    if (!base.ok()) {
        for (const auto& e : base.errors) err << e.format() << '\n';
        return 1;
    }
    const std::optional<std::string> text = readFile(options.file);
    if (!text) {
        err << prefix << "cannot read " << options.file << '\n';
        return 1;
    }

    // Every setting is checked before anything runs.
    std::vector<Setting> settings;
    for (auto& values : combinations(parameters)) {
        std::vector<ScenarioOverride> overrides;
        for (std::size_t i = 0; i < parameters.size(); ++i)
            overrides.push_back(overrideFromPath(parameters[i].path, values[i]));
        const OverrideResult applied = applyOverrides(*text, overrides);
        if (!applied.error.empty()) {
            // The path that failed: the first override whose station or key is wrong.
            for (const auto& o : overrides)
                if (auto one = applyOverrides(*text, {o}); !one.error.empty()) {
                    err << prefix << "--set " << (o.station.empty() ? "" : o.station + ".") << o.key << ": "
                        << one.error << '\n';
                    return 2;
                }
            err << prefix << applied.error << '\n';
            return 2;
        }
        const LoadResult loaded = loadScenarioText(applied.text, options.file);
        if (!loaded.ok()) {
            err << prefix << "with " << describe(parameters, values) << ":\n";
            for (const auto& e : loaded.errors) err << e.format() << '\n';
            return 1;
        }
        settings.push_back({std::move(values), *loaded.spec});
    }

    const auto runs = std::size_t(options.runs);
    std::vector<RunSummary> results(settings.size() * runs);
    const unsigned jobs = options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    const bool showProgress = isatty(STDERR_FILENO);
    parallelFor(
        results.size(), jobs,
        [&](std::size_t i) {
            const Setting& s = settings[i / runs];
            ScenarioRun run(s.spec, s.spec.seed + i % runs);  // seeds seed, seed+1, ... (wrapping at 2^64)
            run.runToEnd();
            results[i] = run.world().summary();
        },
        showProgress ? std::function<void(std::size_t)>([&](std::size_t done) {
            err << fmt::format("\r  runs finished {} of {}   ", done, results.size()) << std::flush;
        })
                     : std::function<void(std::size_t)>());
    if (showProgress) err << '\n';

    std::vector<std::string> names;
    for (const auto& p : parameters) names.push_back(p.path);
    SweepTable table(names);
    for (std::size_t s = 0; s < settings.size(); ++s) {
        const std::vector<RunSummary> mine(results.begin() + long(s * runs), results.begin() + long((s + 1) * runs));
        table.add(SweepRow::fromRuns(settings[s].values, mine));
    }
    if (options.csv) table.printCsv(out);
    else table.printAligned(out);
    return 0;
}

} // namespace postie::cli
