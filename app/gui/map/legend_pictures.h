#pragma once
// The legend's pictures, drawn by the map's own items in a scene of their own (a station with a
// badge, a stamp, a failure's mark, a station in trouble, a closed road, a truck), so that the
// legend always shows exactly what the map shows.
#include "replay/device_kind.h"
#include "replay/failure_mark.h"
#include "replay/station_flash.h"
#include "scenario/scenario_spec.h"

#include <QPixmap>

#include <functional>
#include <optional>

#include <memory>

namespace postie::gui {

class ArtLibrary;

class LegendPictures {
public:
    // Pictures `height` device pixels high (wider ones keep their shape).
    explicit LegendPictures(int height);
    ~LegendPictures();

    QPixmap building(StationKind kind) const;
    QPixmap device(DeviceKind device) const;
    enum class Badge { Queue, InBoxes, Retry };
    QPixmap badge(Badge badge) const;
    QPixmap stamp(const StationFlash& flash) const;
    QPixmap mark(const FailureMark& mark) const;
    QPixmap trouble(Trouble trouble) const;
    QPixmap closedRoad() const;
    QPixmap truck(std::optional<Seal> seal = {}) const;
    QPixmap swatch(const QColor& colour) const;

private:
    // A station of `kind` as the map draws it, shaped by `setUp`, cut to its building.
    template <class SetUp>
    QPixmap station(StationKind kind, SetUp setUp, const std::string& device = "laptop") const;
    QPixmap draw(double width, double height, const std::function<void(QPainter&)>& paint) const;

    int m_height;
    std::unique_ptr<ArtLibrary> m_art;
};

} // namespace postie::gui
