#include "sweep_plan.h"

#include <filesystem>
#include <fstream>
#include <ostream>

namespace postie::cli {
namespace {

namespace fs = std::filesystem;

const std::string kPrefix = "postie-cli sweep: ";

fs::path absolute(const std::string& path) { return fs::absolute(fs::path(path)).lexically_normal(); }

fs::path summariesFolder(const PlanRequest& request)
{
    if (!request.summariesDir.empty()) return absolute(request.summariesDir);
    const fs::path plan = absolute(request.planPath);
    return plan.parent_path() / (plan.stem().string() + "-summaries");
}

// run-07.json: numbered from 0 in plan order, padded so that the names sort in that order.
std::string summaryName(std::size_t index, std::size_t count)
{
    const std::size_t width = std::to_string(count - 1).size();
    std::string number = std::to_string(index);
    return "run-" + std::string(width - number.size(), '0') + number + ".json";
}

} // namespace

std::string shellQuote(std::string_view word)
{
    const bool safe = !word.empty() && word.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                                             "0123456789_-+=.,/:@%") == std::string_view::npos;
    if (safe) return std::string(word);
    std::string out = "'";
    for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

int writePlan(const PlanRequest& request, std::ostream& out, std::ostream& err)
{
    const fs::path folder = summariesFolder(request);
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec || !fs::is_directory(folder)) {
        err << kPrefix << "cannot make the summaries folder " << folder.string() << '\n';
        return 2;
    }
    // Summaries of another study in the same folder would be merged into this one's table.
    if (!fs::is_empty(folder, ec)) {
        err << kPrefix << "the summaries folder " << folder.string()
            << " already holds files; empty it or choose another with --summaries\n";
        return 2;
    }
    std::ofstream plan(request.planPath, std::ios::binary);
    if (!plan) {
        err << kPrefix << "cannot write the plan to " << request.planPath << '\n';
        return 2;
    }
    const std::size_t count = request.settings.size() * request.runs;
    const std::string head = shellQuote(request.cli) + " run " + shellQuote(absolute(request.file).string()) + " --quiet";
    for (std::size_t s = 0; s < request.settings.size(); ++s) {
        const PlannedSetting& setting = request.settings[s];
        std::string sets;
        for (std::size_t p = 0; p < request.parameters.size(); ++p)
            sets += " --set " + shellQuote(request.parameters[p] + "=" + setting.values[p]);
        for (std::size_t r = 0; r < request.runs; ++r) {
            const std::size_t index = s * request.runs + r;
            plan << head << " --seed " << (setting.seed + r) << sets << " --sweep-index " << index << '/' << count
                 << " --summary " << shellQuote((folder / summaryName(index, count)).string()) << '\n';
        }
    }
    plan.flush();
    if (!plan) {
        err << kPrefix << "cannot write the plan to " << request.planPath << '\n';
        return 2;
    }
    out << "Wrote " << count << (count == 1 ? " run" : " runs") << " to " << request.planPath
        << "; each writes its summary into " << folder.string() << ".\nWhen all have run: postie-cli sweep --merge "
        << shellQuote(folder.string()) << '\n';
    return 0;
}

} // namespace postie::cli
