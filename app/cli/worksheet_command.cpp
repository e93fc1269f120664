#include "worksheet_command.h"

#include "lesson/lesson_watcher.h"
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"
#include "worksheet/worksheet.h"
#include "worksheet/worksheet_html.h"
#include "worksheet/worksheet_pdf.h"

#include <fstream>
#include <ostream>

namespace postie::cli {
namespace {

bool endsWith(const std::string& s, const std::string& tail)
{
    if (s.size() < tail.size()) return false;
    for (std::size_t i = 0; i < tail.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[s.size() - tail.size() + i])) != tail[i]) return false;
    return true;
}

} // namespace

int runWorksheet(const WorksheetOptions& options, std::ostream& out, std::ostream& err)
{
    const bool pdf = endsWith(options.output, ".pdf");
    const bool html = endsWith(options.output, ".html") || endsWith(options.output, ".htm");
    if (!pdf && !html) {
        err << "postie-cli: -o: '" << options.output << "' ends in neither .pdf nor .html; name the worksheet file "
            << "like lesson.pdf or lesson.html\n";
        return 2;
    }
    const LoadResult loaded = loadScenarioFile(options.file);
    if (!loaded.ok()) {
        for (const auto& d : loaded.errors) out << d.format() << '\n';
        return 1;
    }
    const ScenarioSpec& spec = *loaded.spec;
    if (spec.lesson.stops.empty() && spec.lesson.goals.empty()) {
        err << "postie-cli: " << options.file << " has no lesson: section, so there is nothing to ask on a worksheet; "
            << "add goals and stops (docs/scenarios.md, Lessons)\n";
        return 1;
    }
    // The answers are the run's: run it whole and read them.
    ScenarioRun run(spec);
    LessonWatcher watcher(spec);
    run.world().addSink(&watcher);
    run.runToEnd(std::nullopt);
    const Worksheet worksheet = makeWorksheet(spec, watcher.progress());
    if (pdf) {
        std::string why;
        if (!writeWorksheetPdf(worksheet, options.output, why)) {
            err << "postie-cli: cannot write the worksheet to " << options.output << ": " << why << '\n';
            return 2;
        }
        return 0;
    }
    std::ofstream file(options.output, std::ios::binary);
    file << worksheetHtml(worksheet);
    file.flush();
    if (!file) {
        err << "postie-cli: cannot write the worksheet to " << options.output << '\n';
        return 2;
    }
    return 0;
}

} // namespace postie::cli
