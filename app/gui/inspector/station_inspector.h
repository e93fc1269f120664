#pragma once
// Shows a StationStory at a moment: whether it is open, its depot (queue) and the letters
// waiting for their next round, its DNS cache with the time each answer is still kept, its PO
// boxes and what is in them, and its counters. Only the parts that fit its kind.
#include "scenario/scenario_spec.h"
// After scenario_spec.h: Debian 12's moc (Qt 6.4) cannot parse <concepts> when sim_time.h comes first.
#include "replay/station_story.h"

#include "inspector/scaled_labels.h"

#include <QWidget>

class QLabel;

namespace postie {
class Narrator;
}

namespace postie::gui {

class StationInspector : public QWidget {
    Q_OBJECT
public:
    // Long lists stop here, with a line saying how many more there are.
    static constexpr int kListed = 40;

    explicit StationInspector(QWidget* parent = nullptr);

    void showStory(const StationStory& story, const StationSpec* spec, std::int64_t timeUs, const Narrator& narrator);

    QString title() const;
    QString queueText() const;
    QString dnsText() const;
    QString mailboxText() const;
    QString countersText() const;
    QString overheardText() const;  // a snooper's: what it read on the road

protected:
    void changeEvent(QEvent* event) override;

private:
    ScaledLabels m_scaled;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_queueTitle;
    QLabel* m_queue;
    QLabel* m_dnsTitle;
    QLabel* m_dns;
    QLabel* m_boxTitle;
    QLabel* m_boxes;
    QLabel* m_counters;
    QLabel* m_overheardTitle;
    QLabel* m_overheard;
};

} // namespace postie::gui
