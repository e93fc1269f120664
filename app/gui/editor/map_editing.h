#pragma once
// The mouse on the map in edit mode. A click selects a station or a road; a drag moves a
// station; a drag from one station to another (with the road tool, or Shift held) lays a road;
// a station kind dropped from the palette, or armed in it and clicked onto the map, is added
// there. Outside edit mode the map is left to playback.
#include "scenario/scenario_spec.h"

#include <QObject>
#include <QPointF>
#include <QString>

#include <optional>

class QGraphicsLineItem;
class QMouseEvent;

namespace postie::gui {

class TownEditor;
class TownScene;
class TownView;

class MapEditing : public QObject {
    Q_OBJECT
public:
    // What a drag from the palette carries: the station kind's name.
    static constexpr const char* kKindMime = "application/x-postie-station-kind";

    MapEditing(TownEditor& editor, TownScene& scene, TownView& view);

    // The palette's choice: a kind to add where the map is clicked next, the road tool, or
    // neither (select and move).
    void armKind(std::optional<StationKind> kind);
    void setRoadTool(bool on);

signals:
    // The armed kind was placed (the palette lets its button go).
    void kindPlaced();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString stationAt(const QPointF& scenePoint) const;
    // The road whose line passes nearest `scenePoint`, within a few pixels; {a, b} or empty.
    std::pair<QString, QString> roadAt(const QPointF& scenePoint) const;
    bool press(QMouseEvent& event);
    bool move(QMouseEvent& event);
    bool release(QMouseEvent& event);
    void report(const QString& error);

    TownEditor& m_editor;
    TownScene& m_scene;
    TownView& m_view;
    std::optional<StationKind> m_armed;
    bool m_roadTool = false;
    QString m_pressed;      // the station the button went down on
    QPointF m_grabOffset;   // from the mouse to the station's position
    QPointF m_pressAt;      // scene point of the press
    bool m_dragging = false;
    bool m_layingRoad = false;
    QGraphicsLineItem* m_rubberBand = nullptr;
};

} // namespace postie::gui
