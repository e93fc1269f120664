// What the IMAP view (postie-cli imap, File > Open in a mail program) costs on a 100,000-letter
// INBOX: Carol, who has no device, is written 100,000 letters (one every tenth of a second).
// BM_RunAlone is the run; BM_FetchEveryEnvelope times only what a mail program's first look
// costs after that run: the PO boxes as IMAP shows them, LOGIN, SELECT INBOX and
// FETCH 1:* (FLAGS ENVELOPE). Its counters say the memory: rss_run_mb after the run, and
// rss_peak_mb, the most the process held through the FETCH (ru_maxrss), and their ratio.
#include "imap/imap_mailboxes.h"
#include "imap/imap_session.h"
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <fstream>

namespace {

constexpr int kLetters = 100'000;

postie::ScenarioSpec carolsFullInbox()
{
    const auto loaded =
        postie::loadScenarioFile(std::string(POSTIE_SOURCE_DIR) + "/tests/data/mail/letters_with_from_lines.yaml");
    if (!loaded.ok()) std::abort();
    postie::ScenarioSpec spec = *loaded.spec;
    postie::LetterSpec model = spec.letters.front();
    spec.letters.clear();
    for (int i = 0; i < kLetters; ++i) {
        postie::LetterSpec l = model;
        l.at = postie::SimTime::fromMicros(std::int64_t(i) * 100'000);
        l.to = {"carol@example.org"};
        l.subject = "Letter " + std::to_string(i + 1);
        l.body.clear();
        l.sizeBytes = 2048;
        spec.letters.push_back(std::move(l));
    }
    return spec;
}

double residentMb()
{
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    return double(resident) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

double peakMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;  // kilobytes on Linux
}

void BM_RunAlone(benchmark::State& state)
{
    const postie::ScenarioSpec spec = carolsFullInbox();
    for (auto _ : state) {
        postie::ScenarioRun run(spec);
        run.world().keepEveryLetter();
        run.runToEnd();
        benchmark::DoNotOptimize(run.world().stats().created);
    }
}

void BM_FetchEveryEnvelope(benchmark::State& state)
{
    const postie::ScenarioSpec spec = carolsFullInbox();
    std::size_t bytes = 0;
    for (auto _ : state) {
        state.PauseTiming();
        postie::ScenarioRun run(spec);
        run.world().keepEveryLetter();
        run.runToEnd();
        const double afterRun = residentMb();
        state.ResumeTiming();

        const postie::ImapMailboxes boxes = postie::ImapMailboxes::of(run.world());
        postie::imap::CommandReader reader;
        postie::imap::ImapSession session(boxes);
        reader.feed("a1 LOGIN carol@example.org postie\r\na2 SELECT INBOX\r\na3 FETCH 1:* (FLAGS ENVELOPE)\r\n");
        std::string answer;
        while (auto r = reader.next()) answer = session.answer(*r);
        bytes = answer.size();
        if (answer.find("a3 OK") == std::string::npos) state.SkipWithError("FETCH did not complete");

        state.PauseTiming();
        state.counters["rss_run_mb"] = afterRun;
        state.counters["rss_peak_mb"] = peakMb();
        state.counters["peak_over_run"] = peakMb() / afterRun;
        state.ResumeTiming();
    }
    state.counters["fetch_answer_mb"] = double(bytes) / (1024.0 * 1024.0);
}

BENCHMARK(BM_RunAlone)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_FetchEveryEnvelope)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

BENCHMARK_MAIN();
