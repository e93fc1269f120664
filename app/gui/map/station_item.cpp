#include "map/station_item.h"

#include "map/art_library.h"
#include "map/message_palette.h"
#include "map/road_item.h"
#include "map/scene_fonts.h"
#include "replay/station_labels.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>

namespace postie::gui {
namespace {

constexpr double kLabelWidth = 176;  // stations in the lessons stand 180 apart
constexpr double kLabelGap = 4;
constexpr double kBadgeRadius = 17;
constexpr double kFarAway = 0.35;  // below this zoom, labels would be specks
constexpr double kStampHeight = 30;

constexpr double kStampMaxWidth = 180;

// Where a stamp may go: above the building clear of its badges, beside it below them, higher
// above, and beside further down: never on a building, its badges or a name (SceneLabels).
QRectF flashStampRect(const QRectF& building, int candidate = 0)
{
    const double w = kStampMaxWidth;
    const double h = kStampHeight;
    const double aside = building.center().y() + 4;
    switch (candidate) {
    case 1: return QRectF(building.right() + 24, aside, w, h);
    case 2: return QRectF(building.left() - 24 - w, aside, w, h);
    case 3: return QRectF(-w / 2, building.top() - 2 * h - 40, w, h);
    case 4: return QRectF(building.right() + 24, aside + h + 14, w, h);
    case 5: return QRectF(building.left() - 24 - w, aside + h + 14, w, h);
    default: return QRectF(-w / 2, building.top() - h - 22, w, h);
    }
}
constexpr int kStampPlaces = 6;

QColor flashColour(StationFlash::Kind kind)
{
    switch (kind) {
    case StationFlash::Kind::Answer: return QColor(0x00, 0x72, 0xB2);
    case StationFlash::Kind::Accepted:
    case StationFlash::Kind::Stored: return QColor(0x00, 0x8A, 0x64);
    case StationFlash::Kind::Deferred: return QColor(0xC7, 0x7C, 0x00);
    case StationFlash::Kind::Refused:
    case StationFlash::Kind::Stamped: return QColor(0xC6, 0x28, 0x28);
    }
    return Qt::black;
}

// A badge's count: a rush hour counts in hundreds, a newsletter in thousands.
QString badgeCount(qint64 n) { return n > 9999 ? QLocale().toString(9999) + QLatin1Char('+') : QLocale().toString(n); }

double badgeWidth(const QString& text)
{
    return std::max(2 * kBadgeRadius, QFontMetricsF(SceneFonts::badge()).horizontalAdvance(text) + 14);
}

// A round-ended pill with a white rim and white text, `width` wide from `left`, centred on `y`.
void paintPill(QPainter& painter, double left, double y, double width, const QColor& colour, const QString& text)
{
    const QRectF pill(left, y - kBadgeRadius, width, 2 * kBadgeRadius);
    painter.setPen(QPen(Qt::white, 3));
    painter.setBrush(colour);
    painter.drawRoundedRect(pill, kBadgeRadius, kBadgeRadius);
    painter.setPen(Qt::white);
    painter.setFont(SceneFonts::badge());
    painter.drawText(pill, Qt::AlignCenter, text);
}

} // namespace

StationItem::StationItem(const StationSpec& spec, const ArtLibrary& art)
    : m_id(QString::fromStdString(spec.id)),
      m_label(stationName(spec)),  // in the app's language
      m_ownLabel(!spec.label.empty()),
      m_kind(spec.kind),
      m_device(Devices::fromKey(spec.device)),
      m_art(art)
{
    setZValue(5);  // above what travels: a truck at the door goes in under the building, never over a name
    setFlag(ItemSendsGeometryChanges);
    // Its building (SVG), name card, badges and stamp change far less often than frames come:
    // drawn once into a picture of the screen's pixels and redrawn when something changes.
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    setWords(Words::Postal);
}

void StationItem::setWords(Words words)
{
    m_words = words;
    // A writer's device and a junction have names of their own in both pictures.
    const bool named = m_kind == StationKind::Client || m_kind == StationKind::Router;
    // A scenario's own label says more than the kind ("School post office (virus check)"): it
    // stays, with the email word beside it.
    m_name = m_label;
    if (m_kind == StationKind::Snooper && !(m_ownLabel && words == Words::Postal))
        m_name = tr("%1 — %2").arg(m_label, Vocabulary::headline(Vocabulary::word(m_kind, words)));  // say what it is
    else if (words == Words::Email && !named)
        m_name = m_ownLabel ? tr("%1 — %2").arg(m_label, Vocabulary::word(m_kind, words))
                            : Vocabulary::headline(Vocabulary::word(m_kind, words));
    // The host name under it, unless the name already starts with it ("eve — Snooper").
    m_host = m_name != m_id && !m_name.startsWith(m_id + QLatin1Char(' ')) ? m_id : QString();
    relayout();
    updateToolTip();
}

void StationItem::relayout()
{
    prepareGeometryChange();
    const QRectF b = buildingRect();
    const QRectF wrapped = QFontMetricsF(SceneFonts::stationName())
                               .boundingRect(QRectF(0, 0, kLabelWidth, 1000), Qt::AlignHCenter | Qt::TextWordWrap, m_name);
    m_nameRect = QRectF(-kLabelWidth / 2, b.bottom() + kLabelGap, kLabelWidth, wrapped.height());
    const double hostHeight = m_host.isEmpty() ? 0 : QFontMetricsF(SceneFonts::hostName()).height();
    m_hostRect = QRectF(-kLabelWidth / 2, m_nameRect.bottom(), kLabelWidth, hostHeight);
    const double hostWidth = m_host.isEmpty() ? 0 : QFontMetricsF(SceneFonts::hostName()).horizontalAdvance(m_host);
    const double cardWidth = std::max(wrapped.width(), std::min(hostWidth, kLabelWidth)) + 12;
    m_cardRect = QRectF(-cardWidth / 2, m_nameRect.top() - 1, cardWidth, m_nameRect.height() + hostHeight + 3);
    for (RoadItem* road : m_roads) road->adjust();  // its sign keeps clear of the new card
    update();
}

void StationItem::updateToolTip()
{
    // The host name, the other word for what it is, and the letters in its depot.
    const Words other = Vocabulary::flipped(m_words);
    QString otherName = Vocabulary::word(m_kind, other);
    if (other == Words::Postal && m_label != m_id) otherName = tr("%1, %2").arg(m_label, otherName);
    QStringList lines{m_id};
    lines << (other == Words::Email ? tr("Email words: %1") : tr("Postal picture: %1")).arg(otherName);
    if (m_kind == StationKind::Client) lines << tr("Device: %1").arg(Devices::words(m_device));
    if (m_queue > 0) lines << Vocabulary::waiting(m_queue, m_words);
    if (m_inBoxes > 0) lines << tr("%n letter(s) in the PO boxes (mailboxes)", nullptr, int(m_inBoxes));
    if (m_retrying > 0)
        lines << tr("%n letter(s) put off till a later round; the next try at %1", nullptr, int(m_retrying)).arg(m_nextTry);
    setToolTip(lines.join(QLatin1Char('\n')));
}

QRectF StationItem::buildingRect() const
{
    return m_kind == StationKind::Router ? QRectF(-44, -37, 88, 73) : QRectF(-55, -46, 110, 92);
}

QPainterPath StationItem::footprint() const
{
    QPainterPath path;
    path.addRect(buildingRect());
    path.addRect(m_cardRect);
    return mapToScene(path);
}

double StationItem::radius() const { return passesTrafficOn(m_kind) ? 38 : 52; }

QRectF StationItem::boundingRect() const
{
    const QRectF b = buildingRect();
    const QRectF badge(b.right() - 2 * kBadgeRadius + 8, b.top() - 8, 2 * kBadgeRadius + 4, 2 * kBadgeRadius + 4);
    const QRectF retry(b.left() - 30, b.top() - 8, 2 * kBadgeRadius + 60, 2 * kBadgeRadius + 4);
    QRectF stamps;
    for (int i = 0; i < kStampPlaces; ++i) stamps |= flashStampRect(b, i).adjusted(-4, -14, 4, 14);
    return b.united(badge).united(retry).united(stamps).united(m_nameRect.united(m_hostRect).adjusted(-6, -2, 6, 4)).adjusted(-24, -8, 24, 8);
}

QPainterPath StationItem::shape() const
{
    QPainterPath path;
    path.addRect(extentRect());
    if (const QRectF stamp = stampRect(); !stamp.isNull()) path.addRect(mapRectFromScene(stamp));
    return path;
}

void StationItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    painter->save();
    if (m_closed) painter->setOpacity(0.45);
    m_art.building(m_kind, m_device).render(painter, buildingRect());
    painter->restore();
    if (lod >= kFarAway) paintLabel(painter);
    if (m_queue > 0) paintBadge(painter);
    if (m_inBoxes > 0) paintBoxBadge(painter);
    if (m_retrying > 0) paintRetryBadge(painter);
    if (m_closed) paintClosedSign(painter);
    if (m_flash) paintFlash(painter);
    Q_UNUSED(option);
}

void StationItem::paintLabel(QPainter* painter) const
{
    // A white card behind the text keeps it readable where a road passes under it.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 225));
    painter->drawRoundedRect(m_cardRect, 6, 6);
    painter->setPen(MessagePalette::ink());
    painter->setFont(SceneFonts::stationName());
    painter->drawText(m_nameRect, Qt::AlignHCenter | Qt::TextWordWrap, m_name);
    if (!m_host.isEmpty()) {
        painter->setFont(SceneFonts::hostName());
        painter->setPen(QColor(0x45, 0x50, 0x5A));
        const QString host = QFontMetricsF(SceneFonts::hostName()).elidedText(m_host, Qt::ElideMiddle, kLabelWidth);
        painter->drawText(m_hostRect, Qt::AlignHCenter | Qt::AlignTop, host);
    }
}

void StationItem::paintBadge(QPainter* painter) const
{
    const QRectF b = buildingRect();
    const QPointF centre(b.right() - kBadgeRadius + 10, b.top() + kBadgeRadius - 6);
    const QString text = badgeCount(m_queue);
    const double width = badgeWidth(text);
    paintPill(*painter, centre.x() - width / 2, centre.y(), width, QColor(0x00, 0x72, 0xB2), text);
}

void StationItem::paintClosedSign(QPainter* painter) const
{
    painter->save();
    painter->rotate(-10);
    //: The sign on a closed station on the map, in capitals.
    const QString text = tr("CLOSED");
    const double width = QFontMetricsF(SceneFonts::sign()).horizontalAdvance(text) + 24;
    const QRectF sign(-width / 2, -16, width, 32);
    painter->setPen(QPen(Qt::white, 3));
    painter->setBrush(QColor(0xC6, 0x28, 0x28));
    painter->drawRoundedRect(sign, 5, 5);
    painter->setPen(Qt::white);
    painter->setFont(SceneFonts::sign());
    painter->drawText(sign, Qt::AlignCenter, text);
    painter->restore();
}

void StationItem::setQueue(qint64 waiting)
{
    if (waiting == m_queue) return;
    m_queue = waiting;
    updateToolTip();
    update();
}

void StationItem::setInBoxes(qint64 letters)
{
    if (letters == m_inBoxes) return;
    m_inBoxes = letters;
    updateToolTip();
    update();
}

// Where a depot's badge would be (a mailbox store has no depot), with an envelope: the
// letters that wait in the PO boxes until a device takes them home (POP3) or for good (IMAP).
void StationItem::paintBoxBadge(QPainter* painter) const
{
    const QRectF b = buildingRect();
    const QPointF centre(b.right() - kBadgeRadius + 10, b.top() + kBadgeRadius - 6);
    const QString text = QStringLiteral("\u2709 ") + badgeCount(m_inBoxes);
    const double width = badgeWidth(text);
    paintPill(*painter, centre.x() - width / 2, centre.y(), width, QColor(0x00, 0x72, 0xB2), text);
}

void StationItem::setRetrying(qint64 waiting, const QString& nextTry)
{
    if (waiting == m_retrying && nextTry == m_nextTry) return;
    m_retrying = waiting;
    m_nextTry = nextTry;
    updateToolTip();
    update();
}

// Top left of the building, amber: letters the station will try again later (the retry
// queue), apart from the blue badge of those waiting for a clerk now.
void StationItem::paintRetryBadge(QPainter* painter) const
{
    const QRectF b = buildingRect();
    const QString text = QStringLiteral("\u21BB ") + badgeCount(m_retrying);
    paintPill(*painter, b.left() - 10, b.top() - 6 + kBadgeRadius, badgeWidth(text), QColor(0xC7, 0x7C, 0x00), text);
}

void StationItem::setClosed(bool closed)
{
    if (closed == m_closed) return;
    m_closed = closed;
    update();
}

QVariant StationItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionHasChanged)
        for (RoadItem* road : m_roads) road->adjust();
    return QGraphicsItem::itemChange(change, value);
}

} // namespace postie::gui

namespace postie::gui {

QString StationItem::flashText(const StationFlash& flash)
{
    const QString word = QString::fromStdString(flash.word);
    switch (flash.kind) {
    //: A stamp on the postal-code directory: it answers a DNS question of this type ("MX answer").
    case StationFlash::Kind::Answer: return tr("%1 answer").arg(word);
    //: A stamp on a server: it takes the letter (the SMTP reply 250). Keep "250".
    case StationFlash::Kind::Accepted: return tr("250 OK");
    case StationFlash::Kind::Refused: return word;
    case StationFlash::Kind::Deferred: return word.isEmpty() ? tr("try later") : tr("%1 try later").arg(word);
    //: A stamp on the PO boxes: the letter is delivered to its box.
    case StationFlash::Kind::Stored: return tr("in the box");
    case StationFlash::Kind::Stamped: return flash.word == "delayed" ? tr("still trying") : tr("return to sender");
    }
    return word;
}

void StationItem::setFlash(const std::optional<StationFlash>& flash)
{
    if (flash == m_flash) return;
    m_flash = flash;
    update();
}

// The stamp's rectangle before it is turned, and the turn: a rubber stamp is never quite straight.
QRectF StationItem::stampBox(int candidate) const
{
    const QString text = flashText(*m_flash);
    const QRectF area = flashStampRect(buildingRect(), candidate);
    const double width = std::min(area.width(), QFontMetricsF(SceneFonts::badge()).horizontalAdvance(text) + 20);
    // Beside the building, the stamp keeps to the building's side; above it, it is centred.
    const bool right = candidate == 1 || candidate == 4;
    const bool left = candidate == 2 || candidate == 5;
    const double x = right ? area.left() : left ? area.right() - width : -width / 2;
    return QRectF(x, area.top(), width, area.height());
}

static QTransform stampTurn(const QRectF& stamp)
{
    QTransform t;
    t.translate(stamp.center().x(), stamp.center().y());
    t.rotate(-8);
    t.translate(-stamp.center().x(), -stamp.center().y());
    return t;
}

QRectF StationItem::stampRect() const
{
    if (!m_flash || m_flash->age >= 1 || m_stampPlace < 0) return {};
    const QRectF stamp = stampBox(m_stampPlace);
    return mapRectToScene(stampTurn(stamp).mapRect(stamp));
}

QList<QRectF> StationItem::stampCandidates() const
{
    QList<QRectF> out;
    if (!m_flash || m_flash->age >= 1) return out;
    for (int i = 0; i < kStampPlaces; ++i) {
        const QRectF stamp = stampBox(i);
        out << mapRectToScene(stampTurn(stamp).mapRect(stamp));
    }
    return out;
}

void StationItem::setStampPlace(int candidate)
{
    if (candidate == m_stampPlace) return;
    m_stampPlace = candidate;
    update();
}

QList<QRectF> StationItem::badgeRects() const
{
    const QRectF b = buildingRect();
    const double cornerX = b.right() - kBadgeRadius + 10;
    const double y = b.top() + kBadgeRadius - 6;
    QList<QRectF> out;
    const auto pill = [&](double left, const QString& text) {
        out << mapRectToScene(QRectF(left, y - kBadgeRadius, badgeWidth(text), 2 * kBadgeRadius).adjusted(-2, -2, 2, 2));
    };
    if (m_queue > 0) pill(cornerX - badgeWidth(badgeCount(m_queue)) / 2, badgeCount(m_queue));
    if (m_inBoxes > 0) {
        const QString text = QStringLiteral("\u2709 ") + badgeCount(m_inBoxes);
        pill(cornerX - badgeWidth(text) / 2, text);
    }
    if (m_retrying > 0) pill(b.left() - 10, QStringLiteral("\u21BB ") + badgeCount(m_retrying));
    return out;
}

QRectF StationItem::bodyRect() const
{
    // The badges stand out of the building's top corners.
    return buildingRect().adjusted(-14, -10, 14, 0);
}

// A ring around the building and a stamp above it, fading out as the flash ages.
void StationItem::paintFlash(QPainter* painter) const
{
    const double strength = std::clamp(1.0 - m_flash->age, 0.0, 1.0);
    if (strength <= 0) return;
    QColor colour = flashColour(m_flash->kind);
    painter->save();
    painter->setOpacity(0.35 + 0.65 * strength);
    painter->setPen(QPen(colour, 5));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(buildingRect().adjusted(-8, -8, 8, 8), 14, 14);

    if (m_stampPlace < 0) {  // no room for the stamp: the ring alone
        painter->restore();
        return;
    }
    const QString text = flashText(*m_flash);
    const QRectF stamp = stampBox(m_stampPlace);
    painter->setTransform(stampTurn(stamp), true);
    painter->setPen(QPen(Qt::white, 3));
    painter->setBrush(colour);
    painter->drawRoundedRect(stamp, 6, 6);
    painter->setPen(Qt::white);
    painter->setFont(SceneFonts::badge());
    painter->drawText(stamp, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace postie::gui
