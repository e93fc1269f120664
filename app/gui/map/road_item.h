#pragma once
// A street between two stations. Like the arrows of Qt's Diagram Scene, it re-derives its
// geometry from its two ends whenever one of them moves. A closed road gets a barrier.
#include <QCoreApplication>
#include <QGraphicsItem>
#include <QLineF>
#include <QList>

namespace postie::gui {

class StationItem;

class RoadItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(RoadItem)
public:
    enum { Type = UserType + 2 };
    static constexpr double kWidth = 24;

    RoadItem(StationItem* a, StationItem* b, qint64 latencyUs);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    StationItem* a() const { return m_a; }
    StationItem* b() const { return m_b; }
    qint64 latencyUs() const { return m_latencyUs; }
    QLineF line() const { return m_line; }
    void adjust();
    // The travel-time sign (or, while the road is closed, its barrier), in scene coordinates;
    // null when the road has no room for one.
    QRectF signRect() const;
    // Where the sign may stand, best first (scene coordinates): along the stretch neither
    // end's building nor name card covers, from its middle outwards. The map picks one
    // (LabelPlacer); -1: no room, the road has no sign.
    QList<QRectF> signCandidates() const;
    void setSignPlace(int candidate);
    void setClosed(bool closed);
    bool closed() const { return m_closed; }

private:
    StationItem* m_a;
    StationItem* m_b;
    qint64 m_latencyUs;
    QString m_latency;  // "20ms", a sign in the middle of the street
    QLineF m_line;
    QRectF signAt(QPointF centre) const;
    QRectF barrierAt(QPointF centre) const;
    QPointF m_signAt;     // the middle of the stretch no station covers, or where the map put it
    QList<QPointF> m_spots;  // where it may go, best first
    bool m_hasSign = false;
    bool m_closed = false;
};

} // namespace postie::gui
