#include "charts/time_series_chart.h"

#include "charts/chart_colours.h"
#include "charts/series_thinning.h"
#include "replay/chart_feed.h"

#include "charts/axis_ticks.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QLineSeries>
#include <QSet>
#include <QValueAxis>

#include <algorithm>

namespace postie::gui {
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

TimeSeriesChart::TimeSeriesChart(const QString& title, const QString& explanation, const QString& yTitle, Columns columns,
                                 std::optional<double> yMax, QWidget* parent)
    : ChartPanel(title, explanation, parent),
      m_columnsOf(std::move(columns)),
      m_fixedYMax(yMax),
      m_nowLine(new QLineSeries),
      m_x(new QCategoryAxis),
      m_y(new QValueAxis)
{
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_y->setTitleText(yTitle);
    m_x->setTitleText(tr("the town's clock"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    //: The line on a chart at the moment the playback has reached.
    m_nowLine->setName(tr("now"));
    m_nowLine->setPen(QPen(chart_colours::now(), 2.5, Qt::DashLine));
    chart()->addSeries(m_nowLine);
    chart()->legend()->hide();
    m_nowLine->attachAxis(m_x);
    m_nowLine->attachAxis(m_y);
    m_x->setRange(0, 1);
    fitToSize();
}

void TimeSeriesChart::fitToSize()
{
    const QFont f = axisFont();
    for (QValueAxis* axis : {static_cast<QValueAxis*>(m_x), m_y}) {
        if (axis->labelsFont() != f) axis->setLabelsFont(f);
        if (axis->titleFont() != f) axis->setTitleFont(f);
        axis->setTitleVisible(!compact());
    }
    // The y axis: whole numbers for counts, a tick per two lines of type at most.
    const int yTicks = std::clamp(int(plotHeight() / (QFontMetricsF(f).height() * 2)) + 1, 2, 6);
    const double highest = m_fixedYMax.value_or(std::max(1.0, m_highest));
    if (yTicks != m_yTicks || highest != m_yTop) {
        m_yTicks = yTicks;
        m_yTop = highest;
        setWholeNumberTicks(*m_y, highest, yTicks);
        if (m_nowLine->count()) {
            const double x = m_nowLine->at(0).x();
            m_nowLine->replace(QList<QPointF>{{x, 0}, {x, m_y->max()}});
        }
    }
    // The x axis: the town's clock, as many labels as fit.
    if (!m_snapshot) return;
    const double pixels = plotWidth();
    int most = labelsThatFit(f, QStringLiteral("00:00"), pixels);
    ClockTicks ticks = clockTicks(m_snapshot->startOfDayUs, m_endUs, most, m_snapshot->startDay);
    for (;;) {
        QString widest;
        for (const ClockTick& t : ticks.ticks)
            if (QFontMetricsF(f).horizontalAdvance(t.label) > QFontMetricsF(f).horizontalAdvance(widest)) widest = t.label;
        if (most <= 2 || labelsThatFit(f, widest, pixels) >= int(ticks.ticks.size())) break;
        most = std::min(most - 1, int(ticks.ticks.size()) - 1);
        ticks = clockTicks(m_snapshot->startOfDayUs, m_endUs, most, m_snapshot->startDay);
    }
    QStringList labels;
    for (const ClockTick& t : ticks.ticks) labels << t.label;
    if (labels == m_xLabels && ticks.axisEndUs == m_axisEndUs && m_unit == m_xUnit) return;
    m_xLabels = labels;
    m_axisEndUs = ticks.axisEndUs;
    m_xUnit = m_unit;
    for (const QString& old : m_x->categoriesLabels()) m_x->remove(old);
    m_x->setStartValue(0);
    QSet<QString> used;
    for (const ClockTick& t : ticks.ticks) {
        // The axis wants each label once: a clock time that comes back a day later gets an
        // invisible mark to tell it apart.
        QString label = t.label;
        while (used.contains(label)) label += QChar(0x200B);
        used.insert(label);
        m_x->append(label, double(t.us) / 1e6 / m_unit);
    }
    m_x->setRange(0, double(ticks.axisEndUs) / 1e6 / m_unit);
}

QStringList TimeSeriesChart::xLabels() const
{
    QStringList out;
    for (QString label : m_x->categoriesLabels()) out << label.remove(QChar(0x200B));
    return out;
}

std::vector<double> TimeSeriesChart::xTickSeconds() const
{
    std::vector<double> out;
    for (const QString& label : m_x->categoriesLabels()) out.push_back(m_x->endValue(label) * m_unit);
    return out;
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
            if (QAbstractSeries* owner = line->parent() ? qobject_cast<QAreaSeries*>(line->parent()) : nullptr) {
                chart()->removeSeries(owner);
                delete owner;
            } else {
                chart()->removeSeries(line);
                delete line;
            }
        }
        m_lines.clear();
        for (const TimeColumn& c : m_columns) {
            auto* line = new QLineSeries;
            line->setName(c.label);
            line->setPen(QPen(c.colour, 3));
            QAbstractSeries* drawn = line;
            if (c.filled) {
                // A filled area: a count of everything on its way, unlike the queues' lines.
                auto* area = new QAreaSeries(line);
                line->setParent(area);
                area->setName(c.label);
                area->setPen(QPen(c.colour, 3));
                QColor fill = c.colour;
                fill.setAlpha(110);
                area->setBrush(fill);
                drawn = area;
            }
            chart()->addSeries(drawn);
            drawn->attachAxis(m_x);
            drawn->attachAxis(m_y);
            m_lines.push_back(line);
        }
        // The legend under the title, as coloured text: Qt 6.4 leaves the markers of lines added
        // after the chart is on screen hidden.
        std::vector<std::pair<QColor, QString>> keys;
        for (const TimeColumn& c : m_columns) keys.emplace_back(c.colour, c.label);
        setTitleWith(keys);
    }
    m_table.header = QStringList{QStringLiteral("t_s")};
    for (const TimeColumn& c : m_columns) m_table.header << c.key;

    // The y axis holds the whole run's highest value, so the lines grow into it.
    m_highest = 0;
    for (const SeriesSample& s : snapshot.series)
        for (const TimeColumn& c : m_columns)
            if (auto v = c.value(s)) m_highest = std::max(m_highest, *v);
    m_unit = timeUnitSeconds(snapshot.endUs());
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

    const std::int64_t end = std::max(snapshot->endUs(), nowUs);
    if (end != m_endUs || m_xUnit != m_unit || m_yTop != m_fixedYMax.value_or(std::max(1.0, m_highest))) {
        m_endUs = end;
        fitToSize();  // round clock ticks to the first one at or after the end
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
        tr("Queues: letters waiting in line"),
        tr("How many letters wait at each post office for the clerk to take them."),
        //: A chart's vertical axis: the number of letters waiting.
        tr("waiting"),
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
        tr("Letters in flight: all on their way"),
        tr("Every letter written but not in a mailbox yet: in line, being checked or on the road."),
        //: A chart's vertical axis: the number of letters on their way.
        tr("letters"),
        [](const ChartSnapshot&) {
            return std::vector<TimeColumn>{{QStringLiteral("in_flight"), tr("on their way"), chart_colours::inFlight(),
                                            [](const SeriesSample& x) { return std::optional<double>(double(x.inFlight)); },
                                            true}};
        },
        std::nullopt, parent);
}

TimeSeriesChart* TimeSeriesChart::outcomes(QWidget* parent)
{
    return new TimeSeriesChart(
        tr("Delivered, bounced, deferred"),
        tr("Letters so far: in the mailbox, sent back, or waiting to try again."),
        //: A chart's vertical axis: the number of letters so far.
        tr("so far"),
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
        tr("DNS cache hit rate"),
        tr("How often a post office knew the address already, without asking the directory."),
        //: A chart's vertical axis: the share of DNS questions answered from memory, in per cent.
        tr("cached (%)"),
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
