// The town editor's model: a scenario's text edited station by station and road by road through
// the scenario editor, with undo and redo. A town may be unfinished between edits (a sorting
// station without its domain); a value typed into a field is refused with the loader's own
// words when the loader finds that value wrong.
#include "scenario/town_draft.h"

#include "scenario/scenario_loader.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace postie {
namespace {

const ScenarioSpec& spec(const TownDraft& draft)
{
    static ScenarioSpec empty;
    const LoadResult& r = draft.loaded();
    for (const auto& e : r.errors) ADD_FAILURE() << e.format() << "\n" << draft.text();
    return r.spec ? *r.spec : empty;
}

const StationSpec* station(const ScenarioSpec& s, const std::string& id)
{
    const auto it = std::find_if(s.stations.begin(), s.stations.end(), [&](const StationSpec& x) { return x.id == id; });
    return it == s.stations.end() ? nullptr : &*it;
}

TEST(TownDraft, AddsStationsWithAProposedHostNameAndTheirPlaceOnTheMap)
{
    TownDraft draft(TownDraft::emptyTown(), "town.yaml");
    std::string hub, hub2, mx;
    ASSERT_EQ(draft.addStation(StationKind::Router, 100, 200, hub), "");
    ASSERT_EQ(draft.addStation(StationKind::Router, 300, 200, hub2), "");
    ASSERT_EQ(draft.addStation(StationKind::Incoming, 500, 200, mx), "");
    EXPECT_EQ(hub, "junction1");
    EXPECT_EQ(hub2, "junction2");
    EXPECT_EQ(mx, "mx1.example.org");
    // A sorting station needs its domains before the town loads: the draft keeps it all the same.
    EXPECT_FALSE(draft.loaded().ok());
    ASSERT_EQ(draft.setStationKey(mx, "accepts", "example.org"), "");
    ASSERT_EQ(draft.removeStation(mx), "");
    const ScenarioSpec& s = spec(draft);
    ASSERT_EQ(s.stations.size(), 2u);
    EXPECT_EQ(s.stations[0].id, "junction1");
    ASSERT_TRUE(s.stations[1].position);
    EXPECT_EQ(s.stations[1].position->first, 300);
}

TEST(TownDraft, LaysRoadsSetsTheirLatencyAndRemovesAStationWithItsRoads)
{
    TownDraft draft(TownDraft::emptyTown(), "town.yaml");
    std::string a, b, c;
    draft.addStation(StationKind::Router, 0, 0, a);
    draft.addStation(StationKind::Router, 100, 0, b);
    draft.addStation(StationKind::Router, 200, 0, c);
    ASSERT_EQ(draft.addRoad(a, b, "5ms"), "");
    ASSERT_EQ(draft.addRoad(b, c, "5ms"), "");
    EXPECT_EQ(draft.addRoad(b, a, "1ms"), "there is already a road between junction2 and junction1");
    EXPECT_EQ(draft.addRoad(a, a, "1ms"), "a road joins two different stations");
    ASSERT_EQ(draft.setRoadLatency(c, b, "20ms"), "");
    EXPECT_EQ(spec(draft).roads.at(1).latency, SimTime::fromMillis(20));
    ASSERT_EQ(draft.moveStation(b, 150.5, -20), "");
    EXPECT_EQ(station(spec(draft), b)->position->first, 150.5);
    ASSERT_EQ(draft.removeStation(b), "");
    EXPECT_TRUE(spec(draft).roads.empty()) << draft.text();
    EXPECT_EQ(spec(draft).stations.size(), 2u);
    EXPECT_EQ(draft.removeRoad(a, c), "there is no road between junction1 and junction3");
}

TEST(TownDraft, UndoAndRedoGoBackAndForthThroughEveryEdit)
{
    TownDraft draft(TownDraft::emptyTown(), "town.yaml");
    const std::string start = draft.text();
    EXPECT_FALSE(draft.canUndo());
    std::string a, b;
    draft.addStation(StationKind::Router, 0, 0, a);
    const std::string one = draft.text();
    draft.addStation(StationKind::Router, 10, 0, b);
    const std::string two = draft.text();
    draft.addRoad(a, b, "5ms");
    ASSERT_TRUE(draft.undo());
    EXPECT_EQ(draft.text(), two);
    ASSERT_TRUE(draft.undo());
    EXPECT_EQ(draft.text(), one);
    ASSERT_TRUE(draft.redo());
    EXPECT_EQ(draft.text(), two);
    // A new edit after an undo drops what could have been redone.
    ASSERT_TRUE(draft.undo());
    draft.moveStation(a, 5, 5);
    EXPECT_FALSE(draft.canRedo());
    ASSERT_TRUE(draft.undo());
    ASSERT_TRUE(draft.undo());
    EXPECT_EQ(draft.text(), start);
    EXPECT_FALSE(draft.undo());
}

TEST(TownDraft, AValueTheLoaderFindsWrongIsRefusedWithItsWordsAndChangesNothing)
{
    TownDraft draft(TownDraft::emptyTown(), "town.yaml");
    std::string out;
    draft.addStation(StationKind::Outgoing, 0, 0, out);
    ASSERT_EQ(draft.setStationKey(out, "workers", "2"), "");
    const std::string before = draft.text();
    EXPECT_EQ(draft.setStationKey(out, "workers", "many"),
              "workers must be a whole number from 1 to 10000, but it is 'many'");
    EXPECT_EQ(draft.text(), before);
    EXPECT_EQ(draft.setStationKey(out, "wrkers", "2"),
              "station \"smtp1.example.org\" (outgoing) has no key \"wrkers\"; did you mean \"workers\"?");
    // A refused value is not an edit: undo goes back past the last good one.
    ASSERT_TRUE(draft.undo());
    EXPECT_EQ(spec(draft).stations.at(0).workers, 1);
}

TEST(TownDraft, AFailedEditChangesNothingAndIsNotUndone)
{
    TownDraft draft(TownDraft::emptyTown(), "town.yaml");
    EXPECT_EQ(draft.moveStation("nowhere", 1, 1), "no station \"nowhere\"");
    EXPECT_EQ(draft.removeStation("nowhere"), "no station \"nowhere\"");
    EXPECT_FALSE(draft.canUndo());
    EXPECT_EQ(draft.text(), TownDraft::emptyTown());
}

} // namespace
} // namespace postie
