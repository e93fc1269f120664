#pragma once
// View > Stations and roads (Ctrl+T): the town as plain text, for a screen reader or anyone
// who would rather read than look: each station with its kind and label, each road with its
// two ends and how long a letter takes along it. One list item a line, each with the same
// words as its accessible text.
#include <QDockWidget>

class QListWidget;

namespace postie {
struct ScenarioSpec;
struct StationSpec;
}

namespace postie::gui {

class TownListDock : public QDockWidget {
    Q_OBJECT
public:
    explicit TownListDock(QWidget* parent = nullptr);

    void showTown(const ScenarioSpec& spec);
    QStringList lines() const;  // what the list says, top to bottom

    // "Post office, outgoing SMTP server (MSA): Sender's post office, smtp.sender.test"
    static QString stationLine(const StationSpec& station);

private:
    QListWidget* m_list;
};

} // namespace postie::gui
