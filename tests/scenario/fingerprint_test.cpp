// Run fingerprints of the bundled lessons, pinned in tests/data/fingerprints.csv. A
// fingerprint hashes every event's number, time, station and type: it changes when the
// story changes, so the file changes only on purpose. To accept a deliberate change, run
//   POSTIE_UPDATE_FINGERPRINTS=1 build/tests/scenario_tests --gtest_filter='Fingerprints*'
// and commit the new CSV with the change that explains it.
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"
#include "trace/trace_sink.h"

#include "support/lesson_files.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace postie {
namespace {

namespace fs = std::filesystem;

const std::string kCsv = std::string(POSTIE_TEST_DATA_DIR) + "/fingerprints.csv";

std::vector<std::string> lessons() { return testing::lessonFiles(); }

std::pair<std::string, std::uint64_t> fingerprint(const std::string& lesson, bool withRecorder)
{
    const auto loaded = loadScenarioFile(std::string(POSTIE_SOURCE_DIR) + "/scenarios/" + lesson);
    if (!loaded.ok()) return {"load-error", 0};
    ScenarioRun run(*loaded.spec);
    FingerprintSink print;
    MemoryRecorder recorder;
    run.world().addSink(&print);
    if (withRecorder) run.world().addSink(&recorder);
    run.start();
    run.runToEnd();
    return {print.hex(), run.world().sim().eventsProcessed()};
}

TEST(Fingerprints, EveryBundledLessonRunsExactlyAsPinned)
{
    std::map<std::string, std::string> pinned;
    {
        std::ifstream in(kCsv);
        std::string line;
        std::getline(in, line);  // header
        while (std::getline(in, line)) {
            std::istringstream row(line);
            std::string name, print;
            std::getline(row, name, ',');
            std::getline(row, print, ',');
            pinned[name] = print;
        }
    }
    std::ostringstream fresh;
    fresh << "scenario,fingerprint,events\n";
    bool changed = false;
    for (const auto& lesson : lessons()) {
        const auto [print, events] = fingerprint(lesson, false);
        fresh << lesson << ',' << print << ',' << events << '\n';
        if (pinned[lesson] != print) {
            changed = true;
            ADD_FAILURE() << lesson << " now runs differently: fingerprint " << print << " (" << events
                          << " events), pinned " << (pinned[lesson].empty() ? "nothing" : pinned[lesson])
                          << ". If the change is on purpose, rerun with POSTIE_UPDATE_FINGERPRINTS=1 and commit "
                          << kCsv;
        }
    }
    if (changed && std::getenv("POSTIE_UPDATE_FINGERPRINTS")) std::ofstream(kCsv) << fresh.str();
}

TEST(Fingerprints, ListeningToARunNeverChangesIt)
{
    for (const auto& lesson : testing::lessonFiles(false)) EXPECT_EQ(fingerprint(lesson, false).first, fingerprint(lesson, true).first) << lesson;
}

} // namespace
} // namespace postie
