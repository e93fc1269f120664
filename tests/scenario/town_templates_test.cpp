// The starting towns File > New offers (scenarios/templates): each loads, delivers every
// letter it writes, and is a town the editor can change (a station renamed, a road removed).
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"
#include "scenario/town_draft.h"

#include "support/text_files.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace postie {
namespace {

using postie::testing::readTextFile;
using postie::testing::textLines;

std::vector<std::string> templates()
{
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(std::string(POSTIE_SOURCE_DIR) + "/scenarios/templates"))
        if (e.path().extension() == ".yaml") out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

TEST(TownTemplates, ThereAreTheStartingTownsTheEditorOffers)
{
    std::vector<std::string> names;
    for (const auto& path : templates()) names.push_back(std::filesystem::path(path).filename().string());
    EXPECT_EQ(names, (std::vector<std::string>{"a-school.yaml", "one-provider.yaml", "two-providers-backup-mx.yaml"}));
}

TEST(TownTemplates, EachLoadsAndDeliversEveryLetterItWrites)
{
    for (const auto& path : templates()) {
        const LoadResult loaded = loadScenarioFile(path);
        ASSERT_TRUE(loaded.ok()) << loaded.errors.front().format();
        EXPECT_TRUE(loaded.spec->lesson.stops.empty()) << path << ": a town, not a lesson";
        ScenarioRun run(*loaded.spec);
        run.start();
        run.runToEnd();
        const RunSummary s = run.world().summary();
        EXPECT_GT(s.created, 0u) << path;
        EXPECT_EQ(s.delivered, s.created) << path;
    }
}

TEST(TownTemplates, EachIsATownTheEditorCanChange)
{
    for (const auto& path : templates()) {
        TownDraft draft(readTextFile(path), path);
        ASSERT_TRUE(draft.loaded().ok()) << path;
        const std::string first = draft.loaded().spec->stations.front().id;
        ASSERT_EQ(draft.renameStation(first, "renamed-" + first), "") << path;
        const auto& road = draft.loaded().spec->roads.back();
        ASSERT_EQ(draft.removeRoad(road.a, road.b), "") << path;
        EXPECT_TRUE(draft.loaded().spec.has_value() || !draft.loaded().errors.empty()) << path;
        ASSERT_TRUE(draft.undo() && draft.undo());
        EXPECT_EQ(draft.text(), readTextFile(path));
    }
}

} // namespace
} // namespace postie
