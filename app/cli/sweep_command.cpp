#include "sweep_command.h"

#include "parallel_for.h"
#include "scenario_override.h"
#include "sweep_merge.h"
#include "sweep_plan.h"
#include "sweep_table.h"

#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <ostream>
#include <set>
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

namespace {

const std::string kPrefix = "postie-cli sweep: ";
constexpr std::size_t kMaxSweepRuns = 1'000'000;  // settings x runs; beyond that a typo, not a study

// The --set options as parameters, or an error for the user.
std::string parseParameters(const std::vector<std::string>& sets, std::vector<Parameter>& parameters)
{
    std::set<std::string> seen;
    for (const auto& set : sets) {
        const auto eq = set.find('=');
        if (eq == std::string::npos || eq == 0) return "--set " + set + ": write STATION.KEY=V1,V2,... or KEY=V1,V2,...";
        Parameter p{set.substr(0, eq), splitValues(set.substr(eq + 1))};
        std::set<std::string> values;
        for (const auto& v : p.values) {
            if (v.empty()) return "--set " + set + ": a value is empty";
            // Two rows of one setting would tell nothing, and a merged plan could not tell them apart.
            if (!values.insert(v).second) return "--set " + p.path + ": the value " + v + " is given twice";
        }
        if (!seen.insert(p.path).second) return "--set " + p.path + " is given twice; list all its values in one --set";
        parameters.push_back(std::move(p));
    }
    return {};
}

// Every combination as a validated scenario, before anything runs. Returns the exit code of
// the first problem (2 for a --set that cannot apply, 1 for a value the loader refuses), or 0.
int loadSettings(const std::string& file, const std::string& text, const std::vector<Parameter>& parameters,
                 std::vector<Setting>& settings, std::ostream& err)
{
    for (auto& values : combinations(parameters)) {
        std::vector<ScenarioOverride> overrides;
        for (std::size_t i = 0; i < parameters.size(); ++i)
            overrides.push_back(overrideFromPath(parameters[i].path, values[i]));
        const OverrideResult applied = applyOverrides(text, overrides);
        if (!applied.error.empty()) {
            err << kPrefix << "--set " << parameters.at(applied.failed).path << ": " << applied.error << '\n';
            return 2;
        }
        const LoadResult loaded = loadScenarioText(applied.text, file);
        if (!loaded.ok()) {
            err << kPrefix << "with " << describe(parameters, values) << ":\n";
            for (const auto& e : loaded.errors) err << e.format() << '\n';
            return 1;
        }
        settings.push_back({std::move(values), *loaded.spec});
    }
    return 0;
}

// Runs every setting `runs` times, seeds seed, seed+1, ... (wrapping at 2^64); the summaries
// in setting order, then run order.
std::vector<RunSummary> runAll(const std::vector<Setting>& settings, std::size_t runs, unsigned jobs, std::ostream& err)
{
    std::vector<RunSummary> results(settings.size() * runs);
    const bool showProgress = isatty(STDERR_FILENO);
    std::function<void(std::size_t)> progress;
    if (showProgress)
        progress = [&](std::size_t done) {
            err << fmt::format("\r  runs finished {} of {}   ", done, results.size()) << std::flush;
        };
    parallelFor(
        results.size(), jobs,
        [&](std::size_t i) {
            const Setting& s = settings[i / runs];
            ScenarioRun run(s.spec, s.spec.seed + i % runs);
            run.runToEnd();
            results[i] = run.world().summary();
        },
        progress);
    if (showProgress) err << '\n';
    return results;
}

} // namespace

int runSweep(const SweepOptions& options, std::ostream& out, std::ostream& err)
{
    if (!options.mergeDir.empty()) {
        if (!options.file.empty() || !options.sets.empty() || !options.planPath.empty()) {
            err << kPrefix << "--merge DIR makes the table from the summaries alone: give no FILE, --set or --plan\n";
            return 2;
        }
        return mergeSweep(options.mergeDir, options.csv, out, err);
    }
    if (options.file.empty() || options.sets.empty()) {
        err << kPrefix << "give FILE and at least one --set (or --merge DIR)\n";
        return 2;
    }
    if (options.runs < 1) {
        err << kPrefix << "--runs must be at least 1\n";
        return 2;
    }
    std::vector<Parameter> parameters;
    if (std::string error = parseParameters(options.sets, parameters); !error.empty()) {
        err << kPrefix << error << '\n';
        return 2;
    }
    double total = options.runs;
    for (const auto& p : parameters) total *= double(p.values.size());
    if (total > double(kMaxSweepRuns)) {
        err << kPrefix << "that is " << fmt::format("{:.0f}", total) << " runs, more than " << kMaxSweepRuns
            << "; give fewer values or fewer --runs\n";
        return 2;
    }
    const LoadResult base = loadScenarioFile(options.file);
    if (!base.ok()) {
        for (const auto& e : base.errors) err << e.format() << '\n';
        return 1;
    }
    const std::optional<std::string> text = readScenarioText(options.file);
    if (!text) {
        err << kPrefix << "cannot read " << options.file << '\n';
        return 1;
    }
    std::vector<Setting> settings;
    if (int status = loadSettings(options.file, *text, parameters, settings, err); status != 0) return status;

    const auto runs = std::size_t(options.runs);
    std::vector<std::string> names;
    for (const auto& p : parameters) names.push_back(p.path);
    if (!options.planPath.empty()) {
        PlanRequest plan{options.cliPath, options.file, names, {}, runs, options.planPath, options.summariesDir};
        for (const auto& s : settings) plan.settings.push_back({s.values, s.spec.seed});
        return writePlan(plan, out, err);
    }
    const unsigned jobs = options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    const std::vector<RunSummary> results = runAll(settings, runs, jobs, err);

    SweepTable table(names);
    for (std::size_t s = 0; s < settings.size(); ++s) {
        const std::vector<RunSummary> mine(results.begin() + long(s * runs), results.begin() + long((s + 1) * runs));
        table.add(SweepRow::fromRuns(settings[s].values, mine));
    }
    table.print(out, options.csv);
    return 0;
}

} // namespace postie::cli
