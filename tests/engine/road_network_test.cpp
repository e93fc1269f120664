// Routes over the road graph: the shortest latency, through routers only (RFC 8200 §2: a
// host does not forward packets that are not addressed to it), either end any station.
#include "mail/road_network.h"

#include <gtest/gtest.h>

namespace postie {
namespace {

const auto ms = [](std::int64_t n) { return SimTime::fromMillis(n); };

// alice (a writer) and box (a PO box) with two ways between them: a short one through a
// sorting station and a longer one through a router.
//
//   alice -1ms- mx -1ms- box
//   alice -5ms- backbone -5ms- box
class TwoWays : public ::testing::Test {
protected:
    enum : std::uint32_t { kAlice, kMx, kBackbone, kBox };
    RoadNetwork roads{{{"alice", false}, {"mx", false}, {"backbone", true}, {"box", false}}};
    std::uint32_t viaMx1 = roads.addRoad(kAlice, kMx, ms(1));
    std::uint32_t viaMx2 = roads.addRoad(kMx, kBox, ms(1));
    std::uint32_t viaRouter1 = roads.addRoad(kAlice, kBackbone, ms(5));
    std::uint32_t viaRouter2 = roads.addRoad(kBackbone, kBox, ms(5));
};

TEST_F(TwoWays, ARouteGoesThroughTheRouterEvenWhenThePathThroughAServerIsShorter)
{
    const RoutePtr r = roads.route(kAlice, kBox);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->nodes, (std::vector<std::uint32_t>{kAlice, kBackbone, kBox}));
    EXPECT_EQ(r->total, ms(10));
}

TEST_F(TwoWays, EitherEndMayBeAnyStation)
{
    const RoutePtr toServer = roads.route(kAlice, kMx);
    ASSERT_TRUE(toServer);
    EXPECT_EQ(toServer->nodes, (std::vector<std::uint32_t>{kAlice, kMx}));
    const RoutePtr fromServer = roads.route(kMx, kBox);
    ASSERT_TRUE(fromServer);
    EXPECT_EQ(fromServer->total, ms(1));
}

TEST_F(TwoWays, WithOnlyAServerBetweenThereIsNoRoute)
{
    roads.setRoadUp(viaRouter2, false);
    EXPECT_FALSE(roads.route(kAlice, kBox));
    roads.setRoadUp(viaRouter2, true);  // the cache forgets the missing route
    EXPECT_TRUE(roads.route(kAlice, kBox));
}

TEST_F(TwoWays, ARouterThatIsDownPassesNothing)
{
    roads.setStationUp(kBackbone, false);
    EXPECT_FALSE(roads.route(kAlice, kBox));
}

TEST_F(TwoWays, ThePathNamesTheStationsPassedInBothDirections)
{
    const RoutePtr r = roads.route(kAlice, kBox);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->path, "alice,backbone,box");
    EXPECT_EQ(r->pathBack, "box,backbone,alice");
}

TEST(RoadNetwork, RoutersChainIntoTheShortestWayAcrossSeveralJunctions)
{
    // a -2- r1 -2- r2 -2- b, and a -3- r3 -3- b: the two-router way is the shorter.
    RoadNetwork roads({{"a", false}, {"r1", true}, {"r2", true}, {"r3", true}, {"b", false}});
    roads.addRoad(0, 1, ms(2));
    roads.addRoad(1, 2, ms(2));
    roads.addRoad(2, 4, ms(2));
    roads.addRoad(0, 3, ms(3));
    roads.addRoad(3, 4, ms(4));
    const RoutePtr r = roads.route(0, 4);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->path, "a,r1,r2,b");
    EXPECT_EQ(r->legs, (std::vector<SimTime>{ms(2), ms(2), ms(2)}));
}

} // namespace
} // namespace postie
