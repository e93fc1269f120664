#pragma once
// A ring around what the Inspector shows, so the class sees which letter or station it is
// reading about. The scene places it each frame, around the truck or the station.
#include <QGraphicsItem>

namespace postie::gui {

class HighlightItem : public QGraphicsItem {
public:
    enum { Type = UserType + 7 };

    HighlightItem();

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // Around this rectangle (scene coordinates).
    void surround(const QRectF& rect);

private:
    QRectF m_rect;
};

} // namespace postie::gui
