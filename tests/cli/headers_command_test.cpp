// postie-cli headers: a real message's journey as a teacher reads it (the hops oldest first,
// how long each took, clock skew said, which lines the receiver can trust), the town written
// with --scenario, and every kind of bad input answered in a line with exit 1.
#include "support/run_cli.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using postie::testing::cli;
using postie::testing::shell;

std::string received(const std::string& name) { return std::string(POSTIE_SOURCE_DIR) + "/tests/data/received/" + name; }

fs::path tempDir()
{
    fs::path dir = fs::temp_directory_path() / ("postie-headers-test-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir;
}

TEST(HeadersCommand, PrintsTheHopsOldestFirstWithTheirTimesAndWhomToTrust)
{
    const auto r = cli("headers " + received("clock_skew.eml"));
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("The journey of \"minutes\""), std::string::npos) << r.out;
    const auto first = r.out.find("ws1.example.com [192.0.2.100]");
    const auto second = r.out.find("smtp.example.com [192.0.2.25]");
    const auto third = r.out.find("relay.example.net [198.51.100.60]");
    ASSERT_NE(first, std::string::npos) << r.out;
    EXPECT_LT(first, second);
    EXPECT_LT(second, third);
    EXPECT_NE(r.out.find("+4 min 2 s"), std::string::npos);
    EXPECT_NE(r.out.find("-3 min 57 s (clock skew)"), std::string::npos);
    EXPECT_NE(r.out.find("Hop 3 is dated 237 s before hop 2"), std::string::npos);
    EXPECT_NE(r.out.find("may be forged: written outside example.org"), std::string::npos);
    EXPECT_NE(r.out.find("yes: example.org's own server wrote it"), std::string::npos);
}

TEST(HeadersCommand, WritesTheJourneyAsATownThatPlays)
{
    const fs::path town = tempDir() / "journey.yaml";
    const auto r = cli("headers " + received("postfix_two_hops.eml") + " --scenario " + town.string());
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("The journey as a town: " + town.string()), std::string::npos);
    const auto check = cli("check " + town.string());
    EXPECT_EQ(check.exitCode, 0) << check.out;
    const auto run = cli("run " + town.string());
    EXPECT_NE(run.out.find("1 delivered"), std::string::npos) << run.out;
    fs::remove_all(town.parent_path());
}

TEST(HeadersCommand, ReadsPastedHeadersFromStandardInput)
{
    const auto r = shell("printf 'Received: from a.example.net ([192.0.2.1]) by mx.example.org with ESMTP; "
                         "Tue, 8 Dec 2026 11:00:00 +0000\\nSubject: pasted\\n' | " +
                         std::string(POSTIE_CLI_PATH) + " headers -");
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_NE(r.out.find("a.example.net [192.0.2.1]"), std::string::npos) << r.out;
}

TEST(HeadersCommand, BadInputIsAnsweredInALineAndExitsOne)
{
    const fs::path dir = tempDir();
    const auto missing = cli("headers " + (dir / "nothere.eml").string());
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.out.find("nothere.eml: cannot read"), std::string::npos) << missing.out;

    std::ofstream(dir / "plain.eml") << "Subject: no hops\nFrom: a@example.org\n\nbody\n";
    const auto none = cli("headers " + (dir / "plain.eml").string());
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_NE(none.out.find("plain.eml:1:1: error: no Received line among its 2 header fields"), std::string::npos)
        << none.out;

    std::ofstream(dir / "notes.txt") << "Dear class,\nthese are not headers\n";
    const auto prose = cli("headers " + (dir / "notes.txt").string());
    EXPECT_EQ(prose.exitCode, 1);
    EXPECT_NE(prose.out.find("notes.txt:1:1: error: not a header field"), std::string::npos) << prose.out;

    // 2 GB of nothing: only the first mebibyte is read, and it holds no header block.
    const fs::path huge = dir / "huge.eml";
    { std::ofstream(huge) << ""; }
    fs::resize_file(huge, 2ull * 1024 * 1024 * 1024);
    const auto big = cli("headers " + huge.string());
    EXPECT_EQ(big.exitCode, 1) << big.out;
    EXPECT_LT(big.out.size(), 1000u);

    const auto unwritable = cli("headers " + received("qmail.eml") + " --scenario " + (dir / "no/such/dir/t.yaml").string());
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_NE(unwritable.out.find("cannot write"), std::string::npos) << unwritable.out;
    fs::remove_all(dir);
}

} // namespace
