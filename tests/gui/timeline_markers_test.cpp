// The scrubber's marks: the incidents of the run where they happen, and the class's own changes.
#include "gui_test_support.h"
#include "playback/marked_scrubber.h"
#include "playback/playback_toolbar.h"
#include "replay/intervention.h"

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

using Kind = TimelineMarker::Kind;

std::vector<TimelineMarker> ofKind(const MarkedScrubber& scrubber, Kind kind)
{
    std::vector<TimelineMarker> out;
    for (const auto& m : scrubber.markers())
        if (m.kind == kind) out.push_back(m);
    return out;
}

TEST(TimelineMarkers, LessonThreeMarksTheServerDownAndUpAtTheirTimesAndEveryDeferral)
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("03-server-down-retries.yaml"))));
    ASSERT_TRUE(waitForRun(window.player()));
    const MarkedScrubber& scrubber = *toolbarOf(window).scrubber();
    const auto& records = window.player().session()->records();

    const auto down = ofKind(scrubber, Kind::StationDown);
    const auto up = ofKind(scrubber, Kind::StationUp);
    ASSERT_EQ(down.size(), 1u);
    ASSERT_EQ(up.size(), 1u);
    EXPECT_EQ(down[0].timeUs, 0);
    EXPECT_EQ(up[0].timeUs, 40LL * 60 * 1'000'000) << "the scenario closes it for 40 minutes";
    EXPECT_TRUE(down[0].tip.contains(QStringLiteral("mx1.example.org"))) << down[0].tip.toStdString();

    // Each deferral of the run, counted by hand, at its own record.
    std::vector<std::pair<std::size_t, std::int64_t>> deferrals;
    for (std::size_t i = 0; i < records.size(); ++i)
        if (records[i].type == EventType::DeliveryDeferred) deferrals.emplace_back(i + 1, records[i].time.micros());
    const auto marked = ofKind(scrubber, Kind::Deferred);
    ASSERT_GE(deferrals.size(), 2u) << "the post office tries again and again";
    ASSERT_EQ(marked.size(), deferrals.size());
    for (std::size_t i = 0; i < marked.size(); ++i) {
        EXPECT_EQ(marked[i].cursor, deferrals[i].first);
        EXPECT_EQ(marked[i].timeUs, deferrals[i].second);
        EXPECT_EQ(records[marked[i].cursor - 1].type, EventType::DeliveryDeferred);
    }
    EXPECT_EQ(scrubber.markers().size(), 2 + deferrals.size()) << "nothing else happened to mark";

    // Hovering a mark tells what it is; the open groove between marks says nothing.
    EXPECT_TRUE(scrubber.tipAt(scrubber.xForCursor(up[0].cursor)).contains(up[0].tip));
    EXPECT_LT(scrubber.xForCursor(down[0].cursor), scrubber.xForCursor(up[0].cursor));
}

TEST(TimelineMarkers, AStationTakenDownByHandIsMarkedAsTheClassesOwnChange)
{
    MainWindow window;
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("01-first-email.yaml"))));
    ASSERT_TRUE(waitForRun(window.player()));
    EXPECT_TRUE(ofKind(*toolbarOf(window).scrubber(), Kind::Intervention).empty());
    const std::int64_t at = 30'000;
    window.player().intervene(Intervention::station(SimTime::fromMicros(at), "smtp.sender.test", true));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.player().rerunning() && window.player().complete(); }, 30000));
    QTest::qWait(20);
    const auto mine = ofKind(*toolbarOf(window).scrubber(), Kind::Intervention);
    ASSERT_EQ(mine.size(), 1u);
    EXPECT_EQ(mine[0].timeUs, at);
    EXPECT_TRUE(mine[0].tip.contains(QStringLiteral("smtp.sender.test")));
    const auto& records = window.player().session()->records();
    ASSERT_GT(mine[0].cursor, 0u);
    EXPECT_LE(records[mine[0].cursor - 1].time.micros(), at);
    EXPECT_TRUE(mine[0].cursor == records.size() || records[mine[0].cursor].time.micros() > at);
    EXPECT_EQ(ofKind(*toolbarOf(window).scrubber(), Kind::StationDown).size(), 1u) << "the run's own record of it";

    window.player().undoIntervention();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.player().rerunning() && window.player().complete(); }, 30000));
    QTest::qWait(20);
    EXPECT_TRUE(ofKind(*toolbarOf(window).scrubber(), Kind::Intervention).empty());
}

TEST(TimelineMarkers, APictureOfTheMarkedScrubberIsWrittenForAPersonToLookAt)
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("03-server-down-retries.yaml"))));
    ASSERT_TRUE(waitForRun(window.player()));
    // The sorting station opened early by hand, so the class's own mark is in the picture too.
    window.player().intervene(Intervention::station(SimTime::fromMicros(20LL * 60 * 1'000'000), "mx1.example.org", false));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.player().rerunning() && window.player().complete(); }, 30000));
    window.player().clock().seekRecord(window.player().recordCount() / 3);
    QTest::qWait(50);
    const QString path = QStringLiteral(POSTIE_SCREENSHOT_DIR "/scrubber-markers.png");
    ASSERT_TRUE(toolbarOf(window).grab().save(path));
    EXPECT_FALSE(QImage(path).isNull());
    ASSERT_TRUE(window.grab().save(QStringLiteral(POSTIE_SCREENSHOT_DIR "/scrubber-markers-window.png")));
}

} // namespace
} // namespace postie::gui
