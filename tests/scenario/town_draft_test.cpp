// The town editor's model: a scenario's text edited station by station and road by road through
// the scenario editor, with undo and redo. A town may be unfinished between edits (a sorting
// station without its domain); a value typed into a field is refused with the loader's own
// words when the loader finds that value wrong.
#include "scenario/town_draft.h"

#include "scenario/scenario_loader.h"
#include "support/lesson_one_town.h"
#include "support/recorded_run.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

namespace postie {
namespace {

using postie::testing::runFingerprint;

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

TEST(TownDraft, RenamesAStationAndHelpsWithTheDns)
{
    TownDraft draft(TownDraft::emptyTown(), "town.yaml");
    std::string mx, box;
    draft.addStation(StationKind::Incoming, 0, 0, mx);
    draft.addStation(StationKind::Mailbox, 100, 0, box);
    ASSERT_EQ(draft.addRoad(mx, box, "1ms"), "");
    ASSERT_EQ(draft.renameStation(box, "box.example.org"), "");
    EXPECT_EQ(draft.renameStation(mx, "box.example.org"), "there is already a station \"box.example.org\"");
    EXPECT_EQ(draft.renameStation(mx, "bad id!"), "station id 'bad id!' may only use letters, digits, '.', '-' and '_'");
    ASSERT_EQ(draft.setStationKey(mx, "deliver_to", "box.example.org"), "");
    ASSERT_EQ(draft.setStationKey("box.example.org", "users", "[bob@example.org]"), "");
    ASSERT_EQ(draft.makeMx(mx, "example.org"), "");
    EXPECT_EQ(draft.makeMx(mx, "example.org"), "\"mx1.example.org\" is already an MX of example.org");
    ASSERT_EQ(draft.giveAddress(mx), "");
    EXPECT_EQ(draft.giveAddress(mx), "\"mx1.example.org\" already has an address: 192.0.2.10");
    const ScenarioSpec& s = spec(draft);
    ASSERT_EQ(s.dns.size(), 2u);
    EXPECT_EQ(s.roads.at(0).b, "box.example.org");
    EXPECT_EQ(station(s, mx)->accepts, std::vector<std::string>{"example.org"});
    // The helper was one edit: one undo takes the MX record and accepts away together.
    ASSERT_TRUE(draft.undo());
    ASSERT_TRUE(draft.undo());
    EXPECT_FALSE(draft.loaded().ok());
    EXPECT_EQ(draft.text().find("MX"), std::string::npos) << draft.text();
    EXPECT_EQ(draft.text().find("accepts"), std::string::npos) << draft.text();
}

// The map draws an unfinished town from its sketch: the stations with an id and a kind, and the
// roads between them; once the town loads, the loader's own reading.
TEST(TownDraft, SketchesAnUnfinishedTownForTheMap)
{
    TownDraft draft(TownDraft::emptyTown(), "town.yaml");
    std::string mx, hub;
    ASSERT_EQ(draft.addStation(StationKind::Incoming, 500, 200, mx), "");
    ASSERT_EQ(draft.addStation(StationKind::Router, 100, 150, hub), "");
    ASSERT_EQ(draft.addRoad(hub, mx, "5ms"), "");
    ASSERT_FALSE(draft.loaded().ok());  // the sorting station has no domain yet
    const ScenarioSpec sketch = draft.sketch();
    ASSERT_EQ(sketch.stations.size(), 2u);
    EXPECT_EQ(sketch.stations[0].id, mx);
    EXPECT_EQ(sketch.stations[0].kind, StationKind::Incoming);
    ASSERT_TRUE(sketch.stations[1].position);
    EXPECT_EQ(sketch.stations[1].position->first, 100);
    EXPECT_EQ(sketch.stations[1].position->second, 150);
    ASSERT_EQ(sketch.roads.size(), 1u);
    EXPECT_EQ(sketch.roads[0].latency, SimTime::fromMicros(5000));
    // A station without a kind and a road to nowhere are left off, and nothing throws.
    TownDraft broken("stations:\n  - {id: a}\n  - {id: b, kind: router}\n  - 7\nroads:\n  - {between: [b, z]}\n  - x\n",
                     "broken.yaml");
    const ScenarioSpec partial = broken.sketch();
    ASSERT_EQ(partial.stations.size(), 1u);
    EXPECT_EQ(partial.stations[0].id, "b");
    EXPECT_TRUE(partial.roads.empty());
    ASSERT_EQ(draft.removeStation(mx), "");
    ASSERT_TRUE(draft.loaded().ok()) << draft.loaded().errors.front().format();
    EXPECT_EQ(draft.sketch().stations.size(), 1u);
}

// Lesson 1's town built edit by edit from an empty one runs exactly as lesson 1 does.
TEST(TownDraft, LessonOnesTownBuiltFromNothingRunsAsLessonOne)
{
    TownDraft draft(TownDraft::emptyTown(), "built.yaml");
    const auto add = [&](StationKind kind, double x, double y, const std::string& id) {
        std::string proposed;
        ASSERT_EQ(draft.addStation(kind, x, y, proposed), "");
        ASSERT_EQ(draft.renameStation(proposed, id), "");
    };
    const auto set = [&](const std::string& id, const char* key, const char* value) {
        ASSERT_EQ(draft.setStationKey(id, key, value), "") << id << "." << key;
    };
    add(StationKind::Client, 80, 320, "alice");
    add(StationKind::Outgoing, 260, 320, "smtp.sender.test");
    add(StationKind::Resolver, 260, 140, "dns.sender.test");
    add(StationKind::Router, 440, 320, "backbone");
    add(StationKind::Incoming, 620, 320, "mx1.example.org");
    add(StationKind::Mailbox, 800, 320, "box.example.org");
    add(StationKind::Client, 980, 320, "bob");
    for (const auto& [id, key, value] : postie::testing::lessonOneStationKeys()) set(id, key, value);
    ASSERT_EQ(draft.makeMx("mx1.example.org", "example.org"), "");
    ASSERT_EQ(draft.setEntryKey("dns", 0, "ttl", "1h"), "");
    ASSERT_EQ(draft.addEntry("dns", {{"name", {"mx1.example.org"}}, {"type", {"A"}}, {"address", {"203.0.113.25"}},
                                     {"ttl", {"1h"}}}),
              "");
    for (const auto& [a, b, latency] : std::vector<std::tuple<std::string, std::string, std::string>>{
             {"alice", "smtp.sender.test", "20ms"},
             {"smtp.sender.test", "dns.sender.test", "1ms"},
             {"smtp.sender.test", "backbone", "15ms"},
             {"backbone", "mx1.example.org", "25ms"},
             {"mx1.example.org", "box.example.org", "1ms"},
             {"box.example.org", "bob", "30ms"}})
        ASSERT_EQ(draft.addRoad(a, b, latency), "");
    ASSERT_EQ(draft.addEntry("mail", {{"at", {"0s"}}, {"from", {"alice@sender.test"}}, {"to", {"bob@example.org"}, true},
                                      {"subject", {"Lunch?"}}, {"size", {"4KB"}}}),
              "");
    set("", "seed", "1");
    set("", "start", "2010-07-14T09:00:00Z");
    ASSERT_TRUE(draft.loaded().ok()) << draft.loaded().errors.front().format() << "\n" << draft.text();

    const LoadResult lesson = loadScenarioFile(std::string(POSTIE_SOURCE_DIR) + "/scenarios/01-first-email.yaml");
    ASSERT_TRUE(lesson.ok());
    EXPECT_EQ(runFingerprint(*draft.loaded().spec), runFingerprint(*lesson.spec)) << draft.text();
}

} // namespace
} // namespace postie
