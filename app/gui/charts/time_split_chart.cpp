#include "charts/time_split_chart.h"

#include "charts/axis_ticks.h"
#include "charts/chart_colours.h"
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

// The phases the bars show, in order; the mailbox is not one of them.
constexpr LetterPhase kShown[TimeSplitChart::kParts] = {LetterPhase::Waiting, LetterPhase::Dns, LetterPhase::OnTheWay};

} // namespace

TimeSplitChart::TimeSplitChart(QWidget* parent)
    : ChartPanel(tr("Where the letters' time went"),
                 tr("Of the time letters spent on their way to a mailbox (not in it), the part spent in each way."),
                 parent),
      m_x(new QBarCategoryAxis), m_y(new QValueAxis)
{
    const QString names[kParts] = {tr("waiting in a queue"), tr("asking DNS"), tr("at a post office or on the road")};
    const QColor colours[kParts] = {chart_colours::waiting(), chart_colours::dns(), chart_colours::onTheWay()};
    auto* series = new QPercentBarSeries;
    std::vector<std::pair<QColor, QString>> keys;
    for (int p = 0; p < kParts; ++p) {
        m_bars[std::size_t(p)] = new QBarSet(names[p]);
        m_bars[std::size_t(p)]->setColor(colours[p]);
        m_bars[std::size_t(p)]->setBorderColor(Qt::white);
        series->append(m_bars[std::size_t(p)]);
        keys.emplace_back(colours[p], names[p]);
    }
    series->setBarWidth(0.85);
    chart()->addSeries(series);
    // The key under the title, where it has room to wrap (the legend box would cut it short).
    chart()->legend()->hide();
    setTitleWith(keys);
    m_x->setTitleText(tr("from (the town's clock)"));
    m_y->setTitleText(tr("share of the time (%)"));
    m_y->setRange(0, 100);
    m_y->setTickCount(5);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    m_table.header = QStringList{QStringLiteral("from_s"), QStringLiteral("to_s"), QStringLiteral("waiting_s"),
                                 QStringLiteral("dns_s"), QStringLiteral("on_the_way_s")};
    fitToSize();
}

QStringList TimeSplitChart::windowLabels() const { return m_x->categories(); }

// The windows follow the clock: as many as have room for their labels, at most kMostWindows.
void TimeSplitChart::fitToSize()
{
    const QFont f = axisFont();
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_x), static_cast<QAbstractAxis*>(m_y)}) {
        if (axis->labelsFont() != f) axis->setLabelsFont(f);
        if (axis->titleFont() != f) axis->setTitleFont(f);
        axis->setTitleVisible(!compact());
    }
    if (!m_snapshot) return;
    const std::int64_t end = std::max<std::int64_t>(m_snapshot->endUs(), 1);
    const std::int64_t startOfDay = m_snapshot->startOfDayUs;
    int most = std::min(kMostWindows, labelsThatFit(f, QStringLiteral("00:00"), plotWidth()));
    if (most == m_mostWindows && !m_windows.empty() && m_windows.back().second == end) return;
    m_mostWindows = most;
    // Window edges: the start, the round clock ticks inside the run, the end.
    std::vector<std::int64_t> edges;
    for (;;) {
        const ClockTicks ticks = clockTicks(startOfDay, end, most + 1);
        edges = {0};
        for (const ClockTick& t : ticks.ticks)
            if (t.us > 0 && t.us < end) edges.push_back(t.us);
        edges.push_back(end);
        // A first or last sliver shorter than a third of a step joins its neighbour.
        if (edges.size() > 2 && edges[1] - edges[0] < ticks.stepUs / 3) edges.erase(edges.begin() + 1);
        if (edges.size() > 2 && edges[edges.size() - 1] - edges[edges.size() - 2] < ticks.stepUs / 3)
            edges.erase(edges.end() - 2);
        if (int(edges.size()) - 1 <= most || most <= 1) break;
        --most;
    }
    m_windows.clear();
    QStringList categories;
    const bool withSeconds = end < 120'000'000;
    std::int64_t dayBefore = -1;
    for (std::size_t i = 0; i + 1 < edges.size(); ++i) {
        m_windows.emplace_back(edges[i], edges[i + 1]);
        const std::int64_t day = (startOfDay + edges[i]) / 86'400'000'000;
        QString label = clockLabel(startOfDay, edges[i], withSeconds, i > 0 && day != dayBefore, m_snapshot->startDay);
        while (categories.contains(label)) label += QChar(0x200B);  // each category once
        categories << label;
        dayBefore = day;
    }
    m_x->clear();
    m_x->append(categories);
    for (QBarSet* set : m_bars) {
        set->remove(0, set->count());
        for (std::size_t w = 0; w < m_windows.size(); ++w) set->append(0);
    }
    fill();
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
    m_nowUs = now;
    m_shown = shown;
    if (snapshot != m_snapshot) {
        m_snapshot = snapshot;
        m_mostWindows = 0;
        fitToSize();  // new windows, and their bars filled
        return;
    }
    fill();
}

void TimeSplitChart::fill()
{
    m_table.rows.clear();
    if (!m_snapshot) return;
    for (std::size_t w = 0; w < m_windows.size(); ++w) {
        const auto [from, to] = m_windows[w];
        const auto a = phasesAt(*m_snapshot, std::min(from, m_nowUs));
        const auto b = phasesAt(*m_snapshot, std::min(to, m_nowUs));
        std::vector<std::optional<double>> row{double(from) / 1e6, double(to) / 1e6};
        for (int p = 0; p < kParts; ++p) {
            const auto phase = std::size_t(kShown[p]);
            const double seconds = double(b[phase] - a[phase]) / 1e6;
            m_bars[std::size_t(p)]->replace(int(w), seconds);
            row.push_back(seconds);
        }
        m_table.rows.push_back(std::move(row));
    }
}

// The moment under the mouse: the start of the window there, as far along it as the mouse is.
std::int64_t TimeSplitChart::timeAt(QPointF viewPos) const
{
    if (!m_snapshot || m_windows.empty()) return -1;
    const QPointF inChart = chart()->mapFromScene(mapToScene(viewPos.toPoint()));
    const QRectF plot = chart()->plotArea();
    if (!plot.contains(inChart) || plot.width() <= 0) return -1;
    const double along = (inChart.x() - plot.left()) / plot.width() * double(m_windows.size());
    const auto w = std::min(std::size_t(along), m_windows.size() - 1);
    const auto [from, to] = m_windows[w];
    return from + std::int64_t((along - double(w)) * double(to - from));
}

} // namespace postie::gui
