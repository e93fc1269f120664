// The map: where stations stand, where trucks are at a given moment, what they carry.
#include "gui_test_support.h"
#include "map/provider_item.h"
#include "map/road_item.h"
#include "replay/town_frame.h"

#include <QFile>
#include <QRegularExpression>

#include <optional>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

// Where p falls along a -> b: 0 at a, 1 at b; and how far it is from that line.
std::pair<double, double> along(QPointF a, QPointF b, QPointF p)
{
    const QPointF d = b - a;
    const double len2 = QPointF::dotProduct(d, d);
    const double t = QPointF::dotProduct(p - a, d) / len2;
    const QPointF foot = a + t * d;
    return {t, QLineF(foot, p).length()};
}

TEST(TownScene, ATruckHalfwayThroughItsTripStandsOnItsRoadBetweenTheTwoStations)
{
    MainWindow window;
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("01-first-email.yaml"))));
    ASSERT_TRUE(waitForRun(window.player()));
    const std::optional<TraceRecord> depart = firstOf(*window.player().session(), EventType::RoadDepart);
    ASSERT_TRUE(depart.has_value());
    PlaybackClock& clock = window.player().clock();
    clock.seekRecord(depart->seq + 1);
    clock.seekTime(depart->time.micros() + (depart->arriveUs - depart->time.micros()) / 2);

    const QList<TruckItem*> trucks = sceneOf(window).trucks();
    ASSERT_EQ(trucks.size(), 1);
    EXPECT_EQ(trucks.first()->message().toStdString(), depart->message);
    const StationItem* from = sceneOf(window).station(QString::fromStdString(depart->from));
    const StationItem* to = sceneOf(window).station(QString::fromStdString(depart->to));
    ASSERT_TRUE(from && to);
    const auto [t, off] = along(from->pos(), to->pos(), trucks.first()->pos());
    EXPECT_GT(t, 0.3);
    EXPECT_LT(t, 0.7);
    EXPECT_LE(off, TownScene::kLane + 0.01) << "in its lane on the road";
    EXPECT_FALSE(trucks.first()->headingLeft()) << "Alice's laptop is left of the post office";

    // A moment later it is further on; at the arrival record it is gone.
    const double before = t;
    clock.seekTime(depart->arriveUs - 1);
    EXPECT_GT(along(from->pos(), to->pos(), sceneOf(window).trucks().first()->pos()).first, before);
    clock.seekTime(depart->arriveUs);
    EXPECT_TRUE(sceneOf(window).trucks().isEmpty());
}

TEST(TownScene, EveryStationOfEveryScenarioHasRoomOfItsOwn)
{
    QStringList files = lessons();
    files << QStringLiteral("90-a-million-letters.yaml");  // no positions: laid out by kind
    for (const QString& file : files) {
        SCOPED_TRACE(file.toStdString());
        const LoadResult loaded = loadScenarioFile(lessonPath(file).toStdString());
        ASSERT_TRUE(loaded.ok());
        TownScene scene;
        scene.buildTown(*loaded.spec);
        const QList<StationItem*> stations = scene.stations();
        ASSERT_EQ(stations.size(), qsizetype(loaded.spec->stations.size()));
        for (int i = 0; i < stations.size(); ++i)
            for (int j = i + 1; j < stations.size(); ++j) {
                const QRectF a = stations[i]->mapRectToScene(stations[i]->buildingRect());
                const QRectF b = stations[j]->mapRectToScene(stations[j]->buildingRect());
                EXPECT_FALSE(a.intersects(b)) << stations[i]->id().toStdString() << " and " << stations[j]->id().toStdString();
            }
    }
}

// Lesson 1 without its positions: the app lays the town out by itself.
ScenarioSpec firstLessonWithoutPositions()
{
    QFile file(lessonPath(QStringLiteral("01-first-email.yaml")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    text.remove(QRegularExpression(QStringLiteral(",\\s*position: \\[\\d+, \\d+\\]")));
    EXPECT_FALSE(text.contains(QStringLiteral("position")));
    LoadResult loaded = loadScenarioText(text.toStdString(), "no-positions.yaml");
    EXPECT_TRUE(loaded.ok()) << (loaded.errors.empty() ? "" : loaded.errors.front().format());
    return loaded.ok() ? *loaded.spec : ScenarioSpec{};
}

TEST(TownScene, WithoutPositionsTheTownIsLaidOutInTheOrderALetterTravels)
{
    TownScene scene;
    scene.buildTown(firstLessonWithoutPositions());
    const auto x = [&](const char* id) { return scene.station(QString::fromLatin1(id))->pos().x(); };
    const auto y = [&](const char* id) { return scene.station(QString::fromLatin1(id))->pos().y(); };
    EXPECT_LT(x("alice"), x("smtp.sender.test")) << "the writer left of the post office";
    EXPECT_LT(x("smtp.sender.test"), x("backbone"));
    EXPECT_LT(x("backbone"), x("mx1.example.org"));
    EXPECT_LT(x("mx1.example.org"), x("box.example.org"));
    EXPECT_LT(x("box.example.org"), x("bob")) << "the reader at the far end, where letters arrive";
    EXPECT_EQ(x("dns.sender.test"), x("smtp.sender.test")) << "the directory stands off the main road";
    EXPECT_LT(y("dns.sender.test"), y("smtp.sender.test"));
}

TEST(TownScene, ManyWritersAreFoldedIntoSeveralColumnsSoTheTownKeepsTheShapeOfAScreen)
{
    const LoadResult loaded = loadScenarioFile(lessonPath(QStringLiteral("90-a-million-letters.yaml")).toStdString());
    ASSERT_TRUE(loaded.ok());
    TownScene scene;
    scene.buildTown(*loaded.spec);
    const QRectF town = scene.sceneRect();
    EXPECT_GT(town.width(), town.height());
    double writers = -1e9;
    for (const StationItem* s : scene.stations())
        if (s->id().startsWith(QStringLiteral("writer"))) writers = std::max(writers, s->pos().x());
    EXPECT_LT(writers, scene.station(QStringLiteral("smtp.sender.test"))->pos().x());
}

TEST(TownScene, RoadsFollowTheirStations)
{
    const LoadResult loaded = loadScenarioFile(lessonPath(QStringLiteral("01-first-email.yaml")).toStdString());
    ASSERT_TRUE(loaded.ok());
    TownScene scene;
    scene.buildTown(*loaded.spec);
    RoadItem* road = scene.road(QStringLiteral("alice"), QStringLiteral("smtp.sender.test"));
    ASSERT_NE(road, nullptr);
    scene.station(QStringLiteral("alice"))->setPos(10, 20);
    EXPECT_EQ(road->line().p1(), QPointF(10, 20));
}

TEST(TownScene, AReturnToSenderNoticeDrivesWithItsStamp)
{
    MainWindow window;
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("04-unknown-user-bounce.yaml"))));
    ASSERT_TRUE(waitForRun(window.player()));
    const std::optional<TraceRecord> depart = firstOf(*window.player().session(), EventType::RoadDepart, "m2");
    ASSERT_TRUE(depart.has_value());
    window.player().clock().seekTime((depart->time.micros() + depart->arriveUs) / 2);
    bool seen = false;
    for (TruckItem* t : sceneOf(window).trucks())
        if (t->message() == QStringLiteral("m2")) {
            seen = true;
            EXPECT_EQ(t->notice(), NoticeKind::ReturnToSender);
        }
    EXPECT_TRUE(seen);
}

TEST(TownScene, AClosedStationShowsItsSignAndWordsOnTheWireShowTheirProtocolWord)
{
    MainWindow window;
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("03-server-down-retries.yaml"))));
    ASSERT_TRUE(waitForRun(window.player()));
    const ScenarioSession& session = *window.player().session();
    const std::optional<TraceRecord> down = firstOf(session, EventType::StationDown);
    ASSERT_TRUE(down.has_value());
    window.player().clock().seekRecord(down->seq + 1);
    EXPECT_TRUE(sceneOf(window).station(QString::fromStdString(down->station))->closed());
    const std::optional<TraceRecord> up = firstOf(session, EventType::StationUp);
    ASSERT_TRUE(up.has_value());
    window.player().clock().seekRecord(up->seq + 1);
    EXPECT_FALSE(sceneOf(window).station(QString::fromStdString(down->station))->closed());

    std::optional<TraceRecord> ehlo;
    for (const auto& r : session.records())
        if (r.type == EventType::SmtpCommand && r.command.rfind("EHLO", 0) == 0) {
            ehlo = r;
            break;
        }
    ASSERT_TRUE(ehlo.has_value());
    window.player().clock().seekTime((ehlo->time.micros() + ehlo->arriveUs) / 2);
    QStringList words;
    for (WireItem* w : sceneOf(window).wires()) words << w->label();
    EXPECT_TRUE(words.contains(QStringLiteral("EHLO"))) << words.join(QLatin1Char(' ')).toStdString();
}

} // namespace
} // namespace postie::gui

namespace postie::gui {
namespace {

TEST(TownScene, AProvidersStationsShareOneBuildingNamedAfterTheirGroup)
{
    MainWindow window;
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("11-three-equal-mx-hosts.yaml"))));
    const auto& providers = sceneOf(window).providers();
    ASSERT_EQ(providers.size(), 1);
    EXPECT_EQ(providers.first()->name(), QStringLiteral("bigmail.test"));
    EXPECT_EQ(providers.first()->members().size(), 4);  // three sorting stations and the PO boxes
    for (const StationItem* s : providers.first()->members())
        EXPECT_TRUE(providers.first()->sceneBoundingRect().contains(s->mapRectToScene(s->extentRect()))) << s->id().toStdString();
    // A station outside the group stays outside the building.
    EXPECT_FALSE(providers.first()->sceneBoundingRect().contains(sceneOf(window).station(QStringLiteral("smtp.town.test"))->pos()));
    // Lessons without groups have no buildings.
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("01-first-email.yaml"))));
    EXPECT_TRUE(sceneOf(window).providers().isEmpty());
}

} // namespace
} // namespace postie::gui

namespace postie::gui {
namespace {

TEST(TownScene, StoryDetailHidesTheWordsOnTheWireAndKeepsTheLetters)
{
    MainWindow window;
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("01-first-email.yaml"))));
    ASSERT_TRUE(waitForRun(window.player()));
    // A moment with both a word on the wire and, later, the letter on the road.
    const std::optional<TraceRecord> command = firstOf(*window.player().session(), EventType::SmtpCommand);
    ASSERT_TRUE(command.has_value());
    PlaybackClock& clock = window.player().clock();
    clock.seekRecord(command->seq + 1);
    clock.seekTime(command->time.micros() + (command->arriveUs - command->time.micros()) / 2);
    EXPECT_FALSE(sceneOf(window).wires().isEmpty()) << "wire detail: the EHLO travels";
    showWordsActionOf(window)->trigger();  // story detail
    EXPECT_TRUE(sceneOf(window).wires().isEmpty());
    const std::optional<TraceRecord> depart = firstOf(*window.player().session(), EventType::RoadDepart);
    ASSERT_TRUE(depart.has_value());
    clock.seekRecord(depart->seq + 1);
    clock.seekTime(depart->time.micros() + (depart->arriveUs - depart->time.micros()) / 2);
    EXPECT_EQ(sceneOf(window).trucks().size(), 1) << "the letter still drives";
    EXPECT_TRUE(sceneOf(window).wires().isEmpty());
    showWordsActionOf(window)->trigger();  // wire detail again
    clock.seekRecord(command->seq + 1);
    clock.seekTime(command->time.micros() + (command->arriveUs - command->time.micros()) / 2);
    EXPECT_FALSE(sceneOf(window).wires().isEmpty());
}

} // namespace
} // namespace postie::gui
