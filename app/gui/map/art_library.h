#pragma once
// The SVG art compiled into the app, loaded once per scene and shared by its items: one
// building per station kind (a writer's device per kind of device), and the mail truck in
// each message colour.
#include "replay/device_kind.h"
#include "scenario/scenario_spec.h"
#include "trace/trace_words.h"

#include <QHash>
#include <QPixmap>
#include <QSvgRenderer>

#include <array>
#include <memory>

namespace postie::gui {

class ArtLibrary {
public:
    ArtLibrary();
    ~ArtLibrary();

    QSvgRenderer& building(StationKind kind) const;
    // A client's picture is its device's; any other kind's its building.
    QSvgRenderer& building(StationKind kind, DeviceKind device) const;
    QSvgRenderer& device(DeviceKind device) const;
    QSvgRenderer& truck(int colourIndex) const;
    // The truck drawn once at this size in device pixels, facing left or right, and kept:
    // a town with thousands of trucks blits pixmaps instead of rendering SVG for each.
    // GUI thread only.
    QPixmap truckPixmap(int colourIndex, bool headingLeft, QSize pixels) const;
    // What a truck's letter looks like to anyone on the road: a postcard, a sealed envelope
    // with a padlock, a locked box. Kept per size like the trucks. GUI thread only.
    QSvgRenderer& seal(Seal seal) const;
    QPixmap sealPixmap(Seal seal, QSize pixels) const;

private:
    std::array<std::unique_ptr<QSvgRenderer>, kStationKinds.size()> m_buildings;
    std::array<std::unique_ptr<QSvgRenderer>, kDeviceKinds.size()> m_devices;
    std::array<std::unique_ptr<QSvgRenderer>, 7> m_trucks;
    mutable QHash<quint64, QPixmap> m_truckPixmaps;
    std::array<std::unique_ptr<QSvgRenderer>, 3> m_seals;  // by Seal
    mutable QHash<quint64, QPixmap> m_sealPixmaps;
};

} // namespace postie::gui
