#include "charts/charts_dock.h"

#include "charts/latency_chart.h"
#include "charts/time_series_chart.h"
#include "charts/time_split_chart.h"
#include "replay/scenario_player.h"
#include "replay/scenario_session.h"

#include <QGridLayout>
#include <QScrollArea>

#include <algorithm>

namespace postie::gui {

ChartsDock::ChartsDock(ScenarioPlayer& player, QWidget* parent)
    : QDockWidget(tr("Charts"), parent),
      m_player(player),
      m_queues(TimeSeriesChart::queues()),
      m_inFlight(TimeSeriesChart::inFlight()),
      m_outcomes(TimeSeriesChart::outcomes()),
      m_dns(TimeSeriesChart::dnsHitRate()),
      m_latency(new LatencyChart),
      m_split(new TimeSplitChart)
{
    setObjectName(QStringLiteral("chartsDock"));
    m_panels = {m_queues, m_inFlight, m_outcomes, m_latency, m_split, m_dns};
    const char* names[] = {"queues", "inFlight", "outcomes", "latency", "timeSplit", "dnsHitRate"};
    for (std::size_t i = 0; i < m_panels.size(); ++i) m_panels[i]->setObjectName(QString::fromLatin1(names[i]));
    auto* grid = new QWidget;
    m_grid = new QGridLayout(grid);
    m_grid->setContentsMargins(4, 4, 4, 4);
    m_grid->setSpacing(6);
    for (ChartPanel* panel : m_panels) {
        connect(panel, &ChartPanel::seekRequested, this, &ChartsDock::seekRequested);
        panel->setAccessibleName(panel->title());  // what a screen reader calls the chart
    }
    reflow();
    auto* scroll = new QScrollArea;
    scroll->setWidget(grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    setWidget(scroll);

    connect(&m_player, &ScenarioPlayer::frameChanged, this, &ChartsDock::refresh);
    connect(&m_player, &ScenarioPlayer::progressed, this, &ChartsDock::refresh);
}

void ChartsDock::refresh()
{
    const ScenarioSession* session = m_player.session();
    if (!session || !isVisible()) return;
    const auto snapshot = session->charts().snapshot();
    const std::int64_t now = m_player.clock().timeUs();
    for (ChartPanel* panel : m_panels) panel->showAt(snapshot, now);
}

void ChartsDock::reflow()
{
    const int panelWidth = m_panels.front()->minimumWidth() + m_grid->spacing();
    const int columns = std::clamp(width() / std::max(1, panelWidth), 1, 3);
    if (columns == m_columns) return;
    m_columns = columns;
    for (ChartPanel* panel : m_panels) m_grid->removeWidget(panel);
    for (std::size_t i = 0; i < m_panels.size(); ++i) m_grid->addWidget(m_panels[i], int(i) / columns, int(i) % columns);
}

void ChartsDock::resizeEvent(QResizeEvent* event)
{
    QDockWidget::resizeEvent(event);
    reflow();
}

void ChartsDock::showEvent(QShowEvent* event)
{
    QDockWidget::showEvent(event);
    refresh();
}

} // namespace postie::gui
