#include "map/art_library.h"

#include "map/message_palette.h"

#include <QFile>
#include <QPainter>

namespace postie::gui {
namespace {

QString buildingFile(StationKind kind)
{
    switch (kind) {
    case StationKind::Client: return QStringLiteral(":/art/stations/client.svg");
    case StationKind::Outgoing: return QStringLiteral(":/art/stations/outgoing.svg");
    case StationKind::Resolver: return QStringLiteral(":/art/stations/resolver.svg");
    case StationKind::Incoming: return QStringLiteral(":/art/stations/incoming.svg");
    case StationKind::Mailbox: return QStringLiteral(":/art/stations/mailbox.svg");
    case StationKind::Router: return QStringLiteral(":/art/stations/router.svg");
    case StationKind::Snooper: return QStringLiteral(":/art/stations/snooper.svg");
    }
    return {};
}

QString deviceFile(DeviceKind device)
{
    switch (device) {
    case DeviceKind::Laptop: return QStringLiteral(":/art/stations/client.svg");
    case DeviceKind::Phone: return QStringLiteral(":/art/stations/client-phone.svg");
    case DeviceKind::Desktop: return QStringLiteral(":/art/stations/client-desktop.svg");
    case DeviceKind::Webmail: return QStringLiteral(":/art/stations/client-webmail.svg");
    }
    return {};
}

QString sealFile(Seal seal)
{
    switch (seal) {
    case Seal::Postcard: return QStringLiteral(":/art/seal-postcard.svg");
    case Seal::Envelope: return QStringLiteral(":/art/seal-envelope.svg");
    case Seal::LockedBox: return QStringLiteral(":/art/seal-box.svg");
    }
    return {};
}

// The colour truck.svg is drawn in; each message colour replaces it.
constexpr char kTruckColour[] = "#E69F00";

} // namespace

ArtLibrary::ArtLibrary()
{
    for (int k = 0; k < int(m_buildings.size()); ++k)
        m_buildings[k] = std::make_unique<QSvgRenderer>(buildingFile(StationKind(k)));
    for (DeviceKind d : kDeviceKinds) m_devices[std::size_t(d)] = std::make_unique<QSvgRenderer>(deviceFile(d));
    for (Seal s : {Seal::Postcard, Seal::Envelope, Seal::LockedBox})
        m_seals[std::size_t(s)] = std::make_unique<QSvgRenderer>(sealFile(s));
    QFile file(QStringLiteral(":/art/truck.svg"));
    file.open(QIODevice::ReadOnly);
    const QByteArray truck = file.readAll();
    for (int i = 0; i < int(m_trucks.size()); ++i) {
        QByteArray painted = truck;
        painted.replace(kTruckColour, MessagePalette::colour(i).name().toUpper().toLatin1());
        m_trucks[i] = std::make_unique<QSvgRenderer>(painted);
    }
}

ArtLibrary::~ArtLibrary() = default;

QSvgRenderer& ArtLibrary::building(StationKind kind) const { return *m_buildings[std::size_t(kind)]; }

QSvgRenderer& ArtLibrary::building(StationKind kind, DeviceKind device) const
{
    return kind == StationKind::Client ? this->device(device) : building(kind);
}

QSvgRenderer& ArtLibrary::device(DeviceKind device) const { return *m_devices[std::size_t(device)]; }

QSvgRenderer& ArtLibrary::truck(int colourIndex) const
{
    return *m_trucks[std::size_t(((colourIndex % 7) + 7) % 7)];
}

QPixmap ArtLibrary::truckPixmap(int colourIndex, bool headingLeft, QSize pixels) const
{
    const int colour = ((colourIndex % 7) + 7) % 7;
    const quint64 key = (quint64(pixels.width()) << 32) | (quint64(pixels.height()) << 4) | (quint64(colour) << 1) |
                        quint64(headingLeft);
    if (const auto it = m_truckPixmaps.constFind(key); it != m_truckPixmaps.cend()) return *it;
    // Zooming through many sizes would otherwise keep every one of them.
    if (m_truckPixmaps.size() >= 64) m_truckPixmaps.clear();
    QPixmap pixmap(pixels);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    if (headingLeft) {  // the cab always faces where the truck goes
        painter.translate(pixels.width(), 0);
        painter.scale(-1, 1);
    }
    truck(colour).render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    painter.end();
    m_truckPixmaps.insert(key, pixmap);
    return pixmap;
}

QSvgRenderer& ArtLibrary::seal(Seal seal) const { return *m_seals[std::size_t(seal)]; }

QPixmap ArtLibrary::sealPixmap(Seal seal, QSize pixels) const
{
    const quint64 key = (quint64(pixels.width()) << 32) | (quint64(pixels.height()) << 4) | quint64(seal);
    if (const auto it = m_sealPixmaps.constFind(key); it != m_sealPixmaps.cend()) return *it;
    if (m_sealPixmaps.size() >= 64) m_sealPixmaps.clear();
    QPixmap pixmap(pixels);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    this->seal(seal).render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    painter.end();
    m_sealPixmaps.insert(key, pixmap);
    return pixmap;
}

} // namespace postie::gui
