#pragma once
// Where the letters' time went, window by window of the run: of all the time letters spent in
// the post, the share spent waiting in a queue (or for the next try), asking the postal-code
// directory (DNS), on the way (SMTP dialogues and roads) and waiting in a mailbox until the
// reader fetched it (LetterTimeRecorder). Windows after the playback time stay empty.
#include "charts/chart_panel.h"

#include <array>

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace postie::gui {

class TimeSplitChart : public ChartPanel {
    Q_OBJECT
public:
    static constexpr int kWindows = 8;

    explicit TimeSplitChart(QWidget* parent = nullptr);
    void showAt(const std::shared_ptr<const ChartSnapshot>& snapshot, std::int64_t nowUs) override;
    std::int64_t timeAt(QPointF viewPos) const override;
    const std::array<QBarSet*, 4>& bars() const { return m_bars; }

private:
    std::array<QBarSet*, 4> m_bars{};
    QBarCategoryAxis* m_x;
    QValueAxis* m_y;
    std::shared_ptr<const ChartSnapshot> m_snapshot;
    std::ptrdiff_t m_shown = -1;
};

} // namespace postie::gui
