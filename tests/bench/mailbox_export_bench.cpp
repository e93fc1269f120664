// What `postie-cli run --mailboxes` costs on lesson 10's day (a 40 KB newsletter to 100,000
// readers): the run alone, then the run and every mailbox written, as mbox and as Maildir, into
// a folder under the system's temporary directory (give TMPDIR a tmpfs to leave the disk out).
// Compare the export runs with the run alone of the same process: the ratio is the figure. The
// floor: the same number of files of the same sizes written with plain write(2) calls from one
// buffer, on as many threads as the export uses: what the kernel's copying costs on its own.
#include "mail/mailbox_export.h"
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"

#include <benchmark/benchmark.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <thread>
#include <vector>

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

// The size of every file an mbox export of lesson 10 writes.
std::vector<std::uintmax_t> exportedFileSizes(const std::filesystem::path& dir)
{
    postie::ScenarioRun r(lesson10());
    r.runToEnd();
    if (!postie::exportMailboxes(r.world(), dir, postie::MailboxFormat::Mbox).error.empty()) std::abort();
    std::vector<std::uintmax_t> sizes;
    for (const auto& file : std::filesystem::directory_iterator(dir)) sizes.push_back(file.file_size());
    std::filesystem::remove_all(dir);
    return sizes;
}

void BM_PlainWritesOfTheSameBytes(benchmark::State& state)
{
    const auto dir = std::filesystem::temp_directory_path() / ("postie-bench-plain-" + std::to_string(::getpid()));
    const std::vector<std::uintmax_t> sizes = exportedFileSizes(dir);
    const std::string bytes(*std::max_element(sizes.begin(), sizes.end()), 'x');
    const unsigned threads = std::max(1u, std::min(std::thread::hardware_concurrency(), 8u));
    for (auto _ : state) {
        std::filesystem::create_directories(dir);
        std::vector<std::jthread> writers;
        for (unsigned k = 0; k < threads; ++k)
            writers.emplace_back([&, k] {
                for (std::size_t i = k; i < sizes.size(); i += threads) {
                    const int fd = ::open((dir / std::to_string(i)).c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
                    if (fd < 0 || ::write(fd, bytes.data(), sizes[i]) != ssize_t(sizes[i])) std::abort();
                    ::close(fd);
                }
            });
        writers.clear();
        state.PauseTiming();
        std::filesystem::remove_all(dir);
        state.ResumeTiming();
    }
    state.counters["files"] = double(sizes.size());
    state.counters["threads"] = threads;
}

void BM_Lesson10RunAlone(benchmark::State& state) { run(state, std::nullopt); }
void BM_Lesson10RunAndMbox(benchmark::State& state) { run(state, postie::MailboxFormat::Mbox); }
void BM_Lesson10RunAndMaildir(benchmark::State& state) { run(state, postie::MailboxFormat::Maildir); }
BENCHMARK(BM_PlainWritesOfTheSameBytes)->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime();
BENCHMARK(BM_Lesson10RunAlone)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_Lesson10RunAndMbox)->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime();
BENCHMARK(BM_Lesson10RunAndMaildir)->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
