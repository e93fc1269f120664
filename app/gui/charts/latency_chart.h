#pragma once
// How long the letters delivered so far took, from writing to the recipient's mailbox (the
// summary's latency), as a histogram with bins of 1, 2, 5 per decade: a retry after a server
// was down shows as a second hill far to the right. The bins span the whole run's letters.
#include "charts/chart_panel.h"

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace postie::gui {

class LatencyChart : public ChartPanel {
    Q_OBJECT
public:
    explicit LatencyChart(QWidget* parent = nullptr);
    void showAt(const std::shared_ptr<const ChartSnapshot>& snapshot, std::int64_t nowUs) override;
    QBarSet* bars() const { return m_bars; }

    static QString binLabel(int bin);

private:
    void rebuild(const ChartSnapshot& snapshot);

    QBarSet* m_bars;
    QBarCategoryAxis* m_x;
    QValueAxis* m_y;
    std::shared_ptr<const ChartSnapshot> m_snapshot;
    int m_firstBin = 0, m_lastBin = -1;
    std::size_t m_shown = std::size_t(-1);
};

} // namespace postie::gui
