#pragma once
// Where the letters' time went on their way, window by window of the town's clock: of all the
// time letters spent between writing and arriving in the recipient's mailbox, the share spent
// waiting in a queue (or for the next try), asking the postal-code directory (DNS), and at a
// post office or on the road (SMTP dialogues, service, roads) (LetterTimeRecorder). The time a
// letter then sits in the mailbox until its reader fetches it is not part of the delivery and
// is left out, so a queue at rush hour stands out. Windows after the playback time stay empty.
#include "charts/chart_panel.h"

#include <array>
#include <utility>
#include <vector>

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace postie::gui {

class TimeSplitChart : public ChartPanel {
    Q_OBJECT
public:
    static constexpr int kParts = 3;
    static constexpr int kMostWindows = 8;

    explicit TimeSplitChart(QWidget* parent = nullptr);
    void showAt(const std::shared_ptr<const ChartSnapshot>& snapshot, std::int64_t nowUs) override;
    std::int64_t timeAt(QPointF viewPos) const override;
    const std::array<QBarSet*, kParts>& bars() const { return m_bars; }
    // The windows as [from, to) in microseconds of the run, each starting at a round time of the
    // town's clock (the first at the start), and their labels.
    const std::vector<std::pair<std::int64_t, std::int64_t>>& windows() const { return m_windows; }
    QStringList windowLabels() const;

protected:
    void fitToSize() override;

private:
    void fill();

    std::array<QBarSet*, kParts> m_bars{};
    QBarCategoryAxis* m_x;
    QValueAxis* m_y;
    std::shared_ptr<const ChartSnapshot> m_snapshot;
    std::int64_t m_nowUs = 0;
    std::vector<std::pair<std::int64_t, std::int64_t>> m_windows;
    int m_mostWindows = 0;
    std::ptrdiff_t m_shown = -1;
};

} // namespace postie::gui
