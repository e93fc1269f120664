#include "replay/record_index.h"

namespace postie::gui {
namespace {
const RecordIndex::Positions kNone;
}

void RecordIndex::reset()
{
    m_indexed = 0;
    m_messages.clear();
    m_stations.clear();
    m_lastMessage = {{}, nullptr};
    m_lastStation = {{}, nullptr};
}

RecordIndex::Positions& RecordIndex::list(std::unordered_map<std::string, Positions>& map, const std::string& key,
                                          std::pair<std::string, Positions*>& last)
{
    if (last.second && last.first == key) return *last.second;
    Positions& found = map[key];  // a node's value stays where it is when the map grows
    last = {key, &found};
    return found;
}

void RecordIndex::add(const std::string& station, const std::string& message, const std::string& peer,
                      const std::string& original, std::uint32_t position)
{
    if (!message.empty()) list(m_messages, message, m_lastMessage).push_back(position);
    // A "return to sender" notice is part of the bounced letter's story too.
    if (!original.empty() && original != message) m_messages[original].push_back(position);
    if (!station.empty()) list(m_stations, station, m_lastStation).push_back(position);
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
