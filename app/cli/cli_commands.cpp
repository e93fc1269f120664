#include "cli_commands.h"

#include "mail/mailbox_export.h"
#include "mail/mailbox_store.h"

#include "lesson_narration.h"
#include "scenario_override.h"
#include "summary_file.h"

#include "mail/world.h"
#include "scenario/scenario_keys.h"
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"
#include "scenario/units.h"
#include "trace/narrator.h"
#include "trace/series_csv.h"
#include "trace/series_recorder.h"
#include "trace/trace_sink.h"

#include <fmt/format.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <unistd.h>

namespace postie::cli {
namespace {

// Tells each event as one line: the simulated clock, then the sentence.
class NarrationSink : public TraceSink {
public:
    NarrationSink(const Narrator& narrator, std::ostream& out) : m_narrator(narrator), m_out(out) {}
    void record(const TraceRecord& r) override
    {
        const std::string text = m_narrator.tell(r);
        if (!text.empty()) m_out << m_narrator.clock(r.time) << "  " << text << '\n';
    }

private:
    const Narrator& m_narrator;
    std::ostream& m_out;
};

Narrator makeNarrator(const ScenarioSpec& spec)
{
    std::map<std::string, StationInfo> stations;
    for (const auto& s : spec.stations) stations[s.id] = StationInfo{stationKindName(s.kind), s.label};
    return Narrator(std::move(stations), spec.startEpochSeconds);
}

} // namespace

int runCheck(const CheckOptions& options, std::ostream& out)
{
    int status = 0;
    for (const auto& file : options.files) {
        const LoadResult result = loadScenarioFile(file);
        if (result.ok()) {
            out << "OK " << file << '\n';
        } else {
            printErrors(result.errors, out);
            status = 1;
        }
    }
    return status;
}

int runKeys(std::ostream& out)
{
    out << describeScenarioKeys();
    return 0;
}

namespace {

// --mailboxes: every user's mailbox as it stands now; says where, or why not.
bool writeMailboxes(const World& world, const RunOptions& options, std::ostream& out, std::ostream& err)
{
    const MailboxFormat format = options.mailboxFormat == "maildir" ? MailboxFormat::Maildir : MailboxFormat::Mbox;
    const MailboxExport written = exportMailboxes(world, options.mailboxesDir, format);
    if (!written.error.empty()) {
        err << "postie-cli: --mailboxes: " << written.error << '\n';
        return false;
    }
    for (const auto& box : written.boxes)
        if (box.forgotten > 0)
            err << fmt::format("postie-cli: --mailboxes: {} holds {} more letters than its PO box remembers (the "
                               "latest {} a user); the file has those it remembers\n",
                               box.user, box.forgotten, World::kKeepPerUser);
    if (!options.quiet)
        out << fmt::format("Mailboxes of {} user{} written to {} ({}).\n", written.boxes.size(),
                           written.boxes.size() == 1 ? "" : "s", options.mailboxesDir, options.mailboxFormat);
    return true;
}

} // namespace

int runRun(const RunOptions& options, std::ostream& out, std::ostream& err)
{
    std::optional<std::uint64_t> seed;
    if (!options.seed.empty()) {
        const bool digits = options.seed.size() <= 20 &&
                            options.seed.find_first_not_of("0123456789") == std::string::npos;
        errno = 0;
        const unsigned long long value = digits ? std::strtoull(options.seed.c_str(), nullptr, 10) : 0;
        if (!digits || errno == ERANGE) {
            err << "postie-cli: --seed: '" << options.seed << "' is not a whole number from 0 to 18446744073709551615\n";
            return 2;
        }
        seed = value;
    }
    std::optional<SimTime> until;
    if (!options.until.empty()) {
        auto parsed = parseDuration(options.until);
        if (!parsed.value) {
            err << "postie-cli: --until: " << parsed.error << '\n';
            return 2;
        }
        until = *parsed.value;
    }
    const std::string everyText = options.every.empty() ? kDefaultSeriesEvery : options.every;
    SimTime every = SimTime::zero();
    if (!options.seriesPath.empty() || !options.every.empty()) {
        auto parsed = parseDuration(everyText);
        if (!parsed.value) {
            err << "postie-cli: --every: " << parsed.error << '\n';
            return 2;
        }
        if (*parsed.value <= SimTime::zero()) {
            err << "postie-cli: --every: the interval must be longer than zero, for example 1s or 5m\n";
            return 2;
        }
        every = *parsed.value;
    }
    std::optional<SweepPosition> sweepPosition;
    if (!options.sweepIndex.empty()) {
        sweepPosition = parseSweepPosition(options.sweepIndex);
        if (!sweepPosition) {
            err << "postie-cli: --sweep-index: '" << options.sweepIndex << "' is not I/N with 0 <= I < N\n";
            return 2;
        }
    }
    std::optional<SimTime> mailboxesAt;
    if (!options.mailboxesAt.empty()) {
        auto parsed = parseDuration(options.mailboxesAt);
        if (!parsed.value) {
            err << "postie-cli: --at: " << parsed.error << '\n';
            return 2;
        }
        mailboxesAt = *parsed.value;
    }
    LoadResult loaded;
    std::vector<std::pair<std::string, std::string>> sets;
    if (int status = loadWithSets(options.file, options.sets, loaded, sets, err); status != 0) return status;
    const ScenarioSpec& spec = *loaded.spec;
    ScenarioRun run(spec, seed);
    if (!options.mailboxesDir.empty()) run.world().keepEveryLetter();  // the mailboxes whole

    std::ofstream traceFile;
    std::optional<JsonLinesSink> traceSink;
    if (!options.tracePath.empty()) {
        traceFile.open(options.tracePath, std::ios::binary);
        if (!traceFile) {
            err << "postie-cli: cannot write the trace to " << options.tracePath << '\n';
            return 2;
        }
        traceSink.emplace(traceFile);
        run.world().addSink(&*traceSink);
    }
    std::ofstream seriesFile;
    std::optional<SeriesRecorder> series;
    if (!options.seriesPath.empty()) {
        const std::optional<SimTime> end = until ? until : spec.until;
        if (end && std::uint64_t(end->micros() / every.micros()) + 2 > SeriesRecorder::kMaxSamples) {
            err << "postie-cli: --every: " << everyText << " gives more than " << SeriesRecorder::kMaxSamples
                << " rows for this run; choose a longer interval\n";
            return 2;
        }
        seriesFile.open(options.seriesPath, std::ios::binary);
        if (!seriesFile) {
            err << "postie-cli: cannot write the series to " << options.seriesPath << '\n';
            return 2;
        }
        series.emplace(every, run.world().queueStationIds());
        run.world().addSink(&*series);
    }
    const Narrator narrator = makeNarrator(spec);
    NarrationSink narration(narrator, out);
    LessonNarration lesson(spec, narrator, out, options.answers);
    if (!options.quiet) {
        out << spec.title << "\n" << (spec.summary.empty() ? "" : spec.summary + "\n") << '\n';
        lesson.tellGoals();
        run.world().addSink(&narration);
        run.world().addSink(&lesson.watcher());
    }

    const bool showProgress = !options.quiet && isatty(STDERR_FILENO);
    const auto started = std::chrono::steady_clock::now();
    auto lastShown = started;
    auto progress = [&](const World& w) {
        if (!showProgress) return;
        const auto now = std::chrono::steady_clock::now();
        if (now - lastShown < std::chrono::milliseconds(250)) return;
        lastShown = now;
        const double secs = std::chrono::duration<double>(now - started).count();
        err << fmt::format("\r  simulated {}  messages finished {} of {}  {:.0f} events/s   ", narrator.clock(w.now()),
                           w.stats().finished(), w.stats().created,
                           secs > 0 ? double(w.sim().eventsProcessed()) / secs : 0.0)
            << std::flush;
    };
    bool mailboxesWritten = false;
    if (mailboxesAt) {
        // Every event up to that moment, then the mailboxes as they stand, then the rest of the run.
        run.runThrough(until ? std::min(*until, *mailboxesAt) : *mailboxesAt);
        if (!writeMailboxes(run.world(), options, out, err)) return 2;
        mailboxesWritten = true;
    }
    run.runToEnd(until, progress);
    if (showProgress && lastShown != started) err << '\n';
    if (!options.mailboxesDir.empty() && !mailboxesWritten && !writeMailboxes(run.world(), options, out, err)) return 2;

    const RunSummary summary = run.world().summary();
    if (traceSink) traceSink->finish();
    if (series) {
        series->close(run.world().now());
        if (series->truncated()) {
            err << "postie-cli: --every: " << everyText << " gives more than " << SeriesRecorder::kMaxSamples
                << " rows for this run; choose a longer interval\n";
            return 2;
        }
        writeSeriesCsv(seriesFile, *series, spec.startEpochSeconds);
        seriesFile.flush();
        if (!seriesFile) {
            err << "postie-cli: cannot write the series to " << options.seriesPath << '\n';
            return 2;
        }
    }
    if (!options.summaryPath.empty()) {
        std::ofstream summaryFile(options.summaryPath, std::ios::binary);
        if (!summaryFile) {
            err << "postie-cli: cannot write the summary to " << options.summaryPath << '\n';
            return 2;
        }
        summaryFile << summaryJson({summary, sets, sweepPosition}) << '\n';
    }
    if (!options.quiet) {
        lesson.tellEnd();
        out << '\n'
            << fmt::format("Finished at {}. Letters, one per recipient: {} written, {} delivered, {} returned to "
                           "sender, {} expired, {} discarded, {} still on their way.",
                           narrator.clock(run.world().now()), summary.created, summary.delivered, summary.bounced,
                           summary.expired, summary.discarded, summary.inFlight)
            << '\n';
        if (summary.latency.count > 0)
            out << fmt::format("Delivery took {:.3f} s on average (median {:.3f} s, slowest {:.3f} s).",
                               summary.latency.mean, summary.latency.p50, summary.latency.max)
                << '\n';
    }
    return 0;
}

} // namespace postie::cli
