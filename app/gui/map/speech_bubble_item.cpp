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
    m_size = QSizeF(width + 2 * kPad, height + 2 * kPad);
    m_bubble = bubbleRectAt(m_side, m_further);
    setToolTip(m_lines.join(QLatin1Char('\n')));
    update();
}

QRectF SpeechBubbleItem::bubbleRectAt(Side side, double further) const
{
    const double w = m_size.width();
    const double h = m_size.height();
    const double f = further;
    switch (side) {
    case Side::AboveRight: return {-kTail, -kTail - h - f, w, h};
    case Side::AboveLeft: return {kTail - w, -kTail - h - f, w, h};
    case Side::Right: return {kTail + f, -h / 2, w, h};
    case Side::Left: return {-kTail - w - f, -h / 2, w, h};
    case Side::BelowRight: return {-kTail, kTail + f, w, h};
    case Side::BelowLeft: return {kTail - w, kTail + f, w, h};
    }
    return {};
}

void SpeechBubbleItem::setPlace(Side side, double further)
{
    if (side == m_side && further == m_further) return;
    prepareGeometryChange();
    m_side = side;
    m_further = further;
    m_bubble = bubbleRectAt(side, further);
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
    // The tail leaves the edge that faces its tip, near the tip's corner.
    const QRectF& b = m_bubble;
    QPointF from, to;
    switch (m_side) {
    case Side::AboveRight: from = {b.left() + 10, b.bottom() - 1}, to = {b.left() + 30, b.bottom() - 1}; break;
    case Side::AboveLeft: from = {b.right() - 30, b.bottom() - 1}, to = {b.right() - 10, b.bottom() - 1}; break;
    case Side::BelowRight: from = {b.left() + 10, b.top() + 1}, to = {b.left() + 30, b.top() + 1}; break;
    case Side::BelowLeft: from = {b.right() - 30, b.top() + 1}, to = {b.right() - 10, b.top() + 1}; break;
    case Side::Right: from = {b.left() + 1, b.center().y() - 8}, to = {b.left() + 1, b.center().y() + 8}; break;
    case Side::Left: from = {b.right() - 1, b.center().y() - 8}, to = {b.right() - 1, b.center().y() + 8}; break;
    }
    QPainterPath tail;
    tail.moveTo(from);
    tail.lineTo(0, 0);
    tail.lineTo(to);
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
