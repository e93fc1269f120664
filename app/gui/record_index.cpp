#include "record_index.h"

namespace postie::gui {
namespace {
const RecordIndex::Positions kNone;
}

void RecordIndex::reset()
{
    m_indexed = 0;
    m_messages.clear();
    m_stations.clear();
}

void RecordIndex::add(const TraceRecord& record, std::uint32_t position)
{
    if (!record.message.empty()) m_messages[record.message].push_back(position);
    // A "return to sender" notice is part of the bounced letter's story too.
    if (!record.original.empty() && record.original != record.message) m_messages[record.original].push_back(position);
    if (!record.station.empty()) m_stations[record.station].push_back(position);
    if (!record.peer.empty() && record.peer != record.station) m_stations[record.peer].push_back(position);
}

const RecordIndex::Positions& RecordIndex::message(const std::string& id) const
{
    const auto it = m_messages.find(id);
    return it == m_messages.end() ? kNone : it->second;
}

const RecordIndex::Positions& RecordIndex::station(const std::string& id) const
{
    const auto it = m_stations.find(id);
    return it == m_stations.end() ? kNone : it->second;
}

} // namespace postie::gui
