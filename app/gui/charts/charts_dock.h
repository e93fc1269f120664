#pragma once
// The dashboard: six charts in a dock, following the playback clock in step with the map (play,
// step, step back, scrubbing). Each chart shows the run up to the playback time against axes
// that span the whole run, with a "now" line; a click on a chart moves the app to that moment.
#include <QDockWidget>

#include <vector>

class QGridLayout;

namespace postie::gui {

class ChartPanel;
class LatencyChart;
class ScenarioPlayer;
class TimeSeriesChart;
class TimeSplitChart;

class ChartsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ChartsDock(ScenarioPlayer& player, QWidget* parent = nullptr);

    const std::vector<ChartPanel*>& panels() const { return m_panels; }
    TimeSeriesChart& queues() const { return *m_queues; }
    TimeSeriesChart& inFlight() const { return *m_inFlight; }
    TimeSeriesChart& outcomes() const { return *m_outcomes; }
    TimeSeriesChart& dnsHitRate() const { return *m_dns; }
    LatencyChart& latency() const { return *m_latency; }
    TimeSplitChart& timeSplit() const { return *m_split; }

    // Draws the open run at the clock's time; does nothing while the dock is hidden.
    void refresh();

signals:
    void seekRequested(qint64 timeUs);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // As many columns of charts as the dock's width holds (three in a wide one, one in the
    // column beside the map), so they are never squeezed below their size.
    void reflow();

    ScenarioPlayer& m_player;
    TimeSeriesChart* m_queues;
    TimeSeriesChart* m_inFlight;
    TimeSeriesChart* m_outcomes;
    TimeSeriesChart* m_dns;
    LatencyChart* m_latency;
    TimeSplitChart* m_split;
    std::vector<ChartPanel*> m_panels;
    QGridLayout* m_grid = nullptr;
    int m_columns = 0;
};

} // namespace postie::gui
