// A station flashes when it acts: the directory answers, a server takes a letter ("250 OK")
// or refuses it, a letter waits for later, lands in its PO box, or is stamped "return to
// sender". The flash is part of the frame at (records, t), so stepping back shows it again.
#include "gui_test_support.h"
#include "map/station_item.h"
#include "replay/station_flash.h"

namespace postie::gui {
namespace {

using namespace postie::gui::testing;
using Kind = StationFlash::Kind;

TraceRecord reply(int code, std::string enhanced)
{
    TraceRecord r;
    r.type = EventType::SmtpReply;
    r.code = code;
    r.enhanced = std::move(enhanced);
    return r;
}

TEST(StationFlash, OnlyActsWorthSeeingFlash)
{
    TraceRecord answer;
    answer.type = EventType::DnsAnswer;
    answer.rcode = DnsRcode::NoError;
    answer.qtype = DnsType::MX;
    ASSERT_TRUE(flashOf(answer));
    EXPECT_EQ(flashOf(answer)->kind, Kind::Answer);
    EXPECT_EQ(StationItem::flashText(*flashOf(answer)), QStringLiteral("MX answer"));
    answer.rcode = DnsRcode::NxDomain;
    EXPECT_EQ(flashOf(answer)->kind, Kind::Refused);
    EXPECT_EQ(StationItem::flashText(*flashOf(answer)), QStringLiteral("NXDOMAIN"));

    EXPECT_EQ(flashOf(reply(250, "2.0.0"))->kind, Kind::Accepted);  // the letter is taken
    EXPECT_FALSE(flashOf(reply(250, "2.1.5")));                       // an address is fine: no flash
    EXPECT_FALSE(flashOf(reply(221, "2.0.0")));                       // goodbye
    EXPECT_FALSE(flashOf(reply(354, "")));
    EXPECT_EQ(flashOf(reply(550, "5.1.1"))->kind, Kind::Refused);
    EXPECT_EQ(flashOf(reply(421, "4.7.0"))->kind, Kind::Deferred);

    TraceRecord bounce;
    bounce.type = EventType::BounceCreated;
    bounce.noticeAction = NoticeAction::Failed;
    EXPECT_EQ(StationItem::flashText(*flashOf(bounce)), QStringLiteral("return to sender"));
    bounce.noticeAction = NoticeAction::Delayed;
    EXPECT_EQ(StationItem::flashText(*flashOf(bounce)), QStringLiteral("still trying"));

    TraceRecord road;
    road.type = EventType::RoadDepart;
    EXPECT_FALSE(flashOf(road));
}

TEST(StationFlash, TheDirectoryFlashesWhenItAnswersAndStopsAMomentLater)
{
    MainWindow window;
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("01-first-email.yaml"))));
    ScenarioPlayer& player = window.player();
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.complete(); }, 30000));
    const auto answer = firstOf(*player.session(), EventType::DnsAnswer);
    ASSERT_TRUE(answer);
    const QString directory = QString::fromStdString(answer->station);

    player.clock().seekRecord(answer->seq + 1);  // stepping onto the answer
    const TownFrame at = player.frame();
    ASSERT_TRUE(at.flashes.count(answer->station));
    EXPECT_EQ(at.flashes.at(answer->station).kind, Kind::Answer);
    EXPECT_DOUBLE_EQ(at.flashes.at(answer->station).age, 0.0);
    ASSERT_TRUE(sceneOf(window).station(directory)->flash().has_value());

    // A second of simulated time later, at the slow default speed, the flash is over.
    player.clock().seekTime(answer->time.micros() + 1'000'000);
    EXPECT_FALSE(player.frame().flashes.count(answer->station));
    EXPECT_FALSE(sceneOf(window).station(directory)->flash().has_value());

    // Back again: the same flash as before.
    player.clock().seekRecord(answer->seq + 1);
    EXPECT_EQ(player.frame(), at);
}

TEST(StationFlash, TheSortingStationStampsAnUnknownUsersLetterReturnToSender)
{
    MainWindow window;
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("04-unknown-user-bounce.yaml"))));
    ScenarioPlayer& player = window.player();
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.complete(); }, 30000));
    const auto bounce = firstOf(*player.session(), EventType::BounceCreated);
    ASSERT_TRUE(bounce);
    player.clock().seekRecord(bounce->seq + 1);
    // The stamp gives way to the failure's mark, which says it over the roof for longer.
    const auto flash = flashOf(*bounce);
    ASSERT_TRUE(flash);
    EXPECT_EQ(StationItem::flashText(*flash), QStringLiteral("return to sender"));
    EXPECT_FALSE(player.frame().flashes.count(bounce->station));
    ASSERT_TRUE(player.frame().failures.count(bounce->station));
    EXPECT_EQ(player.frame().failures.at(bounce->station).kind, FailureMark::Kind::Returned);
}

// At the fastest speed the clock waits for the reader and jumps through quiet time: "in the
// box" shows while its moment is told, not a quarter of an hour later.
TEST(StationFlash, AnInTheBoxStampIsGoneAQuarterOfAnHourLaterEvenAtTheFastestSpeed)
{
    MainWindow window;
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("02-backup-mx.yaml"))));
    ScenarioPlayer& player = window.player();
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.complete(); }, 30000));
    player.clock().setSpeed(PlaybackClock::kMaxSpeed);
    const auto stored = firstOf(*player.session(), EventType::MailboxStored);
    ASSERT_TRUE(stored);
    player.clock().seekRecord(stored->seq + 1);
    ASSERT_TRUE(player.frame().flashes.count(stored->station));
    EXPECT_EQ(player.frame().flashes.at(stored->station).kind, Kind::Stored);

    const std::int64_t quarterHour = 15 * 60'000'000LL;
    player.clock().seekTime(stored->time.micros() + quarterHour);
    EXPECT_FALSE(player.frame().flashes.count(stored->station));
    EXPECT_FALSE(sceneOf(window).station(QString::fromStdString(stored->station))->flash().has_value());
}

} // namespace
} // namespace postie::gui

namespace postie::gui {
namespace {

TEST(RetryBadge, ALetterPutOffTillLaterWaitsAtThePostOfficeUntilItsNextTry)
{
    MainWindow window;
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("03-server-down-retries.yaml"))));
    ScenarioPlayer& player = window.player();
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.complete(); }, 30000));
    const auto deferral = firstOf(*player.session(), EventType::DeliveryDeferred);
    ASSERT_TRUE(deferral);
    const QString office = QString::fromStdString(deferral->station);

    player.clock().seekRecord(deferral->seq);  // just before: nothing put off yet
    EXPECT_FALSE(player.frame().retries.count(deferral->station));
    player.clock().seekRecord(deferral->seq + 1);
    ASSERT_TRUE(player.frame().retries.count(deferral->station));
    EXPECT_EQ(player.frame().retries.at(deferral->station).waiting, 1);
    EXPECT_EQ(player.frame().retries.at(deferral->station).nextUs, deferral->retryUs);
    EXPECT_EQ(sceneOf(window).station(office)->retrying(), 1);
    EXPECT_TRUE(sceneOf(window).station(office)->toolTip().contains(
        QString::fromStdString(player.session()->narrator().clock(SimTime::fromMicros(deferral->retryUs)))));

    // Half way to the next try it still waits; once the try is due it is back in play.
    player.clock().seekTime((deferral->time.micros() + deferral->retryUs) / 2);
    EXPECT_EQ(sceneOf(window).station(office)->retrying(), 1);
    player.clock().seekTime(deferral->retryUs);
    EXPECT_EQ(sceneOf(window).station(office)->retrying(), 0);

    // At the end the letter is delivered: nobody waits.
    player.clock().seekRecord(player.recordCount());
    EXPECT_TRUE(player.frame().retries.empty());
}

} // namespace
} // namespace postie::gui
