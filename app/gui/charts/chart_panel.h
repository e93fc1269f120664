#pragma once
// One chart of the dashboard: a QChartView that shows a ChartSnapshot at the playback time,
// keeps what it shows as a ChartTable, saves itself as PNG and its table as CSV (right-click),
// and on a click asks the app to move to the moment under the mouse (charts with a time axis).
// Its title says what it shows, with a line in plain words under it. A narrow chart (the dock
// column of a small window) takes a compact form: smaller type, no axis titles.
#include "charts/chart_table.h"

#include <QChartView>

#include <memory>
#include <utility>
#include <vector>

namespace postie::gui {

struct ChartSnapshot;

class ChartPanel : public QChartView {
    Q_OBJECT
public:
    ChartPanel(const QString& title, const QString& explanation, QWidget* parent = nullptr);
    // Under this width the chart is compact.
    static constexpr int kCompactWidth = 400;

    // Draws `snapshot` as it stands at `nowUs` (data up to then, the axes for the whole run).
    virtual void showAt(const std::shared_ptr<const ChartSnapshot>& snapshot, std::int64_t nowUs) = 0;
    // The simulated time at a point of the view, or -1 where the chart has no time axis.
    virtual std::int64_t timeAt(QPointF viewPos) const;

    QString title() const { return m_title; }
    QString explanation() const { return m_explanation; }
    bool compact() const { return m_compact; }
    const ChartTable& table() const { return m_table; }
    bool savePng(const QString& path);
    bool saveCsv(const QString& path) const;

signals:
    void seekRequested(qint64 timeUs);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    // The chart's own layout for its size: fonts, axis titles, tick counts (after a resize or
    // when what it shows changes).
    virtual void fitToSize() {}
    // The title, the explanation and, when given, a legend as coloured text, broken into lines
    // that fit the chart's width (Qt would cut a long title short with an ellipsis).
    void setTitleWith(const std::vector<std::pair<QColor, QString>>& keys);
    void setTitleWith() { setTitleWith(m_keys); }
    // The type of axis labels: 12 pt, 10 pt when compact.
    QFont axisFont() const;
    // The plot's width in pixels (an estimate before the chart is laid out).
    double plotWidth() const;
    double plotHeight() const;
    // A file name for the export dialogs: the title in lower case, dashes for spaces.
    QString fileStem() const;

    ChartTable m_table;

private:
    QString m_title;  // the chart's own title carries the explanation and may carry a legend too
    QString m_explanation;
    std::vector<std::pair<QColor, QString>> m_keys;
    int m_titleWidth = 0;
    bool m_compact = false;
};

} // namespace postie::gui
