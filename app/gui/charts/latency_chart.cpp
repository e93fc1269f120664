#include "charts/latency_chart.h"

#include "charts/chart_colours.h"
#include "replay/chart_feed.h"
#include "trace/letter_time_recorder.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
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
    : ChartPanel(tr("Delivery latency"), parent), m_bars(new QBarSet(tr("delivered letters"))),
      m_x(new QBarCategoryAxis), m_y(new QValueAxis)
{
    m_bars->setColor(chart_colours::delivered());
    m_bars->setBorderColor(chart_colours::now());
    auto* series = new QBarSeries;
    series->append(m_bars);
    series->setBarWidth(0.9);
    chart()->addSeries(series);
    QFont axisFont = font();
    axisFont.setPointSizeF(12);
    m_x->setLabelsFont(axisFont);
    m_x->setTitleFont(axisFont);
    m_x->setLabelsAngle(-90);
    m_x->setTitleText(tr("writing to mailbox, at least"));
    m_y->setLabelsFont(axisFont);
    m_y->setTitleFont(axisFont);
    m_y->setTitleText(tr("letters"));
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    chart()->legend()->hide();
    m_table.header = QStringList{QStringLiteral("latency_from_s"), QStringLiteral("latency_to_s"), QStringLiteral("delivered")};
}

QString LatencyChart::binLabel(int bin)
{
    if (bin == 0) return tr("0 ms");
    const double s = LetterTimeRecorder::binLower(bin).seconds();
    if (s < 1) return tr("%1 ms").arg(s * 1000, 0, 'g', 3);
    if (s < 100) return tr("%1 s").arg(s, 0, 'g', 3);
    if (s < 5000) return tr("%1 min").arg(s / 60, 0, 'g', 2);
    if (s < 100000) return tr("%1 h").arg(s / 3600, 0, 'g', 2);
    return tr("%1 d").arg(s / 86400, 0, 'g', 2);
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
    m_y->setRange(0, top * 1.05);
    m_y->applyNiceNumbers();
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
