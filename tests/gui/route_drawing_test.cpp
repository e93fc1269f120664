// The map draws the way the engine took: words on the wire follow their record's `path`, and
// a letter's truck drives the roads of its trip one after the other. The app finds no way of
// its own.
#include "gui_test_support.h"
#include "map/road_item.h"
#include "replay/town_frame.h"

#include <QLineF>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

const QString kLesson11 = QStringLiteral("11-three-equal-mx-hosts.yaml");

// How far p is from the segment a-b, and where along it (0 at a, 1 at b) it falls.
std::pair<double, double> offSegment(QPointF a, QPointF b, QPointF p)
{
    const QPointF d = b - a;
    const double t = std::clamp(QPointF::dotProduct(p - a, d) / QPointF::dotProduct(d, d), 0.0, 1.0);
    return {QLineF(a + t * d, p).length(), t};
}

// The road of `path` that p stands on (in a lane beside it), as "a-b", or empty for none.
QString roadUnder(const TownScene& scene, const QStringList& path, QPointF p)
{
    for (int i = 0; i + 1 < path.size(); ++i) {
        const auto [off, t] = offSegment(scene.station(path[i])->pos(), scene.station(path[i + 1])->pos(), p);
        if (off <= TownScene::kLane + 0.01 && t > 0 && t < 1) return path[i] + QLatin1Char('-') + path[i + 1];
    }
    return {};
}

TownFrame oneWord(const std::string& path, double progress)
{
    Trip words;
    words.kind = Trip::Kind::Wire;
    words.id = 1;
    words.message = "m1";
    words.from = "smtp.town.test";
    words.to = "mx3.bigmail.test";
    words.label = "RCPT";
    words.event = EventType::SmtpCommand;
    words.path = path;
    TownFrame frame;
    frame.trips.push_back(TripView{words, progress});
    return frame;
}

TEST(RouteDrawing, WordsOnTheWireCrossTheRoadsTheirRecordNamesWeightedByLatency)
{
    const LoadResult loaded = loadScenarioFile(lessonPath(kLesson11).toStdString());
    ASSERT_TRUE(loaded.ok());
    TownScene scene;
    scene.buildTown(*loaded.spec);
    const QStringList direct{QStringLiteral("smtp.town.test"), QStringLiteral("backbone"), QStringLiteral("mx3.bigmail.test")};
    // 15 ms to the backbone, then 24 ms to mx3: at a quarter of the time it is on the first
    // road, at four fifths on the second.
    scene.showFrame(oneWord("smtp.town.test,backbone,mx3.bigmail.test", 0.25));
    ASSERT_EQ(scene.wires().size(), 1);
    EXPECT_EQ(roadUnder(scene, direct, scene.wires().first()->pos()), QStringLiteral("smtp.town.test-backbone"));
    scene.showFrame(oneWord("smtp.town.test,backbone,mx3.bigmail.test", 0.8));
    ASSERT_EQ(scene.wires().size(), 1);
    EXPECT_EQ(roadUnder(scene, direct, scene.wires().first()->pos()), QStringLiteral("backbone-mx3.bigmail.test"));
}

TEST(RouteDrawing, TheMapFollowsTheRecordedPathWhereverItGoes)
{
    const LoadResult loaded = loadScenarioFile(lessonPath(kLesson11).toStdString());
    ASSERT_TRUE(loaded.ok());
    TownScene scene;
    scene.buildTown(*loaded.spec);
    // A path neither the shortest nor through routers only (by mx2 and the PO boxes): the
    // scene draws it as told. 15 + 22 + 1 + 1 ms; two thirds of the time is halfway along
    // the backbone's road to mx2, where no way of the map's own would go.
    const QStringList roundabout{QStringLiteral("smtp.town.test"), QStringLiteral("backbone"),
                                 QStringLiteral("mx2.bigmail.test"), QStringLiteral("box.bigmail.test"),
                                 QStringLiteral("mx3.bigmail.test")};
    scene.showFrame(oneWord(roundabout.join(QLatin1Char(',')).toStdString(), 26.0 / 39.0));
    ASSERT_EQ(scene.wires().size(), 1);
    EXPECT_EQ(roadUnder(scene, roundabout, scene.wires().first()->pos()), QStringLiteral("backbone-mx2.bigmail.test"));
}

TEST(RouteDrawing, InLessonElevenTheWordsForMx3AndItsLettersTakeTheBackbonesRoadToMx3)
{
    MainWindow window;
    ASSERT_TRUE(window.openScenario(lessonPath(kLesson11)));
    ASSERT_TRUE(waitForRun(window.player()));
    const ScenarioSession& session = *window.player().session();
    PlaybackClock& clock = window.player().clock();

    // The first command to mx3, four fifths of the way: on the backbone's road to mx3.
    std::optional<TraceRecord> command;
    for (const auto& r : session.records())
        if (r.type == EventType::SmtpCommand && r.peer == "mx3.bigmail.test") {
            command = r;
            break;
        }
    ASSERT_TRUE(command.has_value());
    const QStringList path = QString::fromStdString(command->path).split(QLatin1Char(','));
    ASSERT_EQ(path, (QStringList{QStringLiteral("smtp.town.test"), QStringLiteral("backbone"), QStringLiteral("mx3.bigmail.test")}));
    clock.seekRecord(command->seq + 1);
    clock.seekTime(command->time.micros() + (command->arriveUs - command->time.micros()) * 4 / 5);
    bool seen = false;
    for (const WireItem* w : sceneOf(window).wires())
        if (w->message() == QString::fromStdString(command->message) &&
            roadUnder(sceneOf(window), path, w->pos()) == QStringLiteral("backbone-mx3.bigmail.test"))
            seen = true;
    EXPECT_TRUE(seen) << "the words for mx3 stand on the backbone's road to mx3";

    // That letter's truck: halfway along each road.depart of its trip it stands on that road,
    // and the roads it drives are the consecutive stations of the recorded path.
    QStringList driven;
    QStringList tripPath;
    for (const auto& r : session.records()) {
        if (r.type != EventType::RoadDepart || r.message != command->message || r.path != command->path) continue;
        tripPath = QString::fromStdString(r.path).split(QLatin1Char(','));
        clock.seekRecord(r.seq + 1);
        clock.seekTime((r.time.micros() + r.arriveUs) / 2);
        const QStringList road{QString::fromStdString(r.from), QString::fromStdString(r.to)};
        bool onIt = false;
        for (const TruckItem* t : sceneOf(window).trucks())
            if (t->message() == QString::fromStdString(r.message) && !roadUnder(sceneOf(window), road, t->pos()).isEmpty())
                onIt = true;
        EXPECT_TRUE(onIt) << r.from << " -> " << r.to;
        driven << road.first();
        if (r.to == "mx3.bigmail.test") driven << road.last();
    }
    EXPECT_EQ(driven, tripPath);
    EXPECT_EQ(driven, path);
}

} // namespace
} // namespace postie::gui
