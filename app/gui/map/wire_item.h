#pragma once
// Words of a dialogue on their way along the roads: an SMTP command or reply, a DNS question
// or answer, a knock at a door. A small speech bubble with the protocol word ("RCPT", "250",
// "MX?") edged in the message's colour.
#include <QGraphicsItem>

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

private:
    QRectF bubble() const;

    QString m_label;
    QString m_message;
    QColor m_edge;
};

} // namespace postie::gui
