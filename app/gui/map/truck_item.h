#pragma once
// A letter on the road: a mail truck in the message's colour with its label (m1) on a tag
// above, and beside the tag a red stamp when the letter is a "return to sender" notice. The scene
// places it; it never moves by itself.
#include "replay/scenario_session.h"
#include "replay/vocabulary.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QStaticText>

namespace postie::gui {

class ArtLibrary;

class TruckItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(TruckItem)
public:
    enum { Type = UserType + 3 };
    static constexpr double kWidth = 76;
    static constexpr double kHeight = 46;

    TruckItem(const ArtLibrary& art, const QString& message, NoticeKind notice);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    QString message() const { return m_message; }
    NoticeKind notice() const { return m_notice; }
    // The tooltip names it in the words chosen, with the other word beside it.
    void setWords(Words words);
    void setHeadingLeft(bool left);
    bool headingLeft() const { return m_left; }
    // The label tag and, for a notice, its stamp beside it, in scene coordinates.
    QRectF tagRect() const { return mapRectToScene(m_stamp.isNull() ? m_tag : m_tag.united(m_stamp)); }

private:
    QString stampText() const;

    const ArtLibrary& m_art;
    QString m_message;
    NoticeKind m_notice;
    int m_colour;
    bool m_left = false;
    QRectF m_tag;    // "m1"
    QStaticText m_label;  // laid out once: a town may draw thousands of tags a frame
    QRectF m_stamp;  // "RETURN TO SENDER", null for an ordinary letter
};

} // namespace postie::gui
