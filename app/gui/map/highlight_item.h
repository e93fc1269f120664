#pragma once
// A ring around what the Inspector shows, so the class sees which letter or station it is
// reading about, or around where a lesson's answer shows. The scene places it each frame,
// around the truck or the station; a note ("Answer: 10 min") may sit on its top edge.
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
    // The words on the ring's top edge; empty: none.
    void setNote(const QString& note);
    QString note() const { return m_note; }

private:
    QRectF noteRect() const;

    QRectF m_rect;
    QString m_note;
};

} // namespace postie::gui
