// Failures loud, routine quiet: a refused connection, a 5xx reply, a bounce, NXDOMAIN and a
// deferral each leave a mark on the map at the station concerned, for a few seconds of wall
// time at the playback speed, and a station in trouble stays outlined until it recovers; all
// of it is part of the frame at (records, t), so a step back takes it away. Faster than
// kRoutineStampsUpTo, the routine "MX answer" and "250 OK" stamps are left out.
#include "gui_test_support.h"
#include "map/failure_sign_item.h"
#include "replay/station_flash.h"

namespace postie::gui {
namespace {

using namespace postie::gui::testing;
using Kind = FailureMark::Kind;

// The first record of `type` whose failure mark is of `kind`.
std::optional<TraceRecord> firstFailure(const ScenarioSession& session, Kind kind)
{
    const auto& records = session.records();
    for (std::size_t i = 0; i < records.size(); ++i)
        if (auto f = failureOf(records[i]); f && f->mark.kind == kind) return records[i];
    return std::nullopt;
}

std::string markedStation(const TraceRecord& r) { return failureOf(r)->station; }

class FailureMarks : public ::testing::Test {
protected:
    MainWindow window;
    ScenarioPlayer& player = window.player();

    void open(const char* lesson)
    {
        ASSERT_TRUE(window.openScenario(lessonPath(QString::fromLatin1(lesson))));
        ASSERT_TRUE(waitForRun(player));
    }
    FailureSignItem& signOf(const std::string& station)
    {
        FailureSignItem* sign = sceneOf(window).failureSign(QString::fromStdString(station));
        if (!sign) {
            ADD_FAILURE() << "no sign over " << station;
            std::abort();
        }
        return *sign;
    }
    // Simulated time that passes in `wallSeconds` at the clock's speed.
    std::int64_t wall(double wallSeconds) const { return std::llround(player.clock().speed() * wallSeconds * 1e6); }
};

TEST_F(FailureMarks, LessonTwosRefusedConnectionLeavesAMarkThatStaysSecondsAndGoesOnAStepBack)
{
    ASSERT_NO_FATAL_FAILURE(open("02-backup-mx.yaml"));
    const auto refusal = firstFailure(*player.session(), Kind::Refused);
    ASSERT_TRUE(refusal) << "lesson 2 refuses a connection at the closed sorting station";
    const std::string mx = markedStation(*refusal);
    EXPECT_EQ(mx, refusal->peer);  // at the station that refused, not at the one that knocked

    player.clock().seekRecord(refusal->seq);  // just before it
    EXPECT_FALSE(player.frame().failures.count(mx));
    EXPECT_FALSE(signOf(mx).mark().has_value());
    EXPECT_TRUE(signOf(mx).markSceneRect().isNull());

    player.clock().seekRecord(refusal->seq + 1);
    ASSERT_TRUE(player.frame().failures.count(mx));
    EXPECT_EQ(player.frame().failures.at(mx).kind, Kind::Refused);
    ASSERT_TRUE(signOf(mx).mark().has_value());
    EXPECT_EQ(FailureSignItem::markText(*signOf(mx).mark()), QStringLiteral("refused"));
    EXPECT_TRUE(signOf(mx).isVisible());
    // Over its own building, where a class sees it.
    const QRectF building = sceneOf(window).station(QString::fromStdString(mx))->sceneBoundingRect();
    EXPECT_TRUE(building.intersects(signOf(mx).markSceneRect()));
    // The station is closed: outlined in red until it opens again.
    EXPECT_EQ(signOf(mx).trouble(), Trouble::Closed);

    // Two and a half seconds of wall time later it is still there; four seconds later it is gone.
    player.clock().seekTime(refusal->time.micros() + wall(2.5));
    EXPECT_TRUE(signOf(mx).mark().has_value());
    player.clock().seekTime(refusal->time.micros() + wall(4));
    EXPECT_FALSE(player.frame().failures.count(mx));
    EXPECT_FALSE(signOf(mx).mark().has_value());

    // A step back before the refusal takes the mark away; forward again, it is back.
    player.clock().seekRecord(refusal->seq);
    EXPECT_FALSE(signOf(mx).mark().has_value());
    player.clock().seekRecord(refusal->seq + 1);
    EXPECT_TRUE(signOf(mx).mark().has_value());
}

// Lesson 3 at the fastest speed: the refused knock and the deferral are marked while the
// letter waits; once it is delivered they are gone (a mark says what is going on now), and a
// step back to the waiting brings them back.
TEST_F(FailureMarks, LessonThreesWarningsGoOnceTheLetterIsDeliveredAndComeBackOnAStepBack)
{
    ASSERT_NO_FATAL_FAILURE(open("03-server-down-retries.yaml"));
    player.clock().setSpeed(PlaybackClock::kMaxSpeed);
    const auto& records = player.session()->records();
    std::optional<TraceRecord> lastDeferral;
    for (std::size_t i = 0; i < records.size(); ++i)
        if (records[i].type == EventType::DeliveryDeferred) lastDeferral = records[i];
    ASSERT_TRUE(lastDeferral);
    const auto refusal = firstFailure(*player.session(), Kind::Refused);
    ASSERT_TRUE(refusal);
    const std::string office = lastDeferral->station;
    const std::string mx = refusal->peer;

    player.clock().seekRecord(lastDeferral->seq + 1);
    ASSERT_TRUE(signOf(office).mark().has_value());
    EXPECT_EQ(FailureSignItem::markText(*signOf(office).mark()), QStringLiteral("will try again"));
    ASSERT_TRUE(signOf(mx).mark().has_value());

    player.clock().seekRecord(player.recordCount());  // the end of the run: delivered
    EXPECT_EQ(player.frame().tally.delivered, 1u);
    EXPECT_TRUE(player.frame().failures.empty());
    EXPECT_FALSE(signOf(office).mark().has_value());
    EXPECT_FALSE(signOf(mx).mark().has_value());

    player.clock().seekRecord(lastDeferral->seq + 1);  // and back
    EXPECT_TRUE(signOf(office).mark().has_value());
    EXPECT_TRUE(signOf(mx).mark().has_value());
}

TEST_F(FailureMarks, AStationInTroubleLooksItUntilItRecovers)
{
    ASSERT_NO_FATAL_FAILURE(open("02-backup-mx.yaml"));
    const auto down = firstOf(*player.session(), EventType::StationDown);
    const auto up = firstOf(*player.session(), EventType::StationUp);
    ASSERT_TRUE(down && up);
    player.clock().seekRecord(down->seq);
    EXPECT_EQ(signOf(down->station).trouble(), Trouble::None);
    player.clock().seekRecord(down->seq + 1);
    EXPECT_EQ(signOf(down->station).trouble(), Trouble::Closed);
    player.clock().seekRecord(up->seq);  // closed the whole time, marks or no marks
    EXPECT_EQ(signOf(down->station).trouble(), Trouble::Closed);
    player.clock().seekRecord(up->seq + 1);
    EXPECT_EQ(signOf(down->station).trouble(), Trouble::None);
    player.clock().seekRecord(down->seq + 1);  // and back
    EXPECT_EQ(signOf(down->station).trouble(), Trouble::Closed);
}

TEST_F(FailureMarks, AnUnknownUsersRefusalAndItsBounceAreMarked)
{
    ASSERT_NO_FATAL_FAILURE(open("04-unknown-user-bounce.yaml"));
    const auto refusal = firstFailure(*player.session(), Kind::Rejected);
    ASSERT_TRUE(refusal);
    player.clock().seekRecord(refusal->seq + 1);
    const std::string mx = markedStation(*refusal);
    ASSERT_TRUE(signOf(mx).mark().has_value());
    EXPECT_EQ(FailureSignItem::markText(*signOf(mx).mark()), QStringLiteral("%1 refused").arg(refusal->code));
    EXPECT_EQ(FailureSignItem::colour(Kind::Rejected), FailureSignItem::colour(Kind::Returned));  // red: for good

    const auto bounce = firstFailure(*player.session(), Kind::Returned);
    ASSERT_TRUE(bounce);
    player.clock().seekRecord(bounce->seq + 1);
    ASSERT_TRUE(signOf(bounce->station).mark().has_value());
    EXPECT_EQ(FailureSignItem::markText(*signOf(bounce->station).mark()), QStringLiteral("return to sender"));
    player.clock().seekRecord(bounce->seq);
    const auto before = signOf(bounce->station).mark();
    EXPECT_FALSE(before && before->kind == Kind::Returned);
}

TEST_F(FailureMarks, NoSuchDomainIsMarkedAtTheDirectory)
{
    ASSERT_NO_FATAL_FAILURE(open("05-no-such-domain.yaml"));
    const auto answer = firstFailure(*player.session(), Kind::NoSuchDomain);
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->type, EventType::DnsAnswer);
    player.clock().seekRecord(answer->seq + 1);
    ASSERT_TRUE(signOf(answer->station).mark().has_value());
    EXPECT_EQ(FailureSignItem::markText(*signOf(answer->station).mark()), QStringLiteral("NXDOMAIN"));
    player.clock().seekRecord(answer->seq);
    EXPECT_FALSE(player.frame().failures.count(answer->station) &&
                 player.frame().failures.at(answer->station).kind == Kind::NoSuchDomain);
}

TEST_F(FailureMarks, ADeferredLetterIsMarkedAndItsPostOfficeOutlinedUntilTheNextTry)
{
    ASSERT_NO_FATAL_FAILURE(open("03-server-down-retries.yaml"));
    const auto deferral = firstOf(*player.session(), EventType::DeliveryDeferred);
    ASSERT_TRUE(deferral);
    player.clock().seekRecord(deferral->seq + 1);
    ASSERT_TRUE(signOf(deferral->station).mark().has_value());
    EXPECT_EQ(signOf(deferral->station).mark()->kind, Kind::Deferred);
    EXPECT_EQ(signOf(deferral->station).trouble(), Trouble::Deferring);
    player.clock().seekTime(deferral->retryUs);  // the next try is due: back in play
    EXPECT_NE(signOf(deferral->station).trouble(), Trouble::Deferring);
    player.clock().seekRecord(player.recordCount());  // delivered in the end: nobody in trouble
    for (StationItem* s : sceneOf(window).stations()) EXPECT_EQ(signOf(s->id().toStdString()).trouble(), Trouble::None);
}

// At a load lesson's speed the routine stamps are left out: only failures and letters put in
// their PO boxes are stamped. At the story's speed nothing is left out.
TEST_F(FailureMarks, RoutineStampsThinOutAsTheSpeedRises)
{
    ASSERT_NO_FATAL_FAILURE(open("09-rush-hour-at-school.yaml"));
    const TraceView records = player.session()->records();
    int shownFast = 0;
    int wouldShowFast = 0;
    int routineFast = 0;
    int storedFast = 0;
    int shownSlow = 0;
    int wouldShowSlow = 0;
    const std::size_t steps = 40;
    for (std::size_t k = 1; k <= steps; ++k) {
        const std::size_t cursor = records.size() * k / (steps + 1);
        const std::int64_t t = records.timeUs(cursor - 1);
        player.clock().setSpeed(60);
        player.clock().seekRecord(cursor);
        const TownFrame fast = player.frame();
        shownFast += int(fast.flashes.size());
        wouldShowFast += int(flashesAt(records, cursor, t, std::llround(60 * 600'000.0)).size());
        for (const auto& [station, flash] : fast.flashes) {
            routineFast += routineStamp(flash.kind);
            storedFast += flash.kind == StationFlash::Kind::Stored;
            EXPECT_FALSE(sceneOf(window).station(QString::fromStdString(station))->flash() &&
                         routineStamp(sceneOf(window).station(QString::fromStdString(station))->flash()->kind));
        }
        player.clock().setSpeed(PlaybackClock::kDefaultSpeed);
        player.clock().seekRecord(cursor);
        shownSlow += int(player.frame().flashes.size());
        wouldShowSlow += int(flashesAt(records, cursor, t, std::llround(PlaybackClock::kDefaultSpeed * 600'000.0)).size());
    }
    EXPECT_EQ(routineFast, 0);
    EXPECT_GT(storedFast, 0) << "the final delivery keeps its stamp";
    EXPECT_LT(shownFast, wouldShowFast) << "at 60x every station wore a stamp";
    EXPECT_EQ(shownSlow, wouldShowSlow) << "at the story's speed every stamp shows";
    EXPECT_GT(shownSlow + shownFast, 0);
}

} // namespace
} // namespace postie::gui
