#pragma once
// A snooper's speech bubble: what it has just read of a passing letter ("Subject: Hi",
// "Secret plans"), that it could not read a sealed one, or that it tore the offer to seal
// (STARTTLS) off a server's answer. Drawn above the snooper's head with its tail towards it;
// it fades as the remark ages. The scene places and fills it.
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

    void setRemark(const SnooperRemark& remark);
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
    QRectF m_bubble;
};

} // namespace postie::gui
