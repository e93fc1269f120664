#pragma once
// A ring around what the Inspector shows, so the class sees which letter or station it is
// reading about, or around where a lesson's answer shows. The scene places it each frame,
// around the truck or the station; a note ("Answer: 10 min") sits on its top edge, or where
// the map's label placement finds room (SceneLabels), so a failure's mark over the same roof
// ("550 refused") and the answer never hide each other.
#include <QGraphicsItem>
#include <QList>

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
    // Where the note may go, best first (scene coordinates): on the ring's top edge, then
    // around the ring, further out ring by ring. Empty without a note.
    QList<QRectF> noteCandidates() const;
    // -1 (none free): the top edge all the same; the answer is never left out.
    void setNotePlace(int candidate);
    // The note as drawn, in scene coordinates; null without one (for tests).
    QRectF noteSceneRect() const;

private:
    QList<QRectF> noteRects() const;  // the candidates in item coordinates, the top edge first
    QRectF noteRect() const;          // the one chosen

    QRectF m_rect;
    QString m_note;
    int m_notePlace = 0;
};

} // namespace postie::gui
