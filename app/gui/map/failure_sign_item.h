#pragma once
// Failures loud, on the map: over each station, the mark of what went wrong there lately
// ("refused", "no answer", "421 try later", "550 refused", "NXDOMAIN", "will try again",
// "return to sender", "still trying") on a red or amber sign with its own picture, and, while
// the station is in trouble, an outline round its building (red: closed or refusing; amber
// and dashed: not answering, busy, or holding letters for a later round) with a sign on it
// saying so. One item per station, above the trucks; the scene tells it what to show.
#include "replay/failure_mark.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QList>

#include <optional>

namespace postie::gui {

class StationItem;

class FailureSignItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(FailureSignItem)
public:
    enum { Type = UserType + 9 };

    explicit FailureSignItem(const StationItem& station);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    void setState(Trouble trouble, const std::optional<FailureMark>& mark);
    Trouble trouble() const { return m_trouble; }
    const std::optional<FailureMark>& mark() const { return m_mark; }
    // Where the mark is drawn, in scene coordinates; null without one (for tests).
    QRectF markSceneRect() const;
    // Lays the mark out again after the map's type size changed.
    void relayout();
    // Where the mark may go, best first (scene coordinates): above the roof clear of the
    // badges, beside the building, higher up. The map picks one (SceneLabels) so that it covers
    // no building, badge, name, sign or stamp; -1: none is free, the outline alone shows it.
    QList<QRectF> markCandidates() const;
    void setMarkPlace(int candidate);

    // The words on a mark: "refused", "421 try later", "NXDOMAIN", "return to sender".
    static QString markText(const FailureMark& mark);
    // What a mark means, in plain words (its tooltip, and the legend's line for it).
    static QString markMeaning(FailureMark::Kind kind);
    // The words on the sign of a station in trouble ("NO ANSWER", "BUSY"); empty for none, and
    // for a closed station (its own "CLOSED" sign says it).
    static QString troubleText(Trouble trouble);
    static QString troubleMeaning(Trouble trouble);
    static QColor colour(FailureMark::Kind kind);
    // The mark's sign for `text`, centred on (0, 0): its size follows the map's type.
    static QRectF markRect(const QString& text);
    // Paint a mark, an outline round a building, or a trouble's sign (also for the legend).
    static void paintMark(QPainter& painter, const QRectF& rect, const FailureMark& mark);
    static void paintOutline(QPainter& painter, const QRectF& building, Trouble trouble);
    static void paintTroubleSign(QPainter& painter, const QRectF& building, Trouble trouble);

private:
    QRectF markRectAt(int candidate) const;  // in item coordinates; null for none
    void updateToolTip();

    const StationItem& m_station;
    Trouble m_trouble = Trouble::None;
    std::optional<FailureMark> m_mark;
    QRectF m_markRect;
    int m_markPlace = 0;
};

} // namespace postie::gui
