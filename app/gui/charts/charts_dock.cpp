#include "charts/charts_dock.h"

#include "charts/latency_chart.h"
#include "charts/time_series_chart.h"
#include "charts/time_split_chart.h"
#include "replay/scenario_player.h"
#include "replay/scenario_session.h"

#include <QGridLayout>
#include <QScrollArea>

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
    auto* layout = new QGridLayout(grid);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(6);
    for (std::size_t i = 0; i < m_panels.size(); ++i) {
        layout->addWidget(m_panels[i], int(i / 3), int(i % 3));
        connect(m_panels[i], &ChartPanel::seekRequested, this, &ChartsDock::seekRequested);
    }
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

void ChartsDock::showEvent(QShowEvent* event)
{
    QDockWidget::showEvent(event);
    refresh();
}

} // namespace postie::gui
