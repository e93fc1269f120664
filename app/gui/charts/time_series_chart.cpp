#include "charts/time_series_chart.h"

#include "charts/chart_colours.h"
#include "charts/series_thinning.h"
#include "replay/chart_feed.h"

#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace postie::gui {
namespace {

QFont withSize(QFont f, double points)
{
    f.setPointSizeF(points);
    return f;
}

} // namespace

double timeUnitSeconds(std::int64_t runUs)
{
    const double s = double(runUs) / 1e6;
    if (s <= 120) return 1;
    if (s <= 2 * 3600) return 60;
    if (s <= 2 * 86400) return 3600;
    return 86400;
}

QString timeUnitName(double unitSeconds)
{
    if (unitSeconds >= 86400) return ChartPanel::tr("days");
    if (unitSeconds >= 3600) return ChartPanel::tr("hours");
    if (unitSeconds >= 60) return ChartPanel::tr("minutes");
    return ChartPanel::tr("seconds");
}

TimeSeriesChart::TimeSeriesChart(const QString& title, const QString& yTitle, Columns columns,
                                 std::optional<double> yMax, QWidget* parent)
    : ChartPanel(title, parent),
      m_columnsOf(std::move(columns)),
      m_fixedYMax(yMax),
      m_nowLine(new QLineSeries),
      m_x(new QValueAxis),
      m_y(new QValueAxis)
{
    const QFont axisFont = withSize(font(), 12);
    for (QValueAxis* axis : {m_x, m_y}) {
        axis->setLabelsFont(axisFont);
        axis->setTitleFont(axisFont);
        axis->setLabelFormat(QStringLiteral("%.4g"));
    }
    m_y->setTitleText(yTitle);
    m_x->setTitleText(timeUnitName(1));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    m_nowLine->setName(tr("now"));
    m_nowLine->setPen(QPen(chart_colours::now(), 2.5, Qt::DashLine));
    chart()->addSeries(m_nowLine);
    chart()->legend()->hide();
    m_nowLine->attachAxis(m_x);
    m_nowLine->attachAxis(m_y);
    m_y->setRange(0, m_fixedYMax.value_or(1));
    m_x->setRange(0, 1);
}

void TimeSeriesChart::rebuild(const ChartSnapshot& snapshot)
{
    std::vector<TimeColumn> columns = m_columnsOf(snapshot);
    const bool same = columns.size() == m_columns.size() &&
                      std::equal(columns.begin(), columns.end(), m_columns.begin(),
                                 [](const TimeColumn& a, const TimeColumn& b) { return a.key == b.key; });
    m_columns = std::move(columns);
    if (!same) {
        for (QLineSeries* line : m_lines) {
            chart()->removeSeries(line);
            delete line;
        }
        m_lines.clear();
        for (const TimeColumn& c : m_columns) {
            auto* line = new QLineSeries;
            line->setName(c.label);
            line->setPen(QPen(c.colour, 3));
            chart()->addSeries(line);
            line->attachAxis(m_x);
            line->attachAxis(m_y);
            m_lines.push_back(line);
        }
        // The legend under the title, as coloured text: Qt 6.4 leaves the markers of lines added
        // after the chart is on screen hidden.
        QStringList keys;
        for (const TimeColumn& c : m_columns)
            keys << QStringLiteral("<span style='color:%1'>&#9632;</span>&nbsp;%2").arg(c.colour.name(), c.label.toHtmlEscaped());
        chart()->setTitle(QStringLiteral("%1<br><span style='font-size:11pt; font-weight:normal'>%2</span>")
                              .arg(title().toHtmlEscaped(), keys.join(QStringLiteral(" &nbsp; "))));
    }
    m_table.header = QStringList{QStringLiteral("t_s")};
    for (const TimeColumn& c : m_columns) m_table.header << c.key;

    // The y axis holds the whole run's highest value, so the lines grow into it.
    double top = m_fixedYMax.value_or(0);
    if (!m_fixedYMax) {
        for (const SeriesSample& s : snapshot.series)
            for (const TimeColumn& c : m_columns)
                if (auto v = c.value(s)) top = std::max(top, *v);
        top = std::max(4.0, top * 1.05);  // counts: whole numbers on the ticks
    }
    m_y->setRange(0, top);
    if (!m_fixedYMax) m_y->applyNiceNumbers();
    m_unit = timeUnitSeconds(snapshot.endUs());
    m_x->setTitleText(timeUnitName(m_unit));
    m_filled = false;
}

void TimeSeriesChart::fill(const ChartSnapshot& snapshot, std::size_t shown)
{
    m_table.rows.clear();
    m_table.rows.reserve(shown);
    std::vector<QList<QPointF>> points(m_columns.size());
    for (std::size_t i = 0; i < shown; ++i) {
        const SeriesSample& s = snapshot.series[i];
        const double t = s.time.seconds();
        std::vector<std::optional<double>> row{t};
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            const std::optional<double> v = m_columns[c].value(s);
            row.push_back(v);
            if (v) points[c] << QPointF(t / m_unit, *v);
        }
        m_table.rows.push_back(std::move(row));
    }
    for (std::size_t c = 0; c < m_lines.size(); ++c) m_lines[c]->replace(thinMinMax(points[c], kBuckets));
    m_shown = shown;
    m_filled = true;
}

void TimeSeriesChart::showAt(const std::shared_ptr<const ChartSnapshot>& snapshot, std::int64_t nowUs)
{
    if (!snapshot) return;
    if (snapshot != m_snapshot) {
        m_snapshot = snapshot;
        rebuild(*snapshot);
    }
    const auto& samples = snapshot->series;
    const auto upTo = std::upper_bound(samples.begin(), samples.end(), nowUs,
                                       [](std::int64_t t, const SeriesSample& s) { return t < s.time.micros(); });
    const auto shown = std::size_t(upTo - samples.begin());
    if (!m_filled || shown != m_shown) fill(*snapshot, shown);

    const double xMax = std::max<double>(1e-6, double(std::max(snapshot->endUs(), nowUs)) / 1e6 / m_unit);
    if (xMax != m_xMax) {
        m_xMax = xMax;
        m_x->setRange(0, xMax);
        m_x->applyNiceNumbers();  // round ticks (0, 10, 20 minutes), a little room after the end
    }
    const double x = double(nowUs) / 1e6 / m_unit;
    m_nowLine->replace(QList<QPointF>{{x, 0}, {x, m_y->max()}});
}

double TimeSeriesChart::nowLineX() const { return m_nowLine->count() ? m_nowLine->at(0).x() : 0; }

std::int64_t TimeSeriesChart::timeAt(QPointF viewPos) const
{
    if (!m_snapshot) return -1;
    const QPointF inChart = chart()->mapFromScene(mapToScene(viewPos.toPoint()));
    if (!chart()->plotArea().contains(inChart)) return -1;
    const double x = chart()->mapToValue(inChart, m_nowLine).x();
    return std::clamp<std::int64_t>(std::int64_t(x * m_unit * 1e6), 0, std::max(m_snapshot->endUs(), std::int64_t(0)));
}

TimeSeriesChart* TimeSeriesChart::queues(QWidget* parent)
{
    return new TimeSeriesChart(
        tr("Queue length per station"), tr("waiting"),
        [](const ChartSnapshot& s) {
            std::vector<TimeColumn> columns;
            for (std::size_t i = 0; i < s.queueStations.size(); ++i) {
                const QString id = QString::fromStdString(s.queueStations[i]);
                columns.push_back({QStringLiteral("queue:") + id, id, chart_colours::queue(int(i)),
                                   [i](const SeriesSample& x) { return std::optional<double>(double(x.queues[i])); }});
            }
            return columns;
        },
        std::nullopt, parent);
}

TimeSeriesChart* TimeSeriesChart::inFlight(QWidget* parent)
{
    return new TimeSeriesChart(
        tr("Letters in flight"), tr("letters"),
        [](const ChartSnapshot&) {
            return std::vector<TimeColumn>{{QStringLiteral("in_flight"), tr("on their way"), chart_colours::inFlight(),
                                            [](const SeriesSample& x) { return std::optional<double>(double(x.inFlight)); }}};
        },
        std::nullopt, parent);
}

TimeSeriesChart* TimeSeriesChart::outcomes(QWidget* parent)
{
    return new TimeSeriesChart(
        tr("Delivered, bounced, deferred"), tr("so far"),
        [](const ChartSnapshot&) {
            return std::vector<TimeColumn>{
                {QStringLiteral("delivered"), tr("delivered"), chart_colours::delivered(),
                 [](const SeriesSample& x) { return std::optional<double>(double(x.delivered)); }},
                {QStringLiteral("bounced"), tr("bounced"), chart_colours::bounced(),
                 [](const SeriesSample& x) { return std::optional<double>(double(x.bounced)); }},
                {QStringLiteral("deferred"), tr("deferred"), chart_colours::deferred(),
                 [](const SeriesSample& x) { return std::optional<double>(double(x.deferred)); }}};
        },
        std::nullopt, parent);
}

TimeSeriesChart* TimeSeriesChart::dnsHitRate(QWidget* parent)
{
    auto percent = [](std::optional<double> v) { return v ? std::optional<double>(*v * 100) : std::nullopt; };
    return new TimeSeriesChart(
        tr("DNS cache hit rate"), tr("cached (%)"),
        [percent](const ChartSnapshot&) {
            return std::vector<TimeColumn>{
                {QStringLiteral("dns_hit_rate_total_pct"), tr("since the start"), chart_colours::dnsTotal(),
                 [percent](const SeriesSample& x) { return percent(x.dnsHitRateTotal()); }},
                {QStringLiteral("dns_hit_rate_pct"), tr("in each interval"), chart_colours::dnsInterval(),
                 [percent](const SeriesSample& x) { return percent(x.dnsHitRate()); }}};
        },
        100.0, parent);
}

} // namespace postie::gui
