// postie-cli edit: the app's edits from the terminal, so a teacher can script variants of a
// town. Only the edited values change; with no change the file comes out byte for byte; a bad
// value is reported where it stands and nothing is written.
#include "support/run_cli.h"

#include "support/text_files.h"

#include <gtest/gtest.h>

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

std::string lesson(const std::string& name) { return std::string(POSTIE_SOURCE_DIR) + "/scenarios/" + name; }

fs::path tempDir()
{
    fs::path dir = fs::temp_directory_path() / ("postie-edit-test-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir;
}


TEST(EditCommand, WithNoChangeEveryBundledLessonComesOutByteForByte)
{
    for (const auto& entry : fs::directory_iterator(std::string(POSTIE_SOURCE_DIR) + "/scenarios")) {
        if (entry.path().extension() != ".yaml") continue;
        const fs::path out = tempDir() / ("same-" + entry.path().filename().string());
        const auto r = cli("edit " + entry.path().string() + " -o " + out.string());
        ASSERT_EQ(r.exitCode, 0) << entry.path() << "\n" << r.out << r.out;
        EXPECT_EQ(readTextFile(out), readTextFile(entry.path())) << entry.path();
    }
}

TEST(EditCommand, WithoutAnOutputFileItPrintsTheEditedFile)
{
    const auto r = cli("edit " + lesson("01-first-email.yaml"));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_EQ(r.out, readTextFile(lesson("01-first-email.yaml")));
}

TEST(EditCommand, ASetChangesOnlyTheLinesOfThatKey)
{
    const fs::path out = tempDir() / "variant.yaml";
    const auto r = cli("edit " + lesson("03-server-down-retries.yaml") + " --set seed=7 --set smtp.sender.test.workers=2 -o " +
                       out.string());
    ASSERT_EQ(r.exitCode, 0) << r.out << r.out;
    const auto before = textLines(readTextFile(lesson("03-server-down-retries.yaml")));
    const auto after = textLines(readTextFile(out));
    ASSERT_EQ(before.size(), after.size());
    int changed = 0;
    for (std::size_t i = 0; i < before.size(); ++i) {
        if (before[i] == after[i]) continue;
        ++changed;
        const bool seed = after[i].rfind("seed: 7", 0) == 0;
        const bool workers = after[i].find("id: smtp.sender.test") != std::string::npos &&
                             after[i].find("workers: 2") != std::string::npos;
        EXPECT_TRUE(seed || workers) << after[i];
    }
    EXPECT_EQ(changed, 2);
    EXPECT_EQ(cli("check " + out.string()).exitCode, 0);
}

TEST(EditCommand, ABadValueIsReportedWhereItStandsAndNothingIsWritten)
{
    const fs::path out = tempDir() / "never.yaml";
    fs::remove(out);
    const auto r = cli("edit " + lesson("01-first-email.yaml") + " --set smtp.sender.test.workers=many -o " + out.string());
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.out.find(lesson("01-first-email.yaml") + ":"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("workers"), std::string::npos) << r.out;
    EXPECT_FALSE(fs::exists(out));
}

TEST(EditCommand, AnUnknownStationIsAUsageErrorAndTheFileIsLeftAlone)
{
    const fs::path copy = tempDir() / "mine.yaml";
    fs::copy_file(lesson("01-first-email.yaml"), copy, fs::copy_options::overwrite_existing);
    const auto r = cli("edit " + copy.string() + " --set nobody.workers=2 -o " + copy.string());
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.out.find("nobody"), std::string::npos) << r.out;
    EXPECT_EQ(readTextFile(copy), readTextFile(lesson("01-first-email.yaml")));
}

TEST(EditCommand, AnOutputOverTheInputReplacesItWhole)
{
    const fs::path copy = tempDir() / "in-place.yaml";
    fs::copy_file(lesson("01-first-email.yaml"), copy, fs::copy_options::overwrite_existing);
    const auto r = cli("edit " + copy.string() + " --set seed=11 -o " + copy.string());
    ASSERT_EQ(r.exitCode, 0) << r.out;
    const std::string text = readTextFile(copy);
    EXPECT_NE(text.find("\nseed: 11 "), std::string::npos) << text;
    EXPECT_EQ(cli("check " + copy.string()).exitCode, 0);
}

} // namespace
