// Following one letter: the map keeps its truck in the middle while it travels; Esc or F stops.
#include "gui_test_support.h"
#include "map/follow_camera.h"
#include "map/town_view.h"
#include "shell/presentation_mode.h"
#include "shell/screenshot_job.h"

#include <QAction>
#include <QSignalSpy>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

class Follow : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1280, 800)));
        ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("01-first-email.yaml")));
    }
    // The letter's road trips, in order.
    std::vector<TraceRecord> trips(const std::string& message)
    {
        std::vector<TraceRecord> out;
        for (const auto& r : window.player().session()->records())
            if (r.type == EventType::RoadDepart && r.message == message) out.push_back(r);
        return out;
    }
    void seekIntoTrip(const TraceRecord& depart, double fraction)
    {
        PlaybackClock& clock = window.player().clock();
        clock.seekTime(depart.time.micros() + std::int64_t((depart.arriveUs - depart.time.micros()) * fraction));
    }
    TruckItem* truckOf(const QString& message)
    {
        for (TruckItem* t : sceneOf(window).trucks())
            if (t->message() == message) return t;
        return nullptr;
    }
    // How far the truck is from the middle of the map on screen, in pixels.
    double offCentre(TruckItem* truck)
    {
        TownView& view = viewOf(window);
        const QPoint at = view.mapFromScene(truck->sceneBoundingRect().center());
        return QLineF(at, view.viewport()->rect().center()).length();
    }

    MainWindow window;
};

TEST_F(Follow, ClickATruckPressCAndTheMapKeepsItInTheMiddleAllAlongItsJourney)
{
    const auto journey = trips("m1");
    ASSERT_GE(journey.size(), 3u);
    seekIntoTrip(journey[0], 0.5);
    TruckItem* truck = truckOf(QStringLiteral("m1"));
    ASSERT_NE(truck, nullptr);
    QSignalSpy clicked(&sceneOf(window), &TownScene::messageClicked);
    QTest::mouseClick(viewOf(window).viewport(), Qt::LeftButton, {},
                      viewOf(window).mapFromScene(truck->sceneBoundingRect().center()));
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.at(0).at(0).toString(), QStringLiteral("m1"));

    // The click opened the Inspector beside the map; closed, the map has the window's width
    // again (the camera cannot scroll past the town's edge, which a narrower map reaches
    // sooner on the first road).
    inspectorOf(window).close();
    QApplication::processEvents();
    const double before = offCentre(truck);
    QTest::keyClick(&window, Qt::Key_C);
    ASSERT_TRUE(followCameraOf(window).following());
    EXPECT_TRUE(followCameraOf(window).followAction()->isChecked());
    EXPECT_GE(viewOf(window).zoom(), FollowCamera::kZoom);
    EXPECT_GT(before, 40) << "the fitted town does not have the first road in the middle";

    // Two moments further along the journey, on other roads: the truck is in the middle.
    for (const auto& [trip, fraction] : {std::pair{journey[1], 0.4}, std::pair{journey[2], 0.6}}) {
        seekIntoTrip(trip, fraction);
        TruckItem* now = truckOf(QStringLiteral("m1"));
        ASSERT_NE(now, nullptr);
        EXPECT_LT(offCentre(now), 12) << "trip from " << trip.from << " to " << trip.to;
    }
    ASSERT_TRUE(ScreenshotJob::save(window, QStringLiteral(POSTIE_SCREENSHOT_DIR "/follow-the-letter.png")));

    QTest::keyClick(&window, Qt::Key_Escape);
    EXPECT_FALSE(followCameraOf(window).following());
    EXPECT_FALSE(followCameraOf(window).followAction()->isChecked());
    const QPointF centre = viewOf(window).mapToScene(viewOf(window).viewport()->rect().center());
    seekIntoTrip(journey[0], 0.5);
    EXPECT_EQ(viewOf(window).mapToScene(viewOf(window).viewport()->rect().center()), centre) << "stopped: no more moves";
}

TEST_F(Follow, BetweenTripsTheMapRestsOnTheStationWhereTheLetterWaits)
{
    const auto journey = trips("m1");
    // A trip after which the letter waits at a station (not passing straight through a junction).
    std::size_t wait = 0;
    while (wait + 1 < journey.size() && journey[wait + 1].time.micros() <= journey[wait].arriveUs) ++wait;
    ASSERT_LT(wait, journey.size());
    seekIntoTrip(journey[wait], 0.5);
    followCameraOf(window).follow(QStringLiteral("m1"));
    const std::int64_t leaves = wait + 1 < journey.size() ? journey[wait + 1].time.micros() : journey[wait].arriveUs + 2;
    window.player().clock().seekTime((journey[wait].arriveUs + leaves) / 2);
    ASSERT_EQ(truckOf(QStringLiteral("m1")), nullptr);
    StationItem* station = sceneOf(window).station(QString::fromStdString(journey[wait].to));
    ASSERT_NE(station, nullptr);
    const QPoint at = viewOf(window).mapFromScene(station->sceneBoundingRect().center());
    EXPECT_LT(QLineF(at, viewOf(window).viewport()->rect().center()).length(), 12);

    QTest::keyClick(&window, Qt::Key_F);
    EXPECT_FALSE(followCameraOf(window).following()) << "fitting the town stops following";
    EXPECT_EQ(viewOf(window).zoom(), 1);

    QTest::keyClick(&window, Qt::Key_C);
    EXPECT_TRUE(followCameraOf(window).following());
    QTest::keyClick(&window, Qt::Key_C);
    EXPECT_FALSE(followCameraOf(window).following()) << "C again stops";
}

TEST_F(Follow, InPresentationModeEscStopsFollowingFirstAndLeavesPresentingNext)
{
    QTest::keyClick(&window, Qt::Key_F11);
    ASSERT_TRUE(presentationOf(window).presenting());
    followCameraOf(window).follow(QStringLiteral("m1"));
    ASSERT_TRUE(followCameraOf(window).following());
    QTest::keyClick(&window, Qt::Key_Escape);
    EXPECT_FALSE(followCameraOf(window).following());
    EXPECT_TRUE(presentationOf(window).presenting()) << "one Esc does one thing";
    QTest::keyClick(&window, Qt::Key_Escape);
    EXPECT_FALSE(presentationOf(window).presenting());
}

} // namespace
} // namespace postie::gui
