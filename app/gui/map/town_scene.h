#pragma once
// The map: stations, the roads between them, and whatever is on its way. Built once per
// scenario from its spec, then told what to show by one TownFrame at a time. No scene index:
// trucks move every frame (as in Qt's Colliding Mice).
#include "map/scene_labels.h"
#include "replay/town_frame.h"
#include "replay/vocabulary.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPair>

#include <memory>

namespace postie {
struct ScenarioSpec;
}

namespace postie::gui {

class ArtLibrary;
class FailureSignItem;
class HighlightItem;
class ProviderItem;
class RoadItem;
class SpeechBubbleItem;
class StationItem;
class TruckItem;
class WireItem;

class TownScene : public QGraphicsScene {
    Q_OBJECT
public:
    // Distance from the middle of a street to the lane things travel in (they keep right).
    static constexpr double kLane = 13;

    explicit TownScene(QObject* parent = nullptr);
    ~TownScene() override;

    void buildTown(const ScenarioSpec& spec);
    void showFrame(const TownFrame& frame);
    // "Wire" detail shows every SMTP and DNS word on its way; "story" detail only the letters.
    void setShowWords(bool show) { m_showWords = show; }
    bool showsWords() const { return m_showWords; }
    // Postal or email words on the station cards (View > Email words).
    void setWords(Words words);
    Words words() const { return m_words; }
    // Lays every label out again after the type size changed (presentation mode); trucks,
    // word bubbles and snoopers' speech bubbles are made anew by the next frame.
    void relayout();
    // Labels are placed clear of names each frame (SceneLabels); off only to measure what
    // that costs (tests/bench/gui_bench).
    void setLabelPlacement(bool on) { m_placeLabels = on; }

    // Edit mode (the town editor): each station stands exactly where the file puts it (no
    // stretching to make room for the cards), so a drag writes the place the teacher sees.
    void setEditing(bool on) { m_editing = on; }
    bool editing() const { return m_editing; }
    // Moves a station while it is dragged, its roads with it.
    void dragStation(const QString& id, const QPointF& at);

    StationItem* station(const QString& id) const { return m_stations.value(id); }
    QList<RoadItem*> roads() const { return m_roads.values(); }
    QList<StationItem*> stations() const { return m_stations.values(); }
    RoadItem* road(const QString& a, const QString& b) const;
    QList<TruckItem*> trucks() const { return m_trucks.values(); }
    QList<WireItem*> wires() const { return m_wires.values(); }
    TruckItem* truck(quint64 tripId) const { return m_trucks.value(tripId); }
    // The failure marks and trouble outline over a station (failure_sign_item.h).
    FailureSignItem* failureSign(const QString& station) const { return m_signs.value(station); }
    const QList<ProviderItem*>& providers() const { return m_providers; }
    // A snooper's speech bubble while it has something to say (null otherwise).
    SpeechBubbleItem* bubble(const QString& snooper) const { return m_bubbles.value(snooper); }

    // A ring around the letter (its truck, while it is on the road) or the station the
    // Inspector shows; empty ids: none.
    void highlight(const QString& message, const QString& station, const QString& note = {});
    // Where the ring is drawn, null when nothing shown is highlighted (for tests).
    QRectF highlighted() const;

signals:
    // A left click (not a drag to pan) on a truck or a station; the one drawn on top wins.
    void messageClicked(const QString& message);
    void stationClicked(const QString& station);

protected:
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    struct Placement {
        QPointF point;
        bool headingLeft = false;
        bool valid = false;  // false: an end is not on the map, so it is not drawn
    };
    Placement place(const Trip& trip, double progress) const;
    void clearTown();
    // Stretches the layout to fit the cards, fits the providers, places the road signs and
    // sets the scene's rectangle: after the town is built or its cards changed size.
    void layoutTown();

    std::unique_ptr<ArtLibrary> m_art;
    QHash<QString, StationItem*> m_stations;
    QHash<QPair<QString, QString>, RoadItem*> m_roads;  // key: the two ids, sorted
    QHash<quint64, TruckItem*> m_trucks;                // by trip id
    QHash<quint64, WireItem*> m_wires;
    QList<ProviderItem*> m_providers;  // one building per station group
    QHash<QString, FailureSignItem*> m_signs;  // by station id
    QHash<QString, SpeechBubbleItem*> m_bubbles;  // by snooper id, while it speaks
    void showRemarks(const TownFrame& frame);
    void placeBubble(SpeechBubbleItem& bubble, const StationItem& snooper);
    bool m_showWords = true;
    HighlightItem* m_highlight = nullptr;  // owned by the scene
    QString m_highlightMessage;
    QString m_highlightStation;
    QString m_highlightNote;
    void placeHighlight();
    void placeLabels();  // SceneLabels::placeFrame with what the scene shows now
    QHash<quint64, QPointF> m_wireAt;  // where each word bubble's route puts it, this frame
    Words m_words = Words::Postal;
    QList<StationItem*> m_order;  // by id: the placer's order, the same every run
    QList<QPointF> m_base;        // where the layout put them, before stretching
    SceneLabels m_labels;
    bool m_placeLabels = true;
    bool m_editing = false;
};

} // namespace postie::gui
