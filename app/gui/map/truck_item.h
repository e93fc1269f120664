#pragma once
// A letter on the road: a mail truck in the message's colour with its label (m1) on a tag
// above, and beside the tag a red stamp when the letter is a "return to sender" notice. A truck
// between two servers shows on its side how its letter travels: a postcard anyone can read, a
// sealed envelope with a padlock (TLS), a locked box (end to end). The scene places it; it
// never moves by itself.
#include "replay/scenario_session.h"
#include "replay/vocabulary.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QList>
#include <QStaticText>

#include <optional>

namespace postie::gui {

class ArtLibrary;

class TruckItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(TruckItem)
public:
    enum { Type = UserType + 3 };
    static constexpr double kWidth = 76;
    static constexpr double kHeight = 46;

    TruckItem(const ArtLibrary& art, const QString& message, NoticeKind notice, std::optional<Seal> seal = {});

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    QString message() const { return m_message; }
    NoticeKind notice() const { return m_notice; }
    const std::optional<Seal>& seal() const { return m_seal; }
    // Where the seal's picture is drawn (item coordinates), null without one: over the cargo box.
    QRectF sealRect() const;
    // The tooltip names it in the words chosen, with the other word beside it.
    void setWords(Words words);
    void setHeadingLeft(bool left);
    bool headingLeft() const { return m_left; }
    // The label tag and, for a notice, its stamp beside it, in scene coordinates; null while
    // the tag has no room (the truck is at a station's door).
    QRectF tagRect() const { return m_tagPlace < 0 ? QRectF() : m_row.translated(pos() + m_tagShift); }
    // Where the tag may go, best first (scene coordinates): above the truck, below it, beside
    // it. The map picks one (LabelPlacer); -1 leaves the tag out.
    QList<QRectF> tagCandidates() const;
    void setTagPlace(int candidate);
    int tagPlace() const { return m_tagPlace; }

private:
    QString stampText() const;

    const ArtLibrary& m_art;
    QString m_message;
    NoticeKind m_notice;
    std::optional<Seal> m_seal;
    int m_colour;
    bool m_left = false;
    QRectF m_tag;    // "m1"
    QStaticText m_label;  // laid out once: a town may draw thousands of tags a frame
    QRectF m_stamp;  // "RETURN TO SENDER", null for an ordinary letter
    QRectF m_row;    // both as drawn, above the truck
    QPointF m_tagShift;  // from above the truck to where the map put the row
    int m_tagPlace = 0;
    QPointF shiftFor(int candidate) const;
};

} // namespace postie::gui
