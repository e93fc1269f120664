#pragma once
// A snooper's speech bubble: what it has just read of a passing letter ("Subject: Hi",
// "Secret plans"), that it could not read a sealed one, or that it tore the offer to seal
// (STARTTLS) off a server's answer. Drawn above the snooper's head with its tail towards it,
// or, where that would leave the map or cover a station's name, beside or below the snooper
// (the scene picks the side with the map's label placement); it fades as the remark ages.
#include "replay/snooper_remark.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QStringList>

namespace postie::gui {

class SpeechBubbleItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(SpeechBubbleItem)
public:
    enum { Type = UserType + 10 };

    SpeechBubbleItem();

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // Where the bubble stands from the tip of its tail: up and to the right of it (the usual),
    // up-left, right, left, down-right, down-left.
    enum class Side { AboveRight, AboveLeft, Right, Left, BelowRight, BelowLeft };
    static constexpr Side kSides[] = {Side::AboveRight, Side::AboveLeft, Side::Right, Side::Left, Side::BelowRight, Side::BelowLeft};

    void setRemark(const SnooperRemark& remark);
    // The bubble's rectangle for a side, in item coordinates (the tail's tip at (0, 0)), moved
    // `further` out that way on a longer tail.
    QRectF bubbleRectAt(Side side, double further = 0) const;
    void setPlace(Side side, double further = 0);
    Side side() const { return m_side; }
    // The lines it shows, in the app's language (tests read these).
    const QStringList& lines() const { return m_lines; }
    // Its lines for a remark: a postcard's Subject and text, a locked box's Subject and "text
    // locked", "can't read it (TLS)" for a sealed envelope, "STARTTLS torn off".
    static QStringList linesFor(const SnooperRemark& remark);
    // The bubble, in item coordinates: its tail ends at (0, 0), the snooper's head.
    QRectF bubbleRect() const { return m_bubble; }

private:
    QStringList m_lines;
    bool m_alarm = false;  // torn off, or a letter read: red rim; a sealed one: calm blue
    QSizeF m_size;         // the bubble without its tail
    Side m_side = Side::AboveRight;
    double m_further = 0;
    QRectF m_bubble;       // bubbleRectAt(m_side, m_further)
};

} // namespace postie::gui
