#pragma once
// The letter's journey on a small horizontal timeline: one dot per station it reached, in
// order, with the time it got there; the road it is on now drawn as far as the truck has come.
// It only paints what it is given.
#include <QString>
#include <QVector>
#include <QWidget>

namespace postie::gui {

class JourneyTimeline : public QWidget {
    Q_OBJECT
public:
    struct Stop {
        QString station;
        QString time;  // when the letter got there (or was written there)
        QString mark;  // a short word under it: "waits", "PO box", "returned"
        bool operator==(const Stop&) const = default;
    };

    explicit JourneyTimeline(QWidget* parent = nullptr);

    // `reached` stops are behind the letter; `progress` (0..1) is how far along the road to
    // the next stop it is, or negative when it is not on the road.
    void setJourney(const QVector<Stop>& stops, int reached, double progress);
    const QVector<Stop>& stops() const { return m_stops; }
    int reached() const { return m_reached; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QVector<Stop> m_stops;
    int m_reached = 0;
    double m_progress = -1;
};

} // namespace postie::gui
