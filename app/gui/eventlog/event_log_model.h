#pragma once
// Every record of the run as a table row: time (the app's clock), event type, station,
// message, and the Narrator's sentence. Rows are formatted only when the view asks for them
// (the visible ones), so a run of 200,000 records costs nothing until it is looked at; the
// model grows as the run streams in. The record the playback has reached is highlighted.
#include "trace/event_type.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>
#include <string>

namespace postie::gui {

class ScenarioPlayer;

class EventLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Type, Station, Message, Story, ColumnCount };

    explicit EventLogModel(const ScenarioPlayer& player, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Starts again from the player's current run (a file opened, a run redone).
    void reset();
    // Takes in the records that arrived since the last call.
    void grow();
    // The row of the record the playback has reached (cursor - 1), or -1 before the first.
    void setCurrentRow(int row);
    int currentRow() const { return m_current; }

    // For the filter: the record's own fields, without formatting.
    bool matches(int row, std::optional<EventType> type, const std::string& station, const std::string& message) const;

private:
    const ScenarioPlayer& m_player;
    int m_rows = 0;
    int m_current = -1;
};

// Narrows the log to one event type, one station and one message (each optional). The
// message matches its id exactly ("m1" is not "m12"), or a bounce notice about it.
class EventLogFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit EventLogFilter(EventLogModel* log, QObject* parent = nullptr);

    void setType(std::optional<EventType> type);
    void setStation(const QString& station);
    void setMessage(const QString& message);

    // The visible row of the record at `sourceRow`, or of the last visible one before it; -1.
    int proxyRowAtOrBefore(int sourceRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    EventLogModel* m_log;
    std::optional<EventType> m_type;
    std::string m_station;  // as the records have them, so filtering 200,000 rows converts nothing
    std::string m_message;
};

} // namespace postie::gui
