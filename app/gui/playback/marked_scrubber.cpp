#include "playback/marked_scrubber.h"

#include "replay/scenario_player.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QToolTip>

#include <cstdlib>

namespace postie::gui {
namespace {

constexpr int kHoverPx = 5;        // how near the mouse must be to a mark for its tooltip
constexpr int kTipsAtOnce = 6;     // marks that fall on one spot: the first few, then "and N more"

QColor colourOf(TimelineMarker::Kind kind)
{
    switch (kind) {
    case TimelineMarker::Kind::StationDown:
    case TimelineMarker::Kind::RoadCut: return QColor(0xD5, 0x5E, 0x00);      // Okabe-Ito vermillion
    case TimelineMarker::Kind::StationUp:
    case TimelineMarker::Kind::RoadMended: return QColor(0x00, 0x9E, 0x73);   // bluish green
    case TimelineMarker::Kind::Deferred: return QColor(0xE6, 0x9F, 0x00);     // orange (amber stamp)
    case TimelineMarker::Kind::Bounced: return QColor(0xB0, 0x1C, 0x1C);      // the red stamp
    case TimelineMarker::Kind::Intervention: return QColor(0x7B, 0x3F, 0xA0); // violet: the class's hand
    }
    return Qt::black;
}

} // namespace

MarkedScrubber::MarkedScrubber(QWidget* parent) : QSlider(Qt::Horizontal, parent)
{
    setMinimumHeight(34);  // room for the marks above and below the groove
}

void MarkedScrubber::watch(ScenarioPlayer& player)
{
    m_player = &player;
    connect(&player, &ScenarioPlayer::opened, this, &MarkedScrubber::refresh);
    connect(&player, &ScenarioPlayer::progressed, this, &MarkedScrubber::refresh);
    connect(&player, &ScenarioPlayer::interventionsChanged, this, &MarkedScrubber::refresh);
    connect(&player, &ScenarioPlayer::wordsChanged, this, &MarkedScrubber::refresh);
}

void MarkedScrubber::refresh()
{
    if (m_player && m_markers.update(m_player->session(), m_player->interventions())) update();
}

MarkedScrubber::Track MarkedScrubber::track() const
{
    QStyleOptionSlider opt;
    initStyleOption(&opt);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, this);
    return {groove.x() + handle.width() / 2, groove.width() - handle.width()};
}

int MarkedScrubber::xOn(const Track& track, std::size_t cursor) const
{
    const int value = int(std::min<std::size_t>(cursor, std::size_t(std::max(0, maximum()))));
    return track.left + QStyle::sliderPositionFromValue(minimum(), maximum(), value, track.span);
}

int MarkedScrubber::xForCursor(std::size_t cursor) const { return xOn(track(), cursor); }

void MarkedScrubber::paintEvent(QPaintEvent* event)
{
    QSlider::paintEvent(event);
    if (markers().empty() || maximum() <= minimum()) return;
    QPainter p(this);
    const int mid = height() / 2;
    const Track along = track();
    // Incidents of the run above the groove, deferrals and returns below, the class's own
    // changes as a flag across both: many deferrals never hide a closed station.
    for (const TimelineMarker& m : markers()) {
        const int x = xOn(along, m.cursor);
        p.setPen(Qt::NoPen);
        p.setBrush(colourOf(m.kind));
        switch (m.kind) {
        case TimelineMarker::Kind::Deferred:
        case TimelineMarker::Kind::Bounced: p.drawRect(x - 1, mid + 5, 3, height() - mid - 6); break;
        case TimelineMarker::Kind::Intervention: {
            p.drawRect(x - 1, 1, 2, height() - 2);
            const QPointF flag[] = {QPointF(x + 1, 1), QPointF(x + 9, 4.5), QPointF(x + 1, 8)};
            p.drawPolygon(flag, 3);
            break;
        }
        default: {
            const QPointF tri[] = {QPointF(x - 5, 1), QPointF(x + 5, 1), QPointF(x, mid - 4)};
            p.drawPolygon(tri, 3);
            break;
        }
        }
    }
}

QString MarkedScrubber::tipAt(int x) const
{
    QStringList tips;
    int more = 0;
    const Track along = track();
    for (const TimelineMarker& m : markers()) {
        if (std::abs(xOn(along, m.cursor) - x) > kHoverPx) continue;
        if (tips.size() < kTipsAtOnce) tips << m.tip;
        else ++more;
    }
    if (more > 0) tips << tr("… and %n more here", nullptr, more);
    return tips.join(QLatin1Char('\n'));
}

bool MarkedScrubber::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = tipAt(help->pos().x());
        if (!tip.isEmpty()) {
            QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
    }
    return QSlider::event(event);
}

} // namespace postie::gui
