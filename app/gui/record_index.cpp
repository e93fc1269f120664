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

void RecordIndex::add(const std::string& message, const std::string& original, const std::string& station,
                      const std::string& peer, std::uint32_t position)
{
    if (!message.empty()) m_messages[message].push_back(position);
    // A "return to sender" notice is part of the bounced letter's story too.
    if (!original.empty() && original != message) m_messages[original].push_back(position);
    if (!station.empty()) m_stations[station].push_back(position);
    if (!peer.empty() && peer != station) m_stations[peer].push_back(position);
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
