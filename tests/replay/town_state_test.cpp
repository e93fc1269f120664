// The town's state compares as a whole: two states are equal only when every field is.
#include "replay/town_state.h"

#include <gtest/gtest.h>

#include <functional>

namespace postie::gui {
namespace {

TownState aBusyTown()
{
    TownState town;
    town.applied = 42;
    town.queues = {{"smtp.sender.test", 3}, {"mx1.example.org", 1}};
    town.boxes = {{"box.example.org", 2}};
    town.closedStations = {"mx2.example.org"};
    town.closedRoads = {roadKey("backbone", "mx1.example.org")};
    Trip trip;
    trip.id = 7;
    trip.message = "m1";
    trip.from = "smtp.sender.test";
    trip.to = "backbone";
    trip.departUs = 100;
    trip.arriveUs = 130;
    town.trips = {{trip.id, trip}};
    town.retries = {{"smtp.sender.test", {300'000'000, 600'000'000}}};
    town.tally = {5, 1, 0, 2};
    return town;
}

TEST(TownState, EqualsACopyOfItself)
{
    EXPECT_TRUE(aBusyTown() == aBusyTown());
    EXPECT_TRUE(TownState{} == TownState{});
}

TEST(TownState, DiffersWhenAnyOneFieldDiffers)
{
    // One change per field. The structured binding below names every field: a field added to
    // TownState stops this test from compiling until it has its own change here.
    [[maybe_unused]] const auto& [applied, queues, boxes, closedStations, closedRoads, trips, retries, tally, failures, trouble] = aBusyTown();
    const std::vector<std::pair<const char*, std::function<void(TownState&)>>> changes{
        {"applied", [](TownState& t) { ++t.applied; }},
        {"queues", [](TownState& t) { t.queues["mx1.example.org"] = 2; }},
        {"boxes", [](TownState& t) { t.boxes["box.example.org"] = 0; }},
        {"closedStations", [](TownState& t) { t.closedStations.insert("mx1.example.org"); }},
        {"closedRoads", [](TownState& t) { t.closedRoads.clear(); }},
        {"trips", [](TownState& t) { t.trips.begin()->second.arriveUs += 1; }},
        {"retries", [](TownState& t) { t.retries["smtp.sender.test"].pop_back(); }},
        {"tally", [](TownState& t) { ++t.tally.expired; }},
        {"failures", [](TownState& t) { t.failures["mx1.example.org"].kind = FailureMark::Kind::Rejected; }},
        {"trouble", [](TownState& t) { t.trouble["mx1.example.org"] = Trouble::Busy; }},
    };
    for (const auto& [field, change] : changes) {
        TownState other = aBusyTown();
        change(other);
        EXPECT_FALSE(other == aBusyTown()) << "a town that differs only in " << field << " compared equal";
    }
}

} // namespace
} // namespace postie::gui
