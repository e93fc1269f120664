// A study larger than one machine: `run --set`, `sweep --plan` (one self-contained command per
// run, for GNU parallel or a Slurm array job) and `sweep --merge` (the table from the runs'
// summaries, equal to a local sweep's).
#include "support/run_cli.h"

#include "support/text_files.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace {

using postie::testing::readTextFile;
using postie::testing::textLines;

namespace fs = std::filesystem;

using postie::testing::cli;
using postie::testing::shell;

const std::string kRushHour = std::string(POSTIE_TEST_DATA_DIR) + "/rush_hour.yaml";

// A fresh folder for one test.
fs::path freshDir(const std::string& name)
{
    const fs::path dir = fs::temp_directory_path() / ("postie-plan-test-" + std::to_string(::getpid())) / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}


std::size_t countFiles(const fs::path& dir)
{
    return std::size_t(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

TEST(RunSet, ReplacesOneValueOfTheFileAndTheSummarySaysWhich)
{
    const fs::path dir = freshDir("run-set");
    // The same town with two clerks written into the file by hand.
    std::string text = readTextFile(kRushHour);
    const std::string one = "workers: 1, service: exp(4s)";
    ASSERT_NE(text.find(one), std::string::npos);
    text.replace(text.find(one), one.size(), "workers: 2, service: exp(4s)");
    std::ofstream(dir / "two-clerks.yaml") << text;

    ASSERT_EQ(cli("run --quiet --summary " + (dir / "by-hand.json").string() + " " + (dir / "two-clerks.yaml").string())
                  .exitCode,
              0);
    const auto set = cli("run --quiet --set smtp.sender.test.workers=2 --summary " + (dir / "set.json").string() + " " +
                         kRushHour);
    ASSERT_EQ(set.exitCode, 0) << set.out;
    const auto byHand = nlohmann::json::parse(readTextFile(dir / "by-hand.json"));
    const auto withSet = nlohmann::json::parse(readTextFile(dir / "set.json"));
    EXPECT_EQ(withSet["latency_s"], byHand["latency_s"]);
    EXPECT_EQ(withSet["messages"], byHand["messages"]);
    EXPECT_EQ(withSet["set"], nlohmann::json::parse(R"([{"key": "smtp.sender.test.workers", "value": "2"}])"));
    EXPECT_FALSE(byHand.contains("set")) << "a run without --set writes the summary as before";

    ASSERT_EQ(cli("run --quiet --summary " + (dir / "one.json").string() + " " + kRushHour).exitCode, 0);
    EXPECT_NE(nlohmann::json::parse(readTextFile(dir / "one.json"))["latency_s"], withSet["latency_s"]) << "two clerks change the run";
}

TEST(RunSet, RefusesWhatSweepRefusesWithTheSameWords)
{
    const auto station = cli("run --quiet --set smtp.sender.tst.workers=2 " + kRushHour);
    EXPECT_EQ(station.exitCode, 2);
    EXPECT_NE(station.out.find("no station \"smtp.sender.tst\"; did you mean \"smtp.sender.test\"?"), std::string::npos)
        << station.out;
    EXPECT_EQ(cli("run --quiet --set workers " + kRushHour).exitCode, 2);
    const auto bad = cli("run --quiet --set smtp.sender.test.workers=lots " + kRushHour);
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_NE(bad.out.find(kRushHour + ":"), std::string::npos) << bad.out;
    EXPECT_NE(bad.out.find(": error:"), std::string::npos) << bad.out;
    EXPECT_EQ(cli("run --quiet --sweep-index 3/3 --summary /dev/null " + kRushHour).exitCode, 2);
    EXPECT_EQ(cli("run --quiet --sweep-index 1/3 " + kRushHour).exitCode, 2) << "--sweep-index needs --summary";
}

TEST(SweepPlan, WritesOneSelfContainedCommandPerRun)
{
    const fs::path dir = freshDir("plan");
    const auto r = cli("sweep " + kRushHour + " --set smtp.sender.test.workers=1,2 --runs 3 --plan " +
                       (dir / "jobs.txt").string());
    ASSERT_EQ(r.exitCode, 0) << r.out;
    const fs::path summaries = dir / "jobs-summaries";
    EXPECT_NE(r.out.find("postie-cli sweep --merge " + summaries.string()), std::string::npos) << r.out;
    ASSERT_TRUE(fs::is_directory(summaries));
    EXPECT_EQ(countFiles(summaries), 0u) << "nothing runs here";
    const auto plan = textLines(readTextFile(dir / "jobs.txt"));
    ASSERT_EQ(plan.size(), 6u);
    EXPECT_EQ(plan[0], std::string(POSTIE_CLI_PATH) + " run " + kRushHour +
                           " --quiet --seed 3 --set smtp.sender.test.workers=1 --sweep-index 0/6 --summary " +
                           (summaries / "run-0.json").string());
    EXPECT_NE(plan[5].find(" --seed 5 --set smtp.sender.test.workers=2 --sweep-index 5/6 "), std::string::npos) << plan[5];

    // A line runs from anywhere, on its own.
    const auto one = shell("cd / && " + plan[4]);
    ASSERT_EQ(one.exitCode, 0) << one.out;
    const auto summary = nlohmann::json::parse(readTextFile(summaries / "run-4.json"));
    EXPECT_EQ(summary["seed"], 4);
    EXPECT_EQ(summary["sweep"], nlohmann::json::parse(R"({"index": 4, "of": 6})"));
}

TEST(SweepPlan, QuotesValuesForTheShellAndRefusesAFolderThatHoldsFiles)
{
    const fs::path dir = freshDir("quotes");
    const auto r = cli("sweep " + kRushHour + " --set 'smtp.sender.test.service=uniform(1s, 3s)' --runs 1 --plan " +
                       (dir / "jobs.txt").string() + " --summaries " + (dir / "out").string());
    ASSERT_EQ(r.exitCode, 0) << r.out;
    const auto plan = textLines(readTextFile(dir / "jobs.txt"));
    ASSERT_EQ(plan.size(), 1u);
    EXPECT_NE(plan[0].find(" --set 'smtp.sender.test.service=uniform(1s, 3s)' "), std::string::npos) << plan[0];
    ASSERT_EQ(shell(plan[0]).exitCode, 0);
    EXPECT_TRUE(fs::exists(dir / "out" / "run-0.json"));

    const auto again = cli("sweep " + kRushHour + " --set smtp.sender.test.workers=1 --plan " + (dir / "jobs.txt").string() +
                           " --summaries " + (dir / "out").string());
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_NE(again.out.find("already holds files"), std::string::npos) << again.out;
}

TEST(SweepPlan, RefusesAValueGivenTwiceAndMergeWithASweepsOwnArguments)
{
    const auto twice = cli("sweep " + kRushHour + " --set smtp.sender.test.workers=1,2,1");
    EXPECT_EQ(twice.exitCode, 2);
    EXPECT_NE(twice.out.find("the value 1 is given twice"), std::string::npos) << twice.out;
    EXPECT_EQ(cli("sweep --merge /tmp " + kRushHour).exitCode, 2);
    EXPECT_EQ(cli("sweep --merge /tmp --set smtp.sender.test.workers=1").exitCode, 2);
}

// Writes a plan of `args` into `dir` and runs every line with the shell, one after another.
void runPlanBySh(const fs::path& dir, const std::string& args)
{
    ASSERT_EQ(cli("sweep " + args + " --plan " + (dir / "jobs.txt").string()).exitCode, 0);
    const auto r = shell("sh " + (dir / "jobs.txt").string());
    ASSERT_EQ(r.exitCode, 0) << r.out;
}

TEST(SweepMerge, NamesThePlanLinesWhoseSummariesAreMissing)
{
    const fs::path dir = freshDir("missing");
    ASSERT_NO_FATAL_FAILURE(runPlanBySh(dir, kRushHour + " --set smtp.sender.test.workers=1,2 --runs 2"));
    const std::string folder = (dir / "jobs-summaries").string();
    ASSERT_EQ(cli("sweep --merge " + folder).exitCode, 0);
    fs::remove(dir / "jobs-summaries" / "run-2.json");
    const auto r = cli("sweep --merge " + folder);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.out.find("1 of the plan's 4 runs have no summary"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("(plan lines 3)"), std::string::npos) << r.out;
}

TEST(SweepMerge, RefusesASummaryThatIsNotARunOfAPlan)
{
    const fs::path dir = freshDir("stranger");
    ASSERT_NO_FATAL_FAILURE(runPlanBySh(dir, kRushHour + " --set smtp.sender.test.workers=1,2 --runs 1"));
    const fs::path stranger = dir / "jobs-summaries" / "mine.json";
    ASSERT_EQ(cli("run --quiet --summary " + stranger.string() + " " + kRushHour).exitCode, 0);
    const auto r = cli("sweep --merge " + (dir / "jobs-summaries").string());
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.out.find(stranger.string() + ": has no \"sweep\" entry"), std::string::npos) << r.out;
    EXPECT_EQ(cli("sweep --merge " + dir.string()).exitCode, 1) << "a folder with no summaries";
}

// The study of the issue: run on other machines' cores by GNU parallel (here, this machine's),
// merged, and the same table as the sweep run here prints, to the byte.
TEST(SweepMerge, APlanRunByGnuParallelGivesTheTableOfALocalSweep)
{
    if (shell("command -v parallel").exitCode != 0)
        GTEST_SKIP() << "GNU parallel is not on PATH (Debian package 'parallel'; scripts/setup.sh installs it)";
    const fs::path dir = freshDir("parallel");
    const std::string study = kRushHour + " --set smtp.sender.test.workers=1,2 --set 'smtp.sender.test.service=exp(2s),uniform(1s, 3s)' "
                                          "--set seed=1,9 --runs 2";
    const auto planned = cli("sweep " + study + " --plan " + (dir / "jobs.txt").string());
    ASSERT_EQ(planned.exitCode, 0) << planned.out;
    ASSERT_EQ(textLines(readTextFile(dir / "jobs.txt")).size(), 16u);
    const auto ran = shell("cd / && parallel --will-cite --halt now,fail=1 --jobs 2 < " + (dir / "jobs.txt").string());
    ASSERT_EQ(ran.exitCode, 0) << ran.out;
    ASSERT_EQ(countFiles(dir / "jobs-summaries"), 16u);

    for (const std::string format : {"", " --csv"}) {
        SCOPED_TRACE(format);
        const auto local = cli("sweep " + study + format);
        const auto merged = cli("sweep --merge " + (dir / "jobs-summaries").string() + format);
        ASSERT_EQ(local.exitCode, 0) << local.out;
        ASSERT_EQ(merged.exitCode, 0) << merged.out;
        EXPECT_EQ(textLines(local.out).size(), 9u) << local.out;
        EXPECT_EQ(merged.out, local.out);
    }
}

} // namespace
