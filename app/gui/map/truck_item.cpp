#include "map/truck_item.h"

#include "map/art_library.h"
#include "map/message_palette.h"
#include "map/scene_fonts.h"
#include "replay/seal_words.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>

#include <algorithm>

namespace postie::gui {
namespace {

constexpr double kTagHeight = 24;
constexpr double kTagGap = 6;     // between the label and the stamp
constexpr double kFarAway = 0.4;  // below this zoom the tag would be a speck
constexpr int kLargestPixmap = 600;  // wider than this on screen, SVG stays crisper and cheap enough

// The white label tag with its ink border, drawn once per size on screen: stroking a rounded
// rectangle was most of a truck's cost, and a town may show thousands of them
// (docs/performance.md). GUI thread only.
QPixmap tagPixmap(QSizeF logical, QSize pixels)
{
    static QHash<quint64, QPixmap> cache;
    const quint64 key = (quint64(pixels.width()) << 32) | quint64(pixels.height());
    if (const auto it = cache.constFind(key); it != cache.cend()) return *it;
    if (cache.size() >= 64) cache.clear();  // zooming through many sizes
    QPixmap pixmap(pixels);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(pixels.width() / logical.width(), pixels.height() / logical.height());
    painter.setPen(QPen(MessagePalette::ink(), 2));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(QRectF(QPointF(0, 0), logical).adjusted(1, 1, -1, -1), 7, 7);
    painter.end();
    cache.insert(key, pixmap);
    return pixmap;
}

QSize devicePixels(const QPainter& painter, const QRectF& rect)
{
    const QRectF onScreen = painter.worldTransform().mapRect(rect);
    return {std::max(1, qRound(onScreen.width())), std::max(1, qRound(onScreen.height()))};
}

// Draws a pixmap made at its size on screen over `rect`, on whole device pixels when the view
// only scales and moves: an unscaled blit, instead of a smoothly transformed one per truck.
void blit(QPainter& painter, const QRectF& rect, const QPixmap& pixmap)
{
    const QTransform world = painter.worldTransform();
    if (world.type() > QTransform::TxScale) {
        painter.drawPixmap(rect, pixmap, QRectF(pixmap.rect()));
        return;
    }
    const QPointF topLeft = world.map(rect.topLeft());
    painter.save();
    painter.resetTransform();
    painter.drawPixmap(QPoint(qRound(topLeft.x()), qRound(topLeft.y())), pixmap);
    painter.restore();
}

} // namespace

TruckItem::TruckItem(const ArtLibrary& art, const QString& message, NoticeKind notice, std::optional<Seal> seal)
    : m_art(art), m_message(message), m_notice(notice), m_seal(seal), m_colour(MessagePalette::indexFor(message))
{
    setZValue(4);
    setWords(Words::Postal);
    // Laid out once: the label tag, and beside it the stamp of a notice.
    const double tagWidth = QFontMetricsF(SceneFonts::truckLabel()).horizontalAdvance(m_message) + 16;
    const double stampWidth =
        m_notice == NoticeKind::None ? 0 : QFontMetricsF(SceneFonts::stamp()).horizontalAdvance(stampText()) + 14;
    const double row = tagWidth + (stampWidth > 0 ? kTagGap + stampWidth : 0);
    const double tagHeight = kTagHeight * SceneFonts::scale();  // grows with its type
    const double top = -kHeight / 2 - tagHeight - 3;
    m_tag = QRectF(-row / 2, top, tagWidth, tagHeight);
    m_label.setText(m_message);
    m_label.setTextFormat(Qt::PlainText);
    m_label.prepare(QTransform(), SceneFonts::truckLabel());
    if (stampWidth > 0) m_stamp = QRectF(m_tag.right() + kTagGap, top, stampWidth, tagHeight);
    // The outline's outer half, and the stamp's corners turned (-3 degrees).
    m_row = m_tag.adjusted(-1, -1, 1, 1);
    if (!m_stamp.isNull()) m_row |= m_stamp.adjusted(-2, -2 - stampWidth * 0.03, 2, 2 + stampWidth * 0.03);
}

QPointF TruckItem::shiftFor(int candidate) const
{
    const double rowHeight = m_row.height();
    const double below = kHeight + rowHeight + 4;  // from above the truck to below it
    const double side = kWidth / 2 + m_row.width() / 2 + 4;
    const double middle = -m_row.center().y();  // level with the truck's middle
    switch (candidate) {
    case 1: return {0, below};
    case 2: return {side, middle};
    case 3: return {-side, middle};
    default: return {};
    }
}

QList<QRectF> TruckItem::tagCandidates() const
{
    QList<QRectF> out;
    out.reserve(4);
    for (int i = 0; i < 4; ++i) out << m_row.translated(pos() + shiftFor(i));
    return out;
}

void TruckItem::setTagPlace(int candidate)
{
    if (candidate == m_tagPlace) return;
    prepareGeometryChange();
    m_tagPlace = candidate;
    m_tagShift = candidate < 0 ? QPointF() : shiftFor(candidate);
}

void TruckItem::setWords(Words words)
{
    using Term = Vocabulary::Term;
    const QString name = Vocabulary::headline(Vocabulary::word(Term::Letter, words));
    const QString other = Vocabulary::other(Term::Letter, words);
    QString tip = m_notice == NoticeKind::None ? tr("%1 %2 (%3)").arg(name, m_message, other)
                                               : tr("Notice %1: %2").arg(m_message, stampText());
    //: A truck's tooltip, second line: "Postcard: anyone on the road can read it (no TLS)".
    if (m_seal) tip += QLatin1Char('\n') + tr("%1: %2").arg(SealWords::name(*m_seal), SealWords::meaning(*m_seal));
    setToolTip(tip);
}

QString TruckItem::stampText() const
{
    switch (m_notice) {
    case NoticeKind::ReturnToSender: return tr("RETURN TO SENDER");
    case NoticeKind::StillTrying: return tr("STILL TRYING");
    case NoticeKind::None: break;
    }
    return {};
}

QRectF TruckItem::sealRect() const
{
    if (!m_seal) return {};
    // As large as the cargo box (truck.svg: x 5-81, y 8-55 of 120 x 72), to be told apart from
    // the back row; the cab keeps the letter's colour. Mirrored with the truck.
    constexpr double kSealWidth = 48;
    constexpr double kSealHeight = kSealWidth * 44 / 64;  // the seal art's shape
    const double boxMiddle = (43.0 / 120 - 0.5) * kWidth;
    const double x = m_left ? -boxMiddle : boxMiddle;
    const double y = (31.5 / 72 - 0.5) * kHeight;
    return QRectF(x - kSealWidth / 2, y - kSealHeight / 2, kSealWidth, kSealHeight);
}

QRectF TruckItem::boundingRect() const
{
    const QRectF body(-kWidth / 2, -kHeight / 2, kWidth, kHeight);
    if (m_tagPlace < 0) return body.adjusted(-4, -4, 4, 4);
    return body.united(m_row.translated(m_tagShift)).adjusted(-4, -6, 4, 4);
}

void TruckItem::setHeadingLeft(bool left)
{
    if (left == m_left) return;
    m_left = left;  // the seal moves with the cargo box
    update();
}

void TruckItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const QRectF body(-kWidth / 2, -kHeight / 2, kWidth, kHeight);
    const QSize pixels = devicePixels(*painter, body);
    if (pixels.width() <= kLargestPixmap) {
        blit(*painter, body, m_art.truckPixmap(m_colour, m_left, pixels));
    } else {
        painter->save();
        if (m_left) painter->scale(-1, 1);  // the cab always faces where the truck goes
        m_art.truck(m_colour).render(painter, body);
        painter->restore();
    }
    if (m_seal) {
        const QRectF seal = sealRect();
        const QSize sealPixels = devicePixels(*painter, seal);
        if (sealPixels.width() <= kLargestPixmap) blit(*painter, seal, m_art.sealPixmap(*m_seal, sealPixels));
        else m_art.seal(*m_seal).render(painter, seal);
    }
    if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) < kFarAway) return;
    if (m_tagPlace < 0) return;  // no room for the tag here
    painter->translate(m_tagShift);

    // The label tag: colour is never the only cue.
    // The tag's pixmap covers the pen's outer half too, as the stroke did.
    const QRectF tagOutline = m_tag.adjusted(-1, -1, 1, 1);
    const QSize tagPixels = devicePixels(*painter, tagOutline);
    blit(*painter, tagOutline, tagPixmap(tagOutline.size(), tagPixels));
    painter->setFont(SceneFonts::truckLabel());
    painter->setPen(MessagePalette::ink());
    const QSizeF label = m_label.size();
    painter->drawStaticText(m_tag.center() - QPointF(label.width() / 2, label.height() / 2), m_label);
    if (m_stamp.isNull()) return;

    // A rubber stamp beside it, slightly askew.
    const QColor ink = m_notice == NoticeKind::ReturnToSender ? QColor(0xC6, 0x28, 0x28) : QColor(0x9A, 0x5B, 0x00);
    painter->save();
    painter->translate(m_stamp.center());
    painter->rotate(-3);
    const QRectF stamp(-m_stamp.width() / 2, -m_stamp.height() / 2, m_stamp.width(), m_stamp.height());
    painter->setPen(QPen(ink, 2.5));
    painter->setBrush(QColor(0xFF, 0xF4, 0xF2));
    painter->drawRoundedRect(stamp, 3, 3);
    painter->setFont(SceneFonts::stamp());
    painter->setPen(ink);
    painter->drawText(stamp, Qt::AlignCenter, stampText());
    painter->restore();
}

} // namespace postie::gui
