#include "charts/latency_chart.h"

#include "charts/chart_colours.h"
#include "replay/chart_feed.h"
#include "trace/letter_time_recorder.h"

#include "charts/axis_ticks.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace postie::gui {
namespace {

// The index of the last sample at or before `nowUs`, or -1.
std::ptrdiff_t sampleAt(const ChartSnapshot& s, std::int64_t nowUs)
{
    const auto it = std::upper_bound(s.letters.begin(), s.letters.end(), nowUs,
                                     [](std::int64_t t, const LetterTimeSample& x) { return t < x.time.micros(); });
    return (it - s.letters.begin()) - 1;
}

} // namespace

LatencyChart::LatencyChart(QWidget* parent)
    : ChartPanel(tr("How long letters took"),
                 tr("From writing to the recipient's mailbox, for each letter delivered so far."), parent),
      m_bars(new QBarSet(tr("delivered letters"))), m_x(new QBarCategoryAxis), m_y(new QValueAxis)
{
    m_bars->setColor(chart_colours::delivered());
    m_bars->setBorderColor(chart_colours::now());
    // Lying bars: the time spans read as words at the left, never squeezed under a bar.
    auto* series = new QHorizontalBarSeries;
    series->append(m_bars);
    series->setBarWidth(0.8);
    chart()->addSeries(series);
    //: A chart's axis: how long letters took to arrive.
    m_x->setTitleText(tr("took"));
    m_x->setReverse(true);  // the quickest at the top
    m_y->setTitleText(tr("letters"));
    chart()->addAxis(m_x, Qt::AlignLeft);
    chart()->addAxis(m_y, Qt::AlignBottom);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    chart()->legend()->hide();
    m_table.header = QStringList{QStringLiteral("latency_from_s"), QStringLiteral("latency_to_s"), QStringLiteral("delivered")};
    fitToSize();
}

void LatencyChart::fitToSize()
{
    const QFont f = axisFont();
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_x), static_cast<QAbstractAxis*>(m_y)}) {
        if (axis->labelsFont() != f) axis->setLabelsFont(f);
        if (axis->titleFont() != f) axis->setTitleFont(f);
        axis->setTitleVisible(!compact());
    }
    const int ticks = std::min(6, labelsThatFit(f, QString::number(std::max(1.0, m_top)), plotWidth()));
    if (ticks == m_ticks && m_top == m_shownTop) return;
    m_ticks = ticks;
    m_shownTop = m_top;
    setWholeNumberTicks(*m_y, m_top, ticks);
}

QString LatencyChart::binLabel(int bin)
{
    switch (bin) {
    case 0: return tr("under 1 s");
    case 1: return tr("1–10 s");
    case 2: return tr("10 s–1 min");
    case 3: return tr("1–10 min");
    case 4: return tr("10 min–1 h");
    case 5: return tr("1–6 h");
    case 6: return tr("6 h–1 day");
    default: return tr("over a day");
    }
}

void LatencyChart::rebuild(const ChartSnapshot& snapshot)
{
    // The bins from the quickest to the slowest letter of the whole run (as far as worked out).
    m_firstBin = 0;
    m_lastBin = -1;
    if (!snapshot.letters.empty()) {
        const auto& all = snapshot.letters.back().latency;
        for (int b = 0; b < int(all.size()); ++b)
            if (all[std::size_t(b)] > 0) {
                if (m_lastBin < 0) m_firstBin = b;
                m_lastBin = b;
            }
    }
    QStringList categories;
    double top = 1;
    for (int b = m_firstBin; b <= m_lastBin; ++b) {
        categories << binLabel(b);
        top = std::max(top, double(snapshot.letters.back().latency[std::size_t(b)]));
    }
    m_x->clear();
    m_x->append(categories);
    m_top = top;
    fitToSize();
    m_bars->remove(0, m_bars->count());
    for (int b = m_firstBin; b <= m_lastBin; ++b) m_bars->append(0);
    m_shown = std::size_t(-1);
}

void LatencyChart::showAt(const std::shared_ptr<const ChartSnapshot>& snapshot, std::int64_t nowUs)
{
    if (!snapshot) return;
    if (snapshot != m_snapshot) {
        m_snapshot = snapshot;
        rebuild(*snapshot);
    }
    const std::ptrdiff_t at = sampleAt(*snapshot, nowUs);
    if (std::size_t(at) == m_shown) return;
    m_shown = std::size_t(at);
    m_table.rows.clear();
    for (int b = m_firstBin; b <= m_lastBin; ++b) {
        const double n = at < 0 ? 0 : double(snapshot->letters[std::size_t(at)].latency[std::size_t(b)]);
        m_bars->replace(b - m_firstBin, n);
        std::optional<double> to;
        if (b + 1 < LetterTimeRecorder::kLatencyBins) to = LetterTimeRecorder::binLower(b + 1).seconds();
        m_table.rows.push_back({LetterTimeRecorder::binLower(b).seconds(), to, n});
    }
}

} // namespace postie::gui
