#include "edit_command.h"

#include "scenario_override.h"

#include <filesystem>
#include <fstream>
#include <ostream>
#include <system_error>

namespace postie::cli {
namespace {

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
    LoadResult edited;
    std::vector<std::pair<std::string, std::string>> applied;
    std::string text;
    if (int status = loadWithSets(options.file, options.sets, edited, applied, err, &text); status != 0) return status;
    if (options.output.empty()) {
        out << text;
        return out ? 0 : 1;
    }
    return writeWhole(options.output, text, err) ? 0 : 1;
}

} // namespace postie::cli
