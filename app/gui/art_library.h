#pragma once
// The SVG art compiled into the app, loaded once per scene and shared by its items: one
// building per station kind, and the mail truck in each message colour.
#include "scenario/scenario_spec.h"

#include <QSvgRenderer>

#include <array>
#include <memory>

namespace postie::gui {

class ArtLibrary {
public:
    ArtLibrary();
    ~ArtLibrary();

    QSvgRenderer& building(StationKind kind) const;
    QSvgRenderer& truck(int colourIndex) const;

private:
    std::array<std::unique_ptr<QSvgRenderer>, 6> m_buildings;
    std::array<std::unique_ptr<QSvgRenderer>, 7> m_trucks;
};

} // namespace postie::gui
