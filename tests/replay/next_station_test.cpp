// "Where does this letter go next?" read from the records: the next station the letter's truck
// reaches, junctions passed by.
#include "replay/next_station.h"
#include "replay/replay_test_support.h"

#include <QTest>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

TEST(NextStation, IsTheNextArrivalAtAStationThatIsNoJunction)
{
    ScenarioSession session;
    ASSERT_TRUE(session.open(lessonPath(QStringLiteral("02-backup-mx.yaml"))).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.complete(); }, 30000));
    const TraceView records = session.records();
    const ScenarioSpec& spec = session.spec();
    // From the start, Alice's letter first reaches her post office.
    const auto first = nextStationOf(spec, records, 0, "m1");
    ASSERT_TRUE(first);
    EXPECT_EQ(first->station, "smtp.sender.test");
    EXPECT_EQ(records.type(first->record), EventType::RoadArrive);
    // From there on, the next one is a sorting station, never the Internet junction between.
    const auto second = nextStationOf(spec, records, first->record + 1, "m1");
    ASSERT_TRUE(second);
    EXPECT_NE(second->station, "backbone");
    EXPECT_TRUE(second->station == "mx1.example.org" || second->station == "mx2.example.org") << second->station;
    // Past its last trip a letter goes nowhere.
    std::size_t last = 0;
    for (auto at = nextStationOf(spec, records, 0, "m1"); at; at = nextStationOf(spec, records, at->record + 1, "m1"))
        last = at->record;
    EXPECT_FALSE(nextStationOf(spec, records, last + 1, "m1"));
    EXPECT_FALSE(nextStationOf(spec, records, 0, "m999"));
}

TEST(NextStation, TheLetterOfAMomentIsTheLastOneTold)
{
    ScenarioSession session;
    ASSERT_TRUE(session.open(lessonPath(QStringLiteral("01-first-email.yaml"))).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.complete(); }, 30000));
    EXPECT_EQ(letterAt(session.records(), 0), "");
    EXPECT_EQ(letterAt(session.records(), 1), "m1");
}

} // namespace
} // namespace postie::gui
