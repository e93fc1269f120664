#include "map/failure_sign_item.h"

#include "map/scene_fonts.h"
#include "map/station_item.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

#include <cmath>

namespace postie::gui {
namespace {

using Kind = FailureMark::Kind;

const QColor kRed(0xC6, 0x28, 0x28);
const QColor kAmber(0xC7, 0x7C, 0x00);

double markHeight() { return 36 * SceneFonts::scale(); }

// The picture at the left of a mark, white on the mark's colour, in a circle of `r`.
void paintIcon(QPainter& p, QPointF c, double r, Kind kind, const QColor& colour)
{
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawEllipse(c, r, r);
    QPen pen(colour, r * 0.28, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const double a = r * 0.5;
    switch (kind) {
    case Kind::Refused:  // no entry: a bar across
        p.drawLine(QPointF(c.x() - a, c.y()), QPointF(c.x() + a, c.y()));
        break;
    case Kind::Rejected:  // a cross
        p.drawLine(QPointF(c.x() - a, c.y() - a), QPointF(c.x() + a, c.y() + a));
        p.drawLine(QPointF(c.x() - a, c.y() + a), QPointF(c.x() + a, c.y() - a));
        break;
    case Kind::NoSuchDomain: {  // a question mark
        QFont f = SceneFonts::badge();
        f.setPixelSize(int(r * 1.5));
        p.setFont(f);
        p.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    case Kind::Deferred: {  // round again: an arc with its arrow head
        const QRectF arc(c.x() - a, c.y() - a, 2 * a, 2 * a);
        p.drawArc(arc, 90 * 16, 270 * 16);
        p.drawLine(QPointF(c.x(), c.y() - a), QPointF(c.x() + a * 0.5, c.y() - a * 1.4));
        p.drawLine(QPointF(c.x(), c.y() - a), QPointF(c.x() + a * 0.5, c.y() - a * 0.6));
        break;
    }
    case Kind::Returned: {  // back where it came from: an arrow turning back
        QPainterPath path(QPointF(c.x() + a, c.y() + a));
        path.lineTo(c.x() + a, c.y() - a * 0.2);
        path.lineTo(c.x() - a, c.y() - a * 0.2);
        p.drawPath(path);
        p.drawLine(QPointF(c.x() - a, c.y() - a * 0.2), QPointF(c.x() - a * 0.3, c.y() - a * 0.9));
        p.drawLine(QPointF(c.x() - a, c.y() - a * 0.2), QPointF(c.x() - a * 0.3, c.y() + a * 0.5));
        break;
    }
    case Kind::NoAnswer:
    case Kind::TryLater:
    case Kind::StillTrying: {  // a clock: wait
        QPen thin = pen;
        thin.setWidthF(r * 0.18);
        p.setPen(thin);
        p.drawEllipse(c, a * 1.3, a * 1.3);
        p.setPen(pen);
        p.drawLine(c, QPointF(c.x(), c.y() - a * 0.9));
        p.drawLine(c, QPointF(c.x() + a * 0.7, c.y()));
        break;
    }
    }
    p.restore();
}

} // namespace

FailureSignItem::FailureSignItem(const StationItem& station) : m_station(station)
{
    setZValue(4.5);  // above the trucks: a failure is what the class must see
    setPos(station.pos());
    setAcceptedMouseButtons(Qt::NoButton);  // a click goes to the station under it
    // Wide antialiased (dashed) outlines and turned signs are slow to draw and change seldom:
    // drawn once into a picture of the screen's pixels, redrawn only when they change.
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
}

QString FailureSignItem::markText(const FailureMark& mark)
{
    const QString word = QString::fromStdString(mark.word);
    switch (mark.kind) {
    case Kind::Refused: return tr("refused");
    case Kind::NoAnswer: return tr("no answer");
    case Kind::TryLater: return word.isEmpty() ? tr("try later") : tr("%1 try later").arg(word);
    case Kind::Rejected: return word.isEmpty() ? tr("refused for good") : tr("%1 refused").arg(word);
    case Kind::NoSuchDomain: return word.isEmpty() ? tr("no such name") : word;
    case Kind::Deferred: return tr("will try again");
    case Kind::Returned: return tr("return to sender");
    case Kind::StillTrying: return tr("still trying");
    }
    return word;
}

QString FailureSignItem::markMeaning(Kind kind)
{
    switch (kind) {
    case Kind::Refused: return tr("The door is shut: this station refused the connection (it is closed).");
    case Kind::NoAnswer: return tr("Nobody opened: the connection timed out (a road on the way is cut).");
    case Kind::TryLater: return tr("\"Not now, try later\": a 4xx reply, or a directory that cannot answer now (SERVFAIL).");
    case Kind::Rejected: return tr("Refused for good: a 5xx reply, for example no such person here (550).");
    case Kind::NoSuchDomain: return tr("No such postal code: the directory says the domain does not exist (NXDOMAIN).");
    case Kind::Deferred: return tr("The letter waits in the depot and will be tried again later (deferred).");
    case Kind::Returned: return tr("The letter is stamped \"return to sender\" and goes back to its writer (a bounce).");
    case Kind::StillTrying: return tr("A note to the writer: the letter is late, the post office is still trying.");
    }
    return {};
}

QString FailureSignItem::troubleText(Trouble trouble)
{
    switch (trouble) {
    case Trouble::Refusing: return tr("DOOR SHUT");
    case Trouble::NoAnswer: return tr("NO ANSWER");
    case Trouble::Busy: return tr("BUSY");
    case Trouble::None:
    case Trouble::Closed:
    case Trouble::Deferring: return {};
    }
    return {};
}

QString FailureSignItem::troubleMeaning(Trouble trouble)
{
    switch (trouble) {
    case Trouble::Closed: return tr("Red outline and CLOSED: the station is down; every knock at its door is refused.");
    case Trouble::Refusing: return tr("Red outline and DOOR SHUT: the station refuses connections.");
    case Trouble::NoAnswer: return tr("Amber dashed outline and NO ANSWER: nobody gets through to it (connection timed out).");
    case Trouble::Busy: return tr("Amber dashed outline and BUSY: it says \"try later\" (4xx) until it takes letters again.");
    case Trouble::Deferring: return tr("Amber dashed outline alone: it holds letters for a later try.");
    case Trouble::None: break;
    }
    return {};
}

QColor FailureSignItem::colour(Kind kind) { return forGood(kind) ? kRed : kAmber; }

QRectF FailureSignItem::markRect(const QString& text)
{
    const double h = markHeight();
    const double w = QFontMetricsF(SceneFonts::badge()).horizontalAdvance(text) + h + 14;
    return QRectF(-w / 2, -h / 2, w, h);
}

void FailureSignItem::paintMark(QPainter& p, const QRectF& rect, const FailureMark& mark)
{
    const QColor c = colour(mark.kind);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, 3));
    p.setBrush(c);
    p.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    const double r = rect.height() / 2 - 5;
    paintIcon(p, QPointF(rect.left() + 5 + r, rect.center().y()), r, mark.kind, c);
    p.setPen(Qt::white);
    p.setFont(SceneFonts::badge());
    p.drawText(rect.adjusted(rect.height() - 2, 0, -8, 0), Qt::AlignCenter, markText(mark));
    p.restore();
}

void FailureSignItem::paintOutline(QPainter& p, const QRectF& building, Trouble trouble)
{
    if (trouble == Trouble::None) return;
    const bool red = trouble == Trouble::Closed || trouble == Trouble::Refusing;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(Qt::NoBrush);
    // Round the building and across its foot, clear of the name card right under it.
    const QRectF around = building.adjusted(-12, -12, 12, -6);
    p.setPen(QPen(Qt::white, 10));  // a white rim keeps it clear on any ground
    p.drawRoundedRect(around, 16, 16);
    p.setPen(QPen(red ? kRed : kAmber, 6, red ? Qt::SolidLine : Qt::DashLine, Qt::FlatCap));
    p.drawRoundedRect(around, 16, 16);
    p.restore();
}

void FailureSignItem::paintTroubleSign(QPainter& p, const QRectF& building, Trouble trouble)
{
    const QString text = troubleText(trouble);
    if (text.isEmpty()) return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(building.center());
    p.rotate(-10);
    const double width = QFontMetricsF(SceneFonts::sign()).horizontalAdvance(text) + 24;
    const double height = 32 * SceneFonts::scale();
    const QRectF sign(-width / 2, -height / 2, width, height);
    p.setPen(QPen(Qt::white, 3));
    p.setBrush(trouble == Trouble::Refusing ? kRed : kAmber);
    p.drawRoundedRect(sign, 5, 5);
    p.setPen(Qt::white);
    p.setFont(SceneFonts::sign());
    p.drawText(sign, Qt::AlignCenter, text);
    p.restore();
}

// Above the roof, clear of the badges at its corners; beside the building below the badges;
// higher above; then further out at the sides.
QRectF FailureSignItem::markRectAt(int candidate) const
{
    if (!m_mark || candidate < 0) return {};
    const QRectF shape = markRect(markText(*m_mark));
    const QRectF b = m_station.buildingRect();
    const double w = shape.width();
    const double h = shape.height();
    const double aside = b.center().y() + 10;
    const QList<QPointF> places{QPointF(0, b.top() - h / 2 - 12),
                                QPointF(b.right() + w / 2 + 18, aside),
                                QPointF(b.left() - w / 2 - 18, aside),
                                QPointF(0, b.top() - 1.5 * h - 18),
                                QPointF(b.right() + w / 2 + 18, b.top() - h / 2 - 12),
                                QPointF(b.left() - w / 2 - 18, b.top() - h / 2 - 12),
                                QPointF(b.right() + w / 2 + 18, aside + h + 6),
                                QPointF(b.left() - w / 2 - 18, aside + h + 6)};
    return candidate < places.size() ? shape.translated(places[candidate]) : QRectF();
}

QList<QRectF> FailureSignItem::markCandidates() const
{
    QList<QRectF> out;
    if (!m_mark) return out;
    for (int i = 0;; ++i) {
        const QRectF r = markRectAt(i);
        if (r.isNull()) break;
        out << r.translated(m_station.pos());
    }
    return out;
}

void FailureSignItem::setMarkPlace(int candidate)
{
    if (candidate == m_markPlace) return;
    m_markPlace = candidate;
    relayout();
}

void FailureSignItem::relayout()
{
    prepareGeometryChange();
    m_markRect = markRectAt(m_markPlace);
    update();
}

QRectF FailureSignItem::boundingRect() const
{
    QRectF r = m_station.buildingRect().adjusted(-20, -20, 20, 20);
    if (!m_markRect.isNull()) r = r.united(m_markRect.adjusted(-3, -3, 3, 3));
    return r;
}

QRectF FailureSignItem::markSceneRect() const { return m_markRect.isNull() ? QRectF() : m_markRect.translated(pos()); }

void FailureSignItem::setState(Trouble trouble, const std::optional<FailureMark>& mark)
{
    if (pos() != m_station.pos()) setPos(m_station.pos());  // it stands where its station stands
    if (trouble == m_trouble && mark == m_mark) return;
    const bool relaid = mark.has_value() != m_mark.has_value() || (mark && m_mark && markText(*mark) != markText(*m_mark));
    m_trouble = trouble;
    m_mark = mark;
    if (relaid) {
        prepareGeometryChange();
        m_markRect = markRectAt(m_markPlace);
        updateToolTip();
    }
    update();
}

void FailureSignItem::updateToolTip()
{
    setToolTip(m_mark ? markMeaning(m_mark->kind) : QString());
}

void FailureSignItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const QRectF building = m_station.buildingRect();
    paintOutline(*painter, building, m_trouble);
    if (!m_station.closed()) paintTroubleSign(*painter, building, m_trouble);
    if (m_mark && !m_markRect.isNull()) {
        // Full strength for most of its time, then fading a little before it goes.
        const double fade = std::clamp((m_mark->age - 0.75) / 0.25, 0.0, 1.0);
        painter->save();
        painter->setOpacity(1.0 - 0.6 * fade);
        paintMark(*painter, m_markRect, *m_mark);
        painter->restore();
    }
}

} // namespace postie::gui
