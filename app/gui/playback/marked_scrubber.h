#pragma once
// The playback scrubber with the run's incidents marked along it (TimelineMarkers): red where
// a station closes or a road is cut, green where it opens again, amber where a letter is
// deferred, dark red where one is returned to sender, and a violet flag where the class
// changed the run. Hovering a mark tells what it is.
#include "replay/timeline_markers.h"

#include <QSlider>

namespace postie::gui {

class ScenarioPlayer;

class MarkedScrubber : public QSlider {
    Q_OBJECT
public:
    explicit MarkedScrubber(QWidget* parent = nullptr);

    // Keeps the marks up to date with the player's run as it streams in and is changed.
    void watch(ScenarioPlayer& player);
    const std::vector<TimelineMarker>& markers() const { return m_markers.markers(); }
    // Where a mark at this cursor is drawn, and what the tooltip says at x (empty: no mark).
    int xForCursor(std::size_t cursor) const;
    QString tipAt(int x) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Track {
        int left = 0;  // x of the value 0
        int span = 0;  // pixels from the value 0 to the maximum
    };
    Track track() const;  // worked out once per paint: the style's geometry is not free
    int xOn(const Track& track, std::size_t cursor) const;
    void refresh();

    ScenarioPlayer* m_player = nullptr;
    TimelineMarkers m_markers;
};

} // namespace postie::gui
