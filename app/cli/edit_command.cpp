#include "edit_command.h"

#include "scenario_override.h"

#include "scenario/scenario_loader.h"

#include <filesystem>
#include <fstream>
#include <ostream>
#include <system_error>

namespace postie::cli {
namespace {

void printErrors(const Diagnostics& errors, std::ostream& err)
{
    for (const auto& d : errors) err << d.format() << '\n';
}

// Writes beside the target and renames it into place, so a full disk or a cut never leaves
// half a scenario where the teacher's file was.
bool writeWhole(const std::string& path, const std::string& text, std::ostream& err)
{
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path temporary = target.parent_path() / ("." + target.filename().string() + ".postie-edit");
    {
        std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
        file << text;
        file.close();
        if (!file) {
            err << "postie-cli: cannot write " << path << '\n';
            std::error_code ignored;
            fs::remove(temporary, ignored);
            return false;
        }
    }
    std::error_code failed;
    fs::rename(temporary, target, failed);
    if (failed) {
        err << "postie-cli: cannot write " << path << ": " << failed.message() << '\n';
        fs::remove(temporary, failed);
        return false;
    }
    return true;
}

} // namespace

int runEdit(const EditOptions& options, std::ostream& out, std::ostream& err)
{
    // The file must load as it is: an edit is made where a key stands in a file that makes sense.
    const LoadResult original = loadScenarioFile(options.file);
    if (!original.ok()) {
        printErrors(original.errors, err);
        return 1;
    }
    const std::optional<std::string> text = readScenarioText(options.file);
    if (!text) {
        err << "postie-cli: cannot read " << options.file << '\n';
        return 1;
    }
    std::vector<ScenarioOverride> overrides;
    for (const auto& set : options.sets) {
        std::optional<ScenarioOverride> o = overrideFromSet(set);
        if (!o) {
            err << "postie-cli: --set " << set << ": write STATION.KEY=VALUE or KEY=VALUE\n";
            return 2;
        }
        overrides.push_back(std::move(*o));
    }
    const OverrideResult written = applyOverrides(*text, overrides);
    if (!written.error.empty()) {
        const std::string& set = options.sets.at(written.failed);
        err << "postie-cli: --set " << set.substr(0, set.find('=')) << ": " << written.error << '\n';
        return 2;
    }
    const LoadResult edited = loadScenarioText(written.text, options.file);
    if (!edited.ok()) {
        printErrors(edited.errors, err);
        return 1;
    }
    if (options.output.empty()) {
        out << written.text;
        return out ? 0 : 1;
    }
    return writeWhole(options.output, written.text, err) ? 0 : 1;
}

} // namespace postie::cli
