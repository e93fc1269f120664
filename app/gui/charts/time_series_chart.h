#pragma once
// A line chart over the run's time: one line per column of the series (queues, letters in
// flight, outcomes, the DNS cache hit rate). The x axis spans the whole run as far as it has
// been worked out and reads as the town's clock, like the caption; the y axis holds the whole
// run's highest value with whole-number ticks, so nothing jumps while playing; the lines are
// drawn up to the playback time, where a dark "now" line stands.
#include "charts/chart_panel.h"

#include <QColor>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

class QCategoryAxis;
class QLineSeries;
class QValueAxis;

namespace postie {
struct SeriesSample;
}

namespace postie::gui {

struct TimeColumn {
    QString key;    // the CSV header; the name `postie-cli run --series` uses where it has the column
    QString label;  // the legend
    QColor colour;
    std::function<std::optional<double>(const SeriesSample&)> value;
    bool filled = false;  // drawn as a filled area
};

class TimeSeriesChart : public ChartPanel {
    Q_OBJECT
public:
    using Columns = std::function<std::vector<TimeColumn>(const ChartSnapshot&)>;
    // Lines on screen keep at most 2 · kBuckets points (thinMinMax).
    static constexpr int kBuckets = 1000;

    TimeSeriesChart(const QString& title, const QString& explanation, const QString& yTitle, Columns columns,
                    std::optional<double> yMax = {}, QWidget* parent = nullptr);

    void showAt(const std::shared_ptr<const ChartSnapshot>& snapshot, std::int64_t nowUs) override;
    std::int64_t timeAt(QPointF viewPos) const override;

    // The lines as drawn (the "now" line apart), and the x axis unit in seconds.
    std::vector<QLineSeries*> lines() const { return m_lines; }
    double unitSeconds() const { return m_unit; }
    double nowLineX() const;
    // The x axis labels as shown (the town's clock) and where they stand, in seconds of the run.
    QStringList xLabels() const;
    std::vector<double> xTickSeconds() const;
    QValueAxis& yAxis() const { return *m_y; }

    // The four time charts of the dashboard.
    static TimeSeriesChart* queues(QWidget* parent = nullptr);
    static TimeSeriesChart* inFlight(QWidget* parent = nullptr);
    static TimeSeriesChart* outcomes(QWidget* parent = nullptr);
    static TimeSeriesChart* dnsHitRate(QWidget* parent = nullptr);

protected:
    void fitToSize() override;

private:
    void rebuild(const ChartSnapshot& snapshot);
    void fill(const ChartSnapshot& snapshot, std::size_t shown);

    Columns m_columnsOf;
    std::optional<double> m_fixedYMax;
    std::vector<TimeColumn> m_columns;
    std::vector<QLineSeries*> m_lines;
    QLineSeries* m_nowLine;
    QCategoryAxis* m_x;
    QValueAxis* m_y;
    std::shared_ptr<const ChartSnapshot> m_snapshot;
    std::size_t m_shown = 0;
    bool m_filled = false;
    double m_unit = 1;
    double m_highest = 0;    // the whole run's highest value
    std::int64_t m_endUs = 0;  // the x axis holds the run up to here
    // What the axes show now, to redo them only when it changes.
    int m_yTicks = 0;
    double m_yTop = -1;
    QStringList m_xLabels;
    std::int64_t m_axisEndUs = -1;
    double m_xUnit = 0;
};

// The x axis unit for a run of this length: seconds, minutes, hours or days, and its name.
double timeUnitSeconds(std::int64_t runUs);
QString timeUnitName(double unitSeconds);

} // namespace postie::gui
