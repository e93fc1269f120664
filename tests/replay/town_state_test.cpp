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


// Lesson 3 in short: the sorting station is down, the post office's knock is refused and the
// letter is put off; the station opens, answers, the letter leaves and is delivered.
TraceRecord record(EventType type, std::int64_t atUs, std::string station)
{
    TraceRecord r;
    r.type = type;
    r.time = SimTime::fromMicros(atUs);
    r.station = std::move(station);
    r.message = "m1";
    return r;
}

std::vector<TraceRecord> aRefusalThatIsPutRight()
{
    TraceRecord down = record(EventType::StationDown, 0, "mx1");
    down.message.clear();
    TraceRecord refused = record(EventType::ConnectFailed, 10, "smtp");
    refused.peer = "mx1";
    refused.reason = "connection refused";
    TraceRecord deferred = record(EventType::DeliveryDeferred, 11, "smtp");
    deferred.retryUs = 500;
    TraceRecord up = record(EventType::StationUp, 400, "mx1");
    up.message.clear();
    TraceRecord hello = record(EventType::SmtpReply, 501, "mx1");
    hello.peer = "smtp";
    hello.code = 220;
    TraceRecord leaves = record(EventType::RoadDepart, 510, "smtp");
    leaves.from = "smtp";
    leaves.to = "mx1";
    TraceRecord final = record(EventType::MessageFinal, 600, "box");
    final.outcome = Outcome::Delivered;
    return {down, refused, deferred, up, hello, leaves, final};
}

TEST(TownState, AFailureMarkGoesOnceItsLetterMovesOnFromAStationThatIsWell)
{
    const auto records = aRefusalThatIsPutRight();
    TownState town;
    for (std::size_t i = 0; i < 3; ++i) town.apply(records[i]);
    ASSERT_TRUE(town.failures.count("mx1"));
    EXPECT_EQ(town.failures.at("mx1").kind, FailureMark::Kind::Refused);
    ASSERT_TRUE(town.failures.count("smtp"));
    EXPECT_EQ(town.failures.at("smtp").kind, FailureMark::Kind::Deferred);
    town.apply(records[3]);  // open again, but the letter still waits: the marks say so
    town.apply(records[4]);
    EXPECT_TRUE(town.failures.count("mx1"));
    EXPECT_TRUE(town.failures.count("smtp"));
    town.apply(records[5]);  // on its way
    EXPECT_FALSE(town.failures.count("mx1"));
    EXPECT_FALSE(town.failures.count("smtp"));
}

TEST(TownState, AFailureMarkAtAStationStillDownGoesWhenTheLetterIsDelivered)
{
    auto records = aRefusalThatIsPutRight();
    records.erase(records.begin() + 3, records.begin() + 5);  // it never opens: a backup takes it
    records[3].to = "mx2";
    TownState town;
    for (std::size_t i = 0; i < 4; ++i) town.apply(records[i]);
    EXPECT_TRUE(town.failures.count("mx1")) << "the station is still shut: its mark stays while the letter travels";
    EXPECT_FALSE(town.failures.count("smtp"));
    town.apply(records[4]);
    EXPECT_TRUE(town.failures.empty());
}

TEST(TownState, AReturnedLettersMarkStays)
{
    TraceRecord bounce = record(EventType::BounceCreated, 10, "mx1");
    bounce.noticeAction = NoticeAction::Failed;
    TraceRecord final = record(EventType::MessageFinal, 11, "mx1");
    final.outcome = Outcome::Bounced;
    TownState town;
    town.apply(bounce);
    town.apply(final);
    ASSERT_TRUE(town.failures.count("mx1"));
    EXPECT_EQ(town.failures.at("mx1").kind, FailureMark::Kind::Returned);
}

TEST(TownState, ATruckCarriesTheSealOfItsRoadDepart)
{
    TraceRecord depart = record(EventType::RoadDepart, 0, "smtp");
    depart.seq = 5;
    depart.from = "smtp";
    depart.to = "eve";
    depart.arriveUs = 10;
    depart.seal = Seal::Postcard;
    TownState town;
    town.apply(depart);
    ASSERT_EQ(town.trips.count(5), 1u);
    EXPECT_EQ(town.trips.at(5).seal, Seal::Postcard);

    // A truck bringing fetched mail to a device makes no claim.
    TraceRecord fetched = depart;
    fetched.seq = 6;
    fetched.seal.reset();
    town.apply(fetched);
    EXPECT_FALSE(town.trips.at(6).seal.has_value());
}

} // namespace
} // namespace postie::gui
