#pragma once
// Keeps the map's words readable: stretches the town until no station's building or name card
// touches another's, then puts each movable label where it covers no name (LabelPlacer).
//   - Once per layout (a new town, presentation mode, email words): road signs, along their
//     road, clear of every building, card and sign.
//   - Every frame: the failure marks, the note on a ring (a lesson's answer), then the stations' stamps (above or beside their own
//     building), clear of every building, badge, name, sign and each other; then the trucks'
//     tags and the words on their way, which keep clear of all those but not of each other (a rush hour has thousands); a tag or bubble with no room is left
//     out. Trucks pass under the stations (StationItem is drawn above them), so a truck at a
//     door never hides a name.
#include "map/label_placer.h"

#include <QList>
#include <QPointF>

namespace postie::gui {

class FailureSignItem;
class HighlightItem;
class ProviderItem;
class RoadItem;
class StationItem;
class TruckItem;
class WireItem;

class SceneLabels {
public:
    // Room between two stations' extents, in scene units.
    static constexpr double kGap = 16;

    // Moves each station to its place in the layout stretched to fit the cards as they are
    // now; `base` is the layout as written, in the order of `stations`.
    static void spreadStations(const QList<StationItem*>& stations, const QList<QPointF>& base);
    // The fixed things and the road signs; call after the stations moved or changed size.
    void placeSigns(const QList<StationItem*>& stations, const QList<RoadItem*>& roads,
                    const QList<ProviderItem*>& providers);
    // Keeps the stamps and marks on the map: nothing is placed outside `town` (scene
    // coordinates). Call after placeSigns.
    void keepInside(const QRectF& town);
    // The first of `candidates` (scene coordinates) clear of every name, every building but
    // `owner`'s, the road signs and the map's edges; -1 when none is (a snooper's bubble).
    int firstFree(const QList<QRectF>& candidates, int owner) const;
    // Marks, the ring's note (a lesson's answer; `highlight` may be null, `ringed` is the index
    // in `stations` of the station it rings, else -1), stamps, tags and bubbles at this
    // moment; `signs` in the order of `stations`; `wireAt` is where each bubble's route puts it.
    void placeFrame(const QList<StationItem*>& stations, const QList<FailureSignItem*>& signs,
                    HighlightItem* highlight, int ringed, const QList<TruckItem*>& trucks,
                    const QList<WireItem*>& wires, const QList<QPointF>& wireAt);

private:
    LabelPlacer m_fixed;  // names, buildings and signs
};

} // namespace postie::gui
