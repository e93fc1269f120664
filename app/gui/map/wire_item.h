#pragma once
// Words of a dialogue on their way along the roads: an SMTP command or reply, a DNS question
// or answer, a knock at a door. A small speech bubble with the protocol word ("RCPT", "250",
// "MX?") edged in the message's colour.
#include <QGraphicsItem>
#include <QList>

namespace postie::gui {

class WireItem : public QGraphicsItem {
public:
    enum { Type = UserType + 4 };

    WireItem(const QString& label, const QString& message);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    QString label() const { return m_label; }
    QString message() const { return m_message; }
    // The bubble as drawn, in scene coordinates.
    QRectF bubbleRect() const { return mapRectToScene(bubble().adjusted(-2, -2, 2, 2)); }
    // Where the bubble may go around its place on the road, best first (scene coordinates):
    // on it, then a little to either side. The map picks one (LabelPlacer) and moves the
    // bubble there; a bubble with no room is hidden.
    QList<QRectF> candidates(QPointF at) const;
    static QPointF shiftFor(int candidate, double height);

private:
    QRectF bubble() const;

    QString m_label;
    QString m_message;
    QColor m_edge;
};

} // namespace postie::gui
