#pragma once
// A station on the map: its building (SVG art per kind), its name and host name under it, a
// badge with the letters waiting in its depot (or, for a mailbox store, in its PO boxes), an
// amber one with the letters waiting for
// their next try, a "closed" sign while it is down, and a short
// flash with a stamp ("MX answer", "250 OK", "return to sender") when it acts. It only
// paints itself; the scene tells it what to show.
#include "replay/device_kind.h"
#include "replay/station_flash.h"
#include "replay/vocabulary.h"
#include "scenario/scenario_spec.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>

namespace postie::gui {

class ArtLibrary;
class RoadItem;

class StationItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(StationItem)
public:
    enum { Type = UserType + 1 };

    StationItem(const StationSpec& spec, const ArtLibrary& art);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;  // the building, its badges, card and stamp: what a click hits
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    QString id() const { return m_id; }
    QString name() const { return m_name; }  // what its card says in the words chosen
    // Postal words: the scenario's label ("Sender's post office"); email words: what it is
    // ("Outgoing SMTP server (MSA)"). The tooltip carries the other one.
    void setWords(Words words);
    Words words() const { return m_words; }
    // Lays the card out again, after the words or the scene's type size changed.
    void relayout();
    StationKind kind() const { return m_kind; }
    DeviceKind device() const { return m_device; }  // a client's; a laptop for other kinds
    // How far from the centre a road leaves the building, so trucks appear at its door.
    double radius() const;
    QRectF buildingRect() const;
    // The building and its name card, in scene coordinates: what a road sign must not cover.
    QPainterPath footprint() const;
    // The name card (name and host name) and, while a flash shows, its stamp as drawn (the
    // rotated stamp's bounding box), in scene coordinates; the stamp is null without a flash.
    QRectF nameCardRect() const { return mapRectToScene(m_cardRect); }
    QRectF stampRect() const;
    // The building with its badges (item coordinates), and with its name card below it: the
    // room the station needs on the map.
    QRectF bodyRect() const;
    QRectF extentRect() const { return bodyRect().united(m_cardRect); }
    // The badges shown now (letters waiting, in the PO boxes, for a later try), in scene
    // coordinates: no stamp, mark or tag covers them.
    QList<QRectF> badgeRects() const;
    // Where the stamp may go, best first (scene coordinates, as drawn): above the building,
    // beside it, higher above; never on a building or its badges. The map picks one
    // (LabelPlacer); -1: none is free, the ring alone shows the flash.
    QList<QRectF> stampCandidates() const;
    void setStampPlace(int candidate);

    void setQueue(qint64 waiting);
    qint64 queue() const { return m_queue; }
    // A mailbox store: the letters in its PO boxes, waiting for their readers.
    void setInBoxes(qint64 letters);
    qint64 inBoxes() const { return m_inBoxes; }
    void setClosed(bool closed);
    bool closed() const { return m_closed; }

    // Letters put off till a later round, and when the soonest tries again ("09:05:00.404").
    void setRetrying(qint64 waiting, const QString& nextTry);
    qint64 retrying() const { return m_retrying; }

    void setFlash(const std::optional<StationFlash>& flash);
    const std::optional<StationFlash>& flash() const { return m_flash; }
    // The stamp's words for a flash, e.g. "MX answer", "250 OK", "return to sender".
    static QString flashText(const StationFlash& flash);

    void addRoad(RoadItem* road) { m_roads << road; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    void paintLabel(QPainter* painter) const;
    void paintBadge(QPainter* painter) const;
    void paintClosedSign(QPainter* painter) const;
    void paintFlash(QPainter* painter) const;
    void paintRetryBadge(QPainter* painter) const;
    QRectF stampBox(int candidate) const;
    void paintBoxBadge(QPainter* painter) const;
    void updateToolTip();

    QString m_id;
    QString m_name;   // on the card, in the words chosen
    QString m_label;  // the label from the scenario in the app's language, else the id
    bool m_ownLabel = false;  // the scenario gave one
    StationKind m_kind;
    DeviceKind m_device;
    Words m_words = Words::Postal;
    const ArtLibrary& m_art;
    QRectF m_nameRect;  // laid out once: the name wraps, the host name does not
    QRectF m_hostRect;
    QRectF m_cardRect;  // the white card behind both, as wide as the text
    QString m_host;     // the id under the name, when the name is not the id
    qint64 m_queue = 0;
    qint64 m_inBoxes = 0;
    bool m_closed = false;
    std::optional<StationFlash> m_flash;
    int m_stampPlace = 0;
    qint64 m_retrying = 0;
    QString m_nextTry;
    QList<RoadItem*> m_roads;
};

} // namespace postie::gui
