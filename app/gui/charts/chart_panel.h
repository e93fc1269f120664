#pragma once
// One chart of the dashboard: a QChartView that shows a ChartSnapshot at the playback time,
// keeps what it shows as a ChartTable, saves itself as PNG and its table as CSV (right-click),
// and on a click asks the app to move to the moment under the mouse (charts with a time axis).
#include "charts/chart_table.h"

#include <QChartView>

#include <memory>

namespace postie::gui {

struct ChartSnapshot;

class ChartPanel : public QChartView {
    Q_OBJECT
public:
    explicit ChartPanel(const QString& title, QWidget* parent = nullptr);

    // Draws `snapshot` as it stands at `nowUs` (data up to then, the axes for the whole run).
    virtual void showAt(const std::shared_ptr<const ChartSnapshot>& snapshot, std::int64_t nowUs) = 0;
    // The simulated time at a point of the view, or -1 where the chart has no time axis.
    virtual std::int64_t timeAt(QPointF viewPos) const;

    QString title() const { return m_title; }
    const ChartTable& table() const { return m_table; }
    bool savePng(const QString& path);
    bool saveCsv(const QString& path) const;

signals:
    void seekRequested(qint64 timeUs);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    // A file name for the export dialogs: the title in lower case, dashes for spaces.
    QString fileStem() const;

    ChartTable m_table;

private:
    QString m_title;  // the chart's own title may carry a legend too
};

} // namespace postie::gui
