#pragma once
// How long the letters delivered so far took, from writing to the recipient's mailbox (the
// summary's latency), as a histogram of lying bars with spans a reader knows ("under 1 s",
// "1–10 s", "10 s–1 min", ...), the quickest at the top: a retry after a server was down shows
// as a second group further down. The bins span the whole run's letters.
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
    QBarCategoryAxis& binAxis() const { return *m_x; }
    QValueAxis& countAxis() const { return *m_y; }

protected:
    void fitToSize() override;

private:
    void rebuild(const ChartSnapshot& snapshot);

    QBarSet* m_bars;
    QBarCategoryAxis* m_x;
    QValueAxis* m_y;
    std::shared_ptr<const ChartSnapshot> m_snapshot;
    int m_firstBin = 0, m_lastBin = -1;
    double m_top = 1;  // the most letters in a bin over the whole run
    double m_shownTop = 0;
    int m_ticks = 0;
    std::size_t m_shown = std::size_t(-1);
};

} // namespace postie::gui
