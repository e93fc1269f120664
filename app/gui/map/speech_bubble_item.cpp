#include "map/speech_bubble_item.h"

#include "map/message_palette.h"
#include "map/scene_fonts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace postie::gui {
namespace {

constexpr double kPad = 8;
constexpr double kTail = 16;      // from the bubble's lower edge down to the head
constexpr double kMostWidth = 260;  // a long body is cut short: a bubble, not a page
constexpr double kFadeFrom = 0.8;   // of its time on screen, then it fades out

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString shortened(const QString& text)
{
    return QFontMetricsF(SceneFonts::sign()).elidedText(text, Qt::ElideRight, kMostWidth);
}

} // namespace

SpeechBubbleItem::SpeechBubbleItem() { setZValue(7); }  // above stations and trucks: it is read aloud

QStringList SpeechBubbleItem::linesFor(const SnooperRemark& remark)
{
    if (remark.kind == SnooperRemark::Kind::Stripped) return {tr("STARTTLS torn off")};
    switch (remark.seal) {
    case Seal::Envelope: return {tr("can't read it (TLS)")};
    case Seal::LockedBox: return {QStringLiteral("Subject: ") + qs(remark.subject), tr("text locked")};
    case Seal::Postcard: break;
    }
    QStringList lines{QStringLiteral("Subject: ") + qs(remark.subject)};
    if (!remark.text.empty()) lines << tr("“%1”").arg(qs(remark.text));
    return lines;
}

void SpeechBubbleItem::setRemark(const SnooperRemark& remark)
{
    QStringList lines = linesFor(remark);
    for (QString& line : lines) line = shortened(line);
    const bool alarm = !(remark.kind == SnooperRemark::Kind::Read && remark.seal == Seal::Envelope);
    setOpacity(remark.age < kFadeFrom ? 1.0 : std::max(0.0, (1 - remark.age) / (1 - kFadeFrom)));
    if (lines == m_lines && alarm == m_alarm) return;
    prepareGeometryChange();
    m_lines = lines;
    m_alarm = alarm;
    const QFontMetricsF fm(SceneFonts::sign());
    double width = 0;
    for (const QString& line : std::as_const(m_lines)) width = std::max(width, fm.horizontalAdvance(line));
    const double height = fm.height() * m_lines.size();
    m_bubble = QRectF(-kTail, -kTail - height - 2 * kPad, width + 2 * kPad, height + 2 * kPad);
    setToolTip(m_lines.join(QLatin1Char('\n')));
    update();
}

QRectF SpeechBubbleItem::boundingRect() const { return m_bubble.united(QRectF(-2, -2, 4, 4)).adjusted(-3, -3, 3, 3); }

void SpeechBubbleItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (m_lines.isEmpty()) return;
    painter->setRenderHint(QPainter::Antialiasing);
    // One outline for the bubble and its tail, so the rim runs round both.
    QPainterPath path;
    path.addRoundedRect(m_bubble, 9, 9);
    QPainterPath tail;
    tail.moveTo(m_bubble.left() + 10, m_bubble.bottom() - 1);
    tail.lineTo(0, 0);
    tail.lineTo(m_bubble.left() + 30, m_bubble.bottom() - 1);
    tail.closeSubpath();
    path = path.united(tail);
    const QColor rim = m_alarm ? QColor(0xC6, 0x28, 0x28) : QColor(0x00, 0x72, 0xB2);
    painter->setPen(QPen(rim, 3));
    painter->setBrush(Qt::white);
    painter->drawPath(path);
    painter->setFont(SceneFonts::sign());
    painter->setPen(MessagePalette::ink());
    const QFontMetricsF fm(SceneFonts::sign());
    QPointF at = m_bubble.topLeft() + QPointF(kPad, kPad + fm.ascent());
    for (const QString& line : std::as_const(m_lines)) {
        painter->drawText(at, line);
        at.ry() += fm.height();
    }
}

} // namespace postie::gui
