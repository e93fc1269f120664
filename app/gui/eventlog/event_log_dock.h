#pragma once
// The event log (View > Event log, Ctrl+L): every event of the run with its time, in a table
// that narrows to one event type, one station and one letter. The row the playback has
// reached is highlighted and kept in view; a click (or Enter) on a row moves the whole app to
// that event's moment.
#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace postie {
struct ScenarioSpec;
}

namespace postie::gui {

class EventLogFilter;
class EventLogModel;
class ScenarioPlayer;
class ScenarioSession;
struct TownFrame;

class EventLogDock : public QDockWidget {
    Q_OBJECT
public:
    explicit EventLogDock(ScenarioPlayer& player, QWidget* parent = nullptr);

    EventLogModel& model() { return *m_model; }
    EventLogFilter& filter() { return *m_filter; }
    QTableView* table() const { return m_table; }
    QComboBox* typeBox() const { return m_type; }
    QComboBox* stationBox() const { return m_station; }
    QLineEdit* messageField() const { return m_message; }

private:
    void onOpened(const postie::ScenarioSpec& spec);
    void onProgress();
    void onFrame(const postie::gui::TownFrame& frame);
    void seekTo(const QModelIndex& proxyIndex);
    void showCursor(std::size_t cursor);
    void keepCurrentInView();
    void fitStory();
    void showCount();

    ScenarioPlayer& m_player;
    EventLogModel* m_model;
    EventLogFilter* m_filter;
    QComboBox* m_type;
    QComboBox* m_station;
    QLineEdit* m_message;
    QLabel* m_count;
    QTableView* m_table;
    const ScenarioSession* m_session = nullptr;  // which run the model shows (compared, never read)
};

} // namespace postie::gui
