#pragma once
// A line chart over the run's time: one line per column of the series (queues, letters in
// flight, outcomes, the DNS cache hit rate). The x axis spans the whole run as far as it has
// been worked out, the y axis the whole run's highest value, so nothing jumps while playing;
// the lines are drawn up to the playback time, where a dark "now" line stands.
#include "charts/chart_panel.h"

#include <QColor>

#include <functional>
#include <optional>
#include <vector>

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
};

class TimeSeriesChart : public ChartPanel {
    Q_OBJECT
public:
    using Columns = std::function<std::vector<TimeColumn>(const ChartSnapshot&)>;
    // Lines on screen keep at most 2 · kBuckets points (thinMinMax).
    static constexpr int kBuckets = 1000;

    TimeSeriesChart(const QString& title, const QString& yTitle, Columns columns, std::optional<double> yMax = {},
                    QWidget* parent = nullptr);

    void showAt(const std::shared_ptr<const ChartSnapshot>& snapshot, std::int64_t nowUs) override;
    std::int64_t timeAt(QPointF viewPos) const override;

    // The lines as drawn (the "now" line apart), and the x axis unit in seconds.
    std::vector<QLineSeries*> lines() const { return m_lines; }
    double unitSeconds() const { return m_unit; }
    double nowLineX() const;

    // The four time charts of the dashboard.
    static TimeSeriesChart* queues(QWidget* parent = nullptr);
    static TimeSeriesChart* inFlight(QWidget* parent = nullptr);
    static TimeSeriesChart* outcomes(QWidget* parent = nullptr);
    static TimeSeriesChart* dnsHitRate(QWidget* parent = nullptr);

private:
    void rebuild(const ChartSnapshot& snapshot);
    void fill(const ChartSnapshot& snapshot, std::size_t shown);

    Columns m_columnsOf;
    std::optional<double> m_fixedYMax;
    std::vector<TimeColumn> m_columns;
    std::vector<QLineSeries*> m_lines;
    QLineSeries* m_nowLine;
    QValueAxis* m_x;
    QValueAxis* m_y;
    std::shared_ptr<const ChartSnapshot> m_snapshot;
    std::size_t m_shown = 0;
    bool m_filled = false;
    double m_unit = 1;
    double m_xMax = 0;
};

// The x axis unit for a run of this length: seconds, minutes, hours or days, and its name.
double timeUnitSeconds(std::int64_t runUs);
QString timeUnitName(double unitSeconds);

} // namespace postie::gui
