#include "art_library.h"

#include "message_palette.h"

#include <QFile>

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

QSvgRenderer& ArtLibrary::truck(int colourIndex) const
{
    return *m_trucks[std::size_t(((colourIndex % 7) + 7) % 7)];
}

} // namespace postie::gui
