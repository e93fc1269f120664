// What `postie-cli run --mailboxes` costs on lesson 10's day (a 40 KB newsletter to 100,000
// readers): the run alone, then the run and every mailbox written, as mbox and as Maildir, into
// a folder under the system's temporary directory (give TMPDIR a tmpfs to leave the disk out).
// Compare the export runs with the run alone of the same process: the ratio is the figure.
#include "mail/mailbox_export.h"
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"

#include <benchmark/benchmark.h>

#include <unistd.h>

#include <filesystem>
#include <iostream>

namespace {

postie::ScenarioSpec lesson10()
{
    const auto loaded =
        postie::loadScenarioFile(std::string(POSTIE_SOURCE_DIR) + "/scenarios/10-newsletter-meets-a-limit.yaml");
    if (!loaded.ok()) std::abort();
    return *loaded.spec;
}

void run(benchmark::State& state, std::optional<postie::MailboxFormat> format)
{
    const postie::ScenarioSpec spec = lesson10();
    const auto dir = std::filesystem::temp_directory_path() / ("postie-bench-" + std::to_string(::getpid()));
    std::uint64_t letters = 0;
    for (auto _ : state) {
        postie::ScenarioRun r(spec);
        r.runToEnd();
        if (format) {
            const auto written = postie::exportMailboxes(r.world(), dir, *format);
            if (!written.error.empty()) state.SkipWithError(written.error.c_str());
            for (const auto& box : written.boxes) letters += box.letters;
            state.PauseTiming();
            std::filesystem::remove_all(dir);
            state.ResumeTiming();
        }
    }
    state.counters["letters_written"] = double(letters) / double(state.iterations());
}

void BM_Lesson10RunAlone(benchmark::State& state) { run(state, std::nullopt); }
void BM_Lesson10RunAndMbox(benchmark::State& state) { run(state, postie::MailboxFormat::Mbox); }
void BM_Lesson10RunAndMaildir(benchmark::State& state) { run(state, postie::MailboxFormat::Maildir); }
BENCHMARK(BM_Lesson10RunAlone)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_Lesson10RunAndMbox)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_Lesson10RunAndMaildir)->Unit(benchmark::kMillisecond)->Iterations(2);

} // namespace

BENCHMARK_MAIN();
