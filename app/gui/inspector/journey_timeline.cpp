#include "inspector/journey_timeline.h"

#include <QPainter>

#include <algorithm>

namespace postie::gui {
namespace {

constexpr int kStopWidth = 150;  // room for a host name and a clock under each dot
constexpr int kDot = 9;

// The timeline's colours from the palette of the theme in use, so it reads on the light
// theme's paper and on the dark theme's slate alike: the words in the window's ink, the
// roads behind the letter in the highlight blue (deep on paper, sky blue on slate), what is
// ahead in the greyed ink, and the marks in an amber that keeps its contrast on either ground.
struct Colours {
    QColor ink, road, ahead, hollow, mark;
};

Colours coloursOf(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return {palette.color(QPalette::WindowText), palette.color(QPalette::Highlight),
            palette.color(QPalette::Disabled, QPalette::WindowText), palette.color(QPalette::Base),
            dark ? QColor(0xF5, 0xB0, 0x5A) : QColor(0xA6, 0x4B, 0x00)};
}

} // namespace

JourneyTimeline::JourneyTimeline(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("journeyTimeline"));
    setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
}

void JourneyTimeline::setJourney(const QVector<Stop>& stops, int reached, double progress)
{
    if (stops == m_stops && reached == m_reached && progress == m_progress) return;
    const bool grew = stops.size() != m_stops.size();
    m_stops = stops;
    m_reached = reached;
    m_progress = progress;
    if (grew) updateGeometry();
    update();
}

QSize JourneyTimeline::sizeHint() const
{
    return {std::max<int>(1, int(m_stops.size())) * kStopWidth, fontMetrics().height() * 4 + 2 * kDot};
}

QSize JourneyTimeline::minimumSizeHint() const { return sizeHint(); }

void JourneyTimeline::paintEvent(QPaintEvent*)
{
    if (m_stops.isEmpty()) return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Colours c = coloursOf(palette());
    const QFontMetrics fm = fontMetrics();
    const int lineY = fm.height() + kDot + 4;
    const auto xOf = [](int i) { return i * kStopWidth + kStopWidth / 2; };

    // The roads: behind the letter in blue; the one it is on in grey, blue as far as the truck
    // has come.
    for (int i = 0; i + 1 < m_stops.size(); ++i) {
        if (i + 1 < m_reached) p.setPen(QPen(c.road, 4, Qt::SolidLine, Qt::RoundCap));
        else p.setPen(QPen(c.ahead, 2, Qt::DashLine));
        p.drawLine(xOf(i), lineY, xOf(i + 1), lineY);
    }
    if (m_progress >= 0 && m_reached >= 1 && m_reached < m_stops.size()) {
        const int x0 = xOf(m_reached - 1);
        const int x = x0 + int(std::clamp(m_progress, 0.0, 1.0) * kStopWidth);
        p.setPen(QPen(c.road, 4, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(x0, lineY, x, lineY);
        p.setPen(Qt::NoPen);
        p.setBrush(c.road);
        p.drawRoundedRect(QRectF(x - 9, lineY - 7, 18, 14), 3, 3);  // the truck
    }

    for (int i = 0; i < m_stops.size(); ++i) {
        const Stop& s = m_stops[i];
        const bool reached = i < m_reached;
        const int x = xOf(i);
        p.setPen(QPen(reached ? c.road : c.ahead, 2));
        p.setBrush(reached ? QBrush(c.road) : QBrush(c.hollow));
        p.drawEllipse(QPointF(x, lineY), kDot, kDot);
        p.setPen(reached ? c.ink : c.ahead);
        const QRect above(x - kStopWidth / 2 + 2, 0, kStopWidth - 4, fm.height());
        p.drawText(above, Qt::AlignCenter, fm.elidedText(s.station, Qt::ElideMiddle, above.width()));
        const QRect below(x - kStopWidth / 2 + 2, lineY + kDot + 4, kStopWidth - 4, fm.height());
        p.drawText(below, Qt::AlignCenter, reached ? s.time : QString());
        if (!s.mark.isEmpty() && reached) {
            p.setPen(c.mark);
            p.drawText(below.translated(0, fm.height()), Qt::AlignCenter,
                       fm.elidedText(s.mark, Qt::ElideRight, below.width()));
        }
    }
}

} // namespace postie::gui
