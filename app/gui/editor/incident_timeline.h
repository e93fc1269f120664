#pragma once
// The incidents on a small timeline above their table: one lane per station or road, a mark
// where each goes down (red) or comes back up (green), a bar for as long as it stays down. A
// click on a mark selects that incident, as a row of the table does.
#include <QWidget>

#include <string>
#include <vector>

namespace postie::gui {

class TownEditor;

// A written duration ("10m", "1h") in seconds, or `otherwise` when it does not read: the
// timeline and the incidents' table order by it.
double writtenSeconds(const std::string& written, double otherwise);

class IncidentTimeline : public QWidget {
    Q_OBJECT
public:
    explicit IncidentTimeline(TownEditor& editor, QWidget* parent = nullptr);

    struct Mark {
        int index = 0;       // in the file's incidents:, from 0
        QString target;      // the station, or "a – b" for a road
        double atS = 0;
        double forS = 0;     // 0: until another incident
        bool down = true;
    };
    const std::vector<Mark>& marks() const { return m_marks; }
    // Where mark `i` is drawn (for tests and clicks).
    QRectF markRect(std::size_t i) const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    void reread();
    double xOf(double seconds) const;
    int laneOf(const QString& target) const;

    TownEditor& m_editor;
    std::vector<Mark> m_marks;
    QStringList m_lanes;
    double m_spanS = 600;
};

} // namespace postie::gui
