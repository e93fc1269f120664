// A real message's journey as a town (postie-cli headers --scenario): for every header block of
// tests/data/received, the town loads, its letter reaches the message's recipient, and played,
// the letter is stamped by the same servers, in the same order, as the real message was.
#include "imap/imap_mailboxes.h"
#include "realmail/journey_town.h"
#include "realmail/received_chain.h"
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"

#include "support/text_files.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>

namespace postie {
namespace {

using testing::readTextFile;

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](char c) { return char(std::tolower(static_cast<unsigned char>(c))); });
    return s;
}

// The servers that wrote a chain's lines, oldest first, once in a row; those named by an
// address (Gmail's inner servers) are left out, as the town names them itself.
std::vector<std::string> serversOf(const ReceivedChain& chain)
{
    std::vector<std::string> out;
    for (const ReceivedHop& hop : chain.hops) {
        if (!hop.by || hop.by->find(':') != std::string::npos ||
            std::all_of(hop.by->begin(), hop.by->end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; }))
            continue;
        if (out.empty() || out.back() != lower(*hop.by)) out.push_back(lower(*hop.by));
    }
    return out;
}

class JourneyTown : public ::testing::TestWithParam<const char*> {};

TEST_P(JourneyTown, PlaysTheSameServersInTheSameOrder)
{
    const std::string name = GetParam();
    const ReceivedChain real = readReceivedChain(readTextFile(std::string(POSTIE_SOURCE_DIR) + "/tests/data/received/" + name + ".eml"));
    const std::string town = journeyTown(real, name + ".eml");
    ASSERT_FALSE(town.empty());
    const auto loaded = loadScenarioText(town, name + ".yaml");
    ASSERT_TRUE(loaded.ok()) << (loaded.errors.empty() ? "" : loaded.errors.front().format()) << "\n" << town;

    ScenarioRun run(*loaded.spec);
    run.runToEnd();
    const ImapMailboxes boxes = ImapMailboxes::of(run.world());
    const std::string to = loaded.spec->letters.front().to.front();
    const auto* folders = boxes.folders(to);
    ASSERT_NE(folders, nullptr) << to;
    ASSERT_EQ(folders->front().letters.size(), 1u) << "the letter did not reach " << to << "\n" << town;

    // The played letter's own Received lines, read back as a real one's.
    const ReceivedChain played = readReceivedChain(boxes.text(folders->front().letters.front()));
    const std::vector<std::string> want = serversOf(real);
    const std::vector<std::string> got = serversOf(played);
    std::size_t found = 0;
    for (const std::string& server : got)
        if (found < want.size() && server == want[found]) ++found;
    EXPECT_EQ(found, want.size()) << "real: " << ::testing::PrintToString(want) << "\nplayed: " << ::testing::PrintToString(got)
                                  << "\n" << town;
}

// What a real message may hold that a scenario may not: a server written with a final dot and met
// twice, and braces in an address (the loader's patterns). The town still loads.
TEST(JourneyTownOf, OddNamesAndAddressesStillMakeATownThatLoads)
{
    const ReceivedChain chain = readReceivedChain(
        "Received: from gw.example.org. by mx.example.org; Sat, 5 Dec 2026 10:00:02 +0000\n"
        "Received: from a.example.net by gw.example.org.; Sat, 5 Dec 2026 10:00:01 +0000\n"
        "Received: from b.example.net by gw.example.org; Sat, 5 Dec 2026 10:00:00 +0000\n"
        "Received: from c.example.net by b.example.net; Sat, 5 Dec 2026 09:59:59 +0000\n"
        "From: {x}@example.net\nTo: {first..last}@example.org\n\n");
    const std::string town = journeyTown(chain, "odd.eml");
    const auto loaded = loadScenarioText(town, "odd.yaml");
    EXPECT_TRUE(loaded.ok()) << (loaded.errors.empty() ? "" : loaded.errors.front().format()) << "\n" << town;
    EXPECT_NE(town.find("id: gw-2.example.org"), std::string::npos) << town;
}

INSTANTIATE_TEST_SUITE_P(Styles, JourneyTown,
                         ::testing::Values("postfix_two_hops", "exim", "exchange", "gmail", "qmail", "folded_and_comments",
                                           "missing_semicolon", "clock_skew", "no_date", "obsolete_zone", "crlf_eml",
                                           "headers_only"));

} // namespace
} // namespace postie
