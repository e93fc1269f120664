#include "sweep_merge.h"

#include "scenario_override.h"
#include "summary_file.h"
#include "sweep_table.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <ostream>
#include <set>

namespace postie::cli {
namespace {

namespace fs = std::filesystem;

const std::string kPrefix = "postie-cli sweep --merge: ";

using Values = std::vector<std::pair<std::string, std::string>>;

std::vector<std::string> names(const Values& set)
{
    std::vector<std::string> out;
    for (const auto& kv : set) out.push_back(kv.first);
    return out;
}

std::vector<std::string> values(const Values& set)
{
    std::vector<std::string> out;
    for (const auto& kv : set) out.push_back(kv.second);
    return out;
}

// Every summary in the folder by its place in the plan; 0 when all could be read.
int readFolder(const fs::path& folder, std::map<std::uint64_t, std::pair<fs::path, SummaryFile>>& byIndex,
               std::uint64_t& of, std::ostream& err)
{
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(folder, ec))
        if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
    if (ec) {
        err << kPrefix << "cannot read the folder " << folder.string() << '\n';
        return 1;
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        err << kPrefix << folder.string() << " holds no summaries (*.json)\n";
        return 1;
    }
    for (const fs::path& path : files) {
        const std::optional<std::string> text = readScenarioText(path.string());
        std::string error = "cannot be read";
        std::optional<SummaryFile> file = text ? parseSummaryJson(*text, error) : std::nullopt;
        if (file && !file->sweep) error = "has no \"sweep\" entry: it was not written by a line of a sweep plan";
        if (!file || !file->sweep) {
            err << kPrefix << path.string() << ": " << error << '\n';
            return 1;
        }
        if (byIndex.empty()) of = file->sweep->of;
        if (file->sweep->of != of) {
            err << kPrefix << path.string() << " is run " << file->sweep->index << " of a plan of " << file->sweep->of
                << " runs, " << byIndex.begin()->second.first.string() << " of a plan of " << of
                << ": the folder holds the summaries of more than one plan\n";
            return 1;
        }
        const auto [at, fresh] = byIndex.try_emplace(file->sweep->index, path, std::move(*file));
        if (!fresh) {
            err << kPrefix << path.string() << " and " << at->second.first.string() << " are both run "
                << at->first << " of the plan\n";
            return 1;
        }
    }
    return 0;
}

} // namespace

int mergeSweep(const std::string& folderName, bool csv, std::ostream& out, std::ostream& err)
{
    const fs::path folder(folderName);
    std::map<std::uint64_t, std::pair<fs::path, SummaryFile>> byIndex;
    std::uint64_t of = 0;
    if (int status = readFolder(folder, byIndex, of, err); status != 0) return status;
    if (byIndex.size() < of) {
        std::string missing;
        std::uint64_t shown = 0;
        for (std::uint64_t i = 0; i < of && shown < 10; ++i)
            if (!byIndex.count(i)) missing += (shown++ ? ", " : "") + std::to_string(i + 1);
        err << kPrefix << (of - byIndex.size()) << " of the plan's " << of << " runs have no summary in "
            << folder.string() << " (plan lines " << missing << (of - byIndex.size() > shown ? ", ..." : "")
            << "): run those lines again\n";
        return 1;
    }

    // The runs of one setting stand together in the plan, in seed order; the settings in the
    // order of the local sweep's table.
    const Values& first = byIndex.begin()->second.second.set;
    std::vector<std::vector<RunSummary>> groups;
    std::vector<std::vector<std::string>> groupValues;
    std::set<std::vector<std::string>> seen;
    for (const auto& [index, entry] : byIndex) {
        const auto& [path, file] = entry;
        if (names(file.set) != names(first)) {
            err << kPrefix << path.string() << " sets other keys than " << byIndex.begin()->second.first.string()
                << ": the folder holds the summaries of more than one plan\n";
            return 1;
        }
        const std::vector<std::string> mine = values(file.set);
        if (groups.empty() || mine != groupValues.back()) {
            if (!seen.insert(mine).second) {
                err << kPrefix << path.string() << ": its setting's runs do not stand together in the plan\n";
                return 1;
            }
            groups.emplace_back();
            groupValues.push_back(mine);
        } else if (file.summary.seed != groups.back().front().seed + groups.back().size()) {
            err << kPrefix << path.string() << ": seed " << file.summary.seed << ", but its setting's runs go seed by seed from "
                << groups.back().front().seed << '\n';
            return 1;
        }
        groups.back().push_back(file.summary);
    }
    for (const auto& g : groups)
        if (g.size() != groups.front().size()) {
            err << kPrefix << "the settings have different numbers of runs: the folder does not hold one plan\n";
            return 1;
        }

    SweepTable table(names(first));
    for (std::size_t g = 0; g < groups.size(); ++g) table.add(SweepRow::fromRuns(groupValues[g], groups[g]));
    table.print(out, csv);
    return 0;
}

} // namespace postie::cli
