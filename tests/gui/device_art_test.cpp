// A writer's device (a client's `device:` key): a phone, a laptop, a desktop computer or
// webmail, each drawn with its own picture and said in words in the list of stations and the
// station's tooltip. Lesson 1's "Bob's phone" is a phone.
#include "gui_test_support.h"
#include "map/art_library.h"
#include "scenario/scenario_loader.h"
#include "shell/town_list_dock.h"

#include <QImage>
#include <QPainter>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

QImage picture(QSvgRenderer& renderer)
{
    QImage image(120, 100, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter, QRectF(0, 0, 120, 100));
    return image;
}

std::string town(const std::string& device)
{
    return "format: postie/1\nstations:\n"
           "  - {id: alice, kind: client, user: alice@example.org, submit_to: smtp.example.org, device: " +
           device +
           "}\n"
           "  - {id: smtp.example.org, kind: outgoing}\n"
           "roads:\n  - {between: [alice, smtp.example.org], latency: 1ms}\n";
}

TEST(DeviceArt, EveryDeviceHasAPictureOfItsOwn)
{
    ArtLibrary art;
    for (DeviceKind a : kDeviceKinds) {
        ASSERT_TRUE(art.device(a).isValid()) << int(a);
        for (DeviceKind b : kDeviceKinds)
            if (a != b) {
                EXPECT_NE(picture(art.device(a)), picture(art.device(b))) << int(a) << " and " << int(b);
            }
    }
    // The default and any other kind's building keep their pictures.
    EXPECT_EQ(&art.building(StationKind::Client, DeviceKind::Laptop), &art.device(DeviceKind::Laptop));
    EXPECT_EQ(&art.building(StationKind::Outgoing, DeviceKind::Phone), &art.building(StationKind::Outgoing));
}

TEST(DeviceArt, TheDeviceKeyLoadsAndABadOneIsRefusedWithItsPlaceAndTheWordsAllowed)
{
    const LoadResult good = loadScenarioText(town("webmail"), "webmail.yaml");
    ASSERT_TRUE(good.ok()) << (good.errors.empty() ? "" : good.errors.front().format());
    EXPECT_EQ(good.spec->stations.front().device, "webmail");
    EXPECT_EQ(Devices::fromKey(good.spec->stations.front().device), DeviceKind::Webmail);

    const LoadResult bad = loadScenarioText(town("tablet"), "tablet.yaml");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.errors.front().format(),
              "tablet.yaml:3:93: error: device must be one of phone, laptop, desktop or webmail, but it is 'tablet'");
}

TEST(DeviceArt, LessonOnesBobReadsOnAPhoneAndTheMapAndTheListSaySo)
{
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("01-first-email.yaml")));
    StationItem* bob = sceneOf(window).station(QStringLiteral("bob"));
    StationItem* alice = sceneOf(window).station(QStringLiteral("alice"));
    ASSERT_TRUE(bob && alice);
    EXPECT_EQ(bob->device(), DeviceKind::Phone);
    EXPECT_EQ(alice->device(), DeviceKind::Laptop);
    EXPECT_TRUE(bob->toolTip().contains(QStringLiteral("a phone"))) << bob->toolTip().toStdString();

    // Drawn as a phone: the station's picture is not the laptop's.
    const auto drawn = [](StationItem& item) {
        QImage image(200, 200, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.translate(100, 100);
        item.paint(&painter, nullptr, nullptr);
        return image;
    };
    StationSpec laptop;
    laptop.id = "bob";
    laptop.kind = StationKind::Client;
    laptop.label = "Bob's phone";
    ArtLibrary art;
    StationItem asLaptop(laptop, art);
    EXPECT_NE(drawn(*bob), drawn(asLaptop));

    const ScenarioSpec& spec = window.player().session()->spec();
    const auto it = std::find_if(spec.stations.begin(), spec.stations.end(), [](const StationSpec& s) { return s.id == "bob"; });
    ASSERT_NE(it, spec.stations.end());
    EXPECT_TRUE(TownListDock::stationLine(*it).contains(QStringLiteral("a phone"))) << TownListDock::stationLine(*it).toStdString();
}

} // namespace
} // namespace postie::gui
