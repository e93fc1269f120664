#include "eventlog/event_log_model.h"

#include "replay/event_words.h"
#include "replay/scenario_player.h"
#include "replay/scenario_session.h"

#include <QBrush>
#include <QFont>

namespace postie::gui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

const QColor kCurrent(0xFF, 0xE0, 0x8A);  // the playback's record: warm amber, dark text on it

} // namespace

EventLogModel::EventLogModel(const ScenarioPlayer& player, QObject* parent)
    : QAbstractTableModel(parent), m_player(player)
{
}

int EventLogModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_rows; }

int EventLogModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EventLogModel::data(const QModelIndex& index, int role) const
{
    const ScenarioSession* session = m_player.session();
    if (!session || !index.isValid() || index.row() >= m_rows) return {};
    const auto& records = session->records();
    if (std::size_t(index.row()) >= records.size()) return {};
    const auto& record = records[std::size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: return qs(session->narrator().clock(record.time));
        case Type: return EventWords::plain(record.type);
        case Station: return qs(record.station);
        case Message: return qs(record.message);
        case Story: return qs(session->narrator().tell(record));
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Story) return qs(session->narrator().tell(record));
    if (role == Qt::ToolTipRole && index.column() == Type) return EventWords::both(record.type);
    const bool current = index.row() == m_current;
    if (role == Qt::BackgroundRole && current) return QBrush(kCurrent);
    if (role == Qt::ForegroundRole && current) return QBrush(QColor(0x1A, 0x1A, 0x1A));
    if (role == Qt::FontRole && current) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    //: A column of the event log: when it happened, on the town's clock.
    case Time: return tr("Time");
    //: A column of the event log: what kind of event it is.
    case Type: return tr("Event");
    case Station: return tr("Station");
    //: A column of the event log: which letter (m1, m2, …).
    case Message: return tr("Letter");
    case Story: return tr("What happens");
    default: return {};
    }
}

void EventLogModel::reset()
{
    beginResetModel();
    const ScenarioSession* session = m_player.session();
    m_rows = session ? int(session->records().size()) : 0;
    m_current = -1;
    endResetModel();
}

void EventLogModel::grow()
{
    const ScenarioSession* session = m_player.session();
    const int count = session ? int(session->records().size()) : 0;
    if (count < m_rows) {
        reset();
        return;
    }
    if (count == m_rows) return;
    beginInsertRows({}, m_rows, count - 1);
    m_rows = count;
    endInsertRows();
}

void EventLogModel::setCurrentRow(int row)
{
    if (row >= m_rows) row = -1;  // the model has not caught up yet
    if (row == m_current) return;
    const int old = m_current;
    m_current = row;
    if (old >= 0) emit dataChanged(index(old, 0), index(old, ColumnCount - 1));
    if (row >= 0) emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool EventLogModel::matches(int row, std::optional<EventType> type, const std::string& station,
                            const std::string& message) const
{
    const ScenarioSession* session = m_player.session();
    if (!session || std::size_t(row) >= session->records().size()) return false;
    // Single fields, not whole records: a filter reads every row of up to two million.
    const TraceView records = session->records();
    const std::size_t i = std::size_t(row);
    if (type && records.type(i) != *type) return false;
    if (!station.empty() && records.station(i) != station) return false;
    if (!message.empty() && records.message(i) != message && records.original(i) != message) return false;
    return true;
}

EventLogFilter::EventLogFilter(EventLogModel* log, QObject* parent) : QSortFilterProxyModel(parent), m_log(log)
{
    setSourceModel(log);
}

// invalidate(), not invalidateFilter(): the latter removes and inserts the changed rows range by
// range, which over 200,000 rows takes seconds; this forgets the mapping and builds it again in
// one pass.
void EventLogFilter::setType(std::optional<EventType> type)
{
    m_type = type;
    invalidate();
}

void EventLogFilter::setStation(const QString& station)
{
    m_station = station.toStdString();
    invalidate();
}

void EventLogFilter::setMessage(const QString& message)
{
    m_message = message.trimmed().toLower().toStdString();  // ids are lower case: m1, m12
    invalidate();
}

bool EventLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    return m_log->matches(sourceRow, m_type, m_station, m_message);
}

int EventLogFilter::proxyRowAtOrBefore(int sourceRow) const
{
    // No sorting: visible rows keep the records' order, so a binary search finds it.
    int lo = 0, hi = rowCount();
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (mapToSource(index(mid, 0)).row() <= sourceRow) lo = mid + 1;
        else hi = mid;
    }
    return lo - 1;
}

} // namespace postie::gui
