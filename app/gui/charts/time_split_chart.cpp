#include "charts/time_split_chart.h"

#include "charts/chart_colours.h"
#include "charts/time_series_chart.h"
#include "replay/chart_feed.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QPercentBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace postie::gui {
namespace {

// Letter-time per phase up to the last sample at or before t (zeros before the first).
std::array<std::uint64_t, kLetterPhaseCount> phasesAt(const ChartSnapshot& s, std::int64_t t)
{
    const auto it = std::upper_bound(s.letters.begin(), s.letters.end(), t,
                                     [](std::int64_t v, const LetterTimeSample& x) { return v < x.time.micros(); });
    if (it == s.letters.begin()) return {};
    return std::prev(it)->phaseUs;
}

} // namespace

TimeSplitChart::TimeSplitChart(QWidget* parent)
    : ChartPanel(tr("Where the letters' time went"), parent), m_x(new QBarCategoryAxis), m_y(new QValueAxis)
{
    const QString names[4] = {tr("queue"), tr("DNS"), tr("on the way"), tr("mailbox")};
    const QColor colours[4] = {chart_colours::waiting(), chart_colours::dns(), chart_colours::onTheWay(),
                               chart_colours::inMailbox()};
    auto* series = new QPercentBarSeries;
    for (int p = 0; p < 4; ++p) {
        m_bars[std::size_t(p)] = new QBarSet(names[p]);
        m_bars[std::size_t(p)]->setColor(colours[p]);
        m_bars[std::size_t(p)]->setBorderColor(Qt::white);
        for (int w = 0; w < kWindows; ++w) m_bars[std::size_t(p)]->append(0);
        series->append(m_bars[std::size_t(p)]);
    }
    series->setBarWidth(0.85);
    chart()->addSeries(series);
    QFont axisFont = font();
    axisFont.setPointSizeF(12);
    m_x->setLabelsFont(axisFont);
    m_x->setTitleFont(axisFont);
    m_y->setLabelsFont(axisFont);
    m_y->setTitleFont(axisFont);
    m_y->setTitleText(tr("letter-time (%)"));
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    m_table.header = QStringList{QStringLiteral("from_s"),   QStringLiteral("to_s"),          QStringLiteral("waiting_s"),
                                 QStringLiteral("dns_s"),    QStringLiteral("on_the_way_s"), QStringLiteral("in_mailbox_s")};
}

void TimeSplitChart::showAt(const std::shared_ptr<const ChartSnapshot>& snapshot, std::int64_t nowUs)
{
    if (!snapshot) return;
    const std::int64_t end = std::max<std::int64_t>(snapshot->endUs(), 1);
    const std::int64_t now = std::clamp<std::int64_t>(nowUs, 0, end);
    // Redraw only when the snapshot or what is shown of it changes: a new sample behind now.
    const auto shown = std::upper_bound(snapshot->letters.begin(), snapshot->letters.end(), now,
                                        [](std::int64_t v, const LetterTimeSample& x) { return v < x.time.micros(); }) -
                       snapshot->letters.begin();
    if (snapshot == m_snapshot && shown == m_shown) return;
    if (snapshot != m_snapshot) {
        const double unit = timeUnitSeconds(end);
        QStringList categories;
        for (int w = 0; w < kWindows; ++w)
            categories << QString::number(double(end) * w / kWindows / 1e6 / unit, 'g', 2);
        m_x->clear();
        m_x->append(categories);
        m_x->setTitleText(tr("from (%1)").arg(timeUnitName(unit)));
    }
    m_snapshot = snapshot;
    m_shown = shown;
    m_table.rows.clear();
    for (int w = 0; w < kWindows; ++w) {
        const std::int64_t from = end * w / kWindows;
        const std::int64_t to = end * (w + 1) / kWindows;
        const auto a = phasesAt(*snapshot, std::min(from, now));
        const auto b = phasesAt(*snapshot, std::min(to, now));
        std::vector<std::optional<double>> row{double(from) / 1e6, double(to) / 1e6};
        for (int p = 0; p < 4; ++p) {
            const double seconds = double(b[std::size_t(p)] - a[std::size_t(p)]) / 1e6;
            m_bars[std::size_t(p)]->replace(w, seconds);
            row.push_back(seconds);
        }
        m_table.rows.push_back(std::move(row));
    }
}

// The windows are equal slices of the run along the axis: the moment under the mouse.
std::int64_t TimeSplitChart::timeAt(QPointF viewPos) const
{
    if (!m_snapshot) return -1;
    const QPointF inChart = chart()->mapFromScene(mapToScene(viewPos.toPoint()));
    const QRectF plot = chart()->plotArea();
    if (!plot.contains(inChart) || plot.width() <= 0) return -1;
    return std::int64_t((inChart.x() - plot.left()) / plot.width() * double(m_snapshot->endUs()));
}

} // namespace postie::gui
