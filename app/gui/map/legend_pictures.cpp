#include "map/legend_pictures.h"

#include "map/art_library.h"
#include "map/failure_sign_item.h"
#include "map/message_palette.h"
#include "map/road_item.h"
#include "map/station_item.h"
#include "map/truck_item.h"

#include <QGraphicsScene>
#include <QPainter>

#include <functional>

namespace postie::gui {
namespace {

constexpr double kRoom = 26;  // round the building: its badges, outline and marks stick out

QPixmap rendered(QGraphicsScene& scene, const QRectF& source, int height)
{
    const double scale = height / source.height();
    QPixmap pixmap(QSize(int(std::ceil(source.width() * scale)), height));
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixmap.size())), source);
    return pixmap;
}

} // namespace

LegendPictures::LegendPictures(int height) : m_height(height), m_art(std::make_unique<ArtLibrary>()) {}

LegendPictures::~LegendPictures() = default;

template <class SetUp>
QPixmap LegendPictures::station(StationKind kind, SetUp setUp, const std::string& device) const
{
    QGraphicsScene scene;
    StationSpec spec;
    spec.id = "legend";
    spec.kind = kind;
    spec.device = device;
    auto* item = new StationItem(spec, *m_art);
    scene.addItem(item);
    auto* sign = new FailureSignItem(*item);
    scene.addItem(sign);
    setUp(*item, *sign);
    QRectF source = item->buildingRect().adjusted(-kRoom, -kRoom, kRoom, 6);
    if (!sign->markSceneRect().isNull()) source = source.united(sign->markSceneRect().adjusted(-4, -4, 4, 0));
    return rendered(scene, source, m_height);
}

QPixmap LegendPictures::draw(double width, double height, const std::function<void(QPainter&)>& paint) const
{
    const double scale = m_height / height;
    QPixmap pixmap(QSize(int(std::ceil(width * scale)), m_height));
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    paint(painter);
    return pixmap;
}

QPixmap LegendPictures::building(StationKind kind) const
{
    return station(kind, [](StationItem&, FailureSignItem&) {});
}

QPixmap LegendPictures::device(DeviceKind device) const
{
    const char* words[] = {"laptop", "phone", "desktop", "webmail"};
    return station(StationKind::Client, [](StationItem&, FailureSignItem&) {}, words[std::size_t(device)]);
}

QPixmap LegendPictures::badge(Badge badge) const
{
    const StationKind kind = badge == Badge::InBoxes ? StationKind::Mailbox : StationKind::Outgoing;
    return station(kind, [badge](StationItem& s, FailureSignItem&) {
        if (badge == Badge::Queue) s.setQueue(3);
        else if (badge == Badge::InBoxes) s.setInBoxes(2);
        else s.setRetrying(1, {});
    });
}

QPixmap LegendPictures::stamp(const StationFlash& flash) const
{
    const StationKind kind = flash.kind == StationFlash::Kind::Answer   ? StationKind::Resolver
                             : flash.kind == StationFlash::Kind::Stored ? StationKind::Mailbox
                                                                        : StationKind::Incoming;
    return station(kind, [flash](StationItem& s, FailureSignItem&) { s.setFlash(flash); });
}

QPixmap LegendPictures::mark(const FailureMark& mark) const
{
    const QRectF r = FailureSignItem::markRect(FailureSignItem::markText(mark)).adjusted(-3, -3, 3, 3);
    const double height = 92 + 2 * kRoom;  // the same scale as a building's picture
    return draw(r.width(), height, [&](QPainter& p) {
        p.translate(-r.left(), height / 2);
        FailureSignItem::paintMark(p, r.adjusted(3, 3, -3, -3), mark);
    });
}

QPixmap LegendPictures::trouble(Trouble trouble) const
{
    return station(StationKind::Incoming, [trouble](StationItem& s, FailureSignItem& sign) {
        if (trouble == Trouble::Closed) s.setClosed(true);
        if (trouble == Trouble::Deferring) s.setRetrying(2, {});
        sign.setState(trouble, std::nullopt);
    });
}

QPixmap LegendPictures::closedRoad() const
{
    QGraphicsScene scene;
    StationSpec a;
    a.id = "a";
    StationSpec b = a;
    b.id = "b";
    auto* left = new StationItem(a, *m_art);
    auto* right = new StationItem(b, *m_art);
    scene.addItem(left);
    scene.addItem(right);
    left->setPos(0, 0);
    right->setPos(300, 0);
    auto* road = new RoadItem(left, right, 20'000);
    scene.addItem(road);
    road->setClosed(true);
    left->hide();
    right->hide();
    return rendered(scene, QRectF(60, -72, 180, 144), m_height);
}

QPixmap LegendPictures::truck(std::optional<Seal> seal) const
{
    QGraphicsScene scene;
    auto* item = new TruckItem(*m_art, QStringLiteral("m1"), NoticeKind::None, seal);
    scene.addItem(item);
    const QRectF r = item->boundingRect().adjusted(-4, -4, 4, 4);
    const double side = std::max(r.width(), r.height());
    return rendered(scene, QRectF(r.center().x() - side / 2, r.center().y() - side / 2, side, side), m_height);
}

QPixmap LegendPictures::swatch(const QColor& colour) const
{
    return draw(1, 1, [&](QPainter& p) {
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRoundedRect(QRectF(0.1, 0.25, 0.8, 0.5), 0.12, 0.12);
    });
}

} // namespace postie::gui
