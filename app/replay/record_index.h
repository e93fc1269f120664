#pragma once
// Where each message's and each station's records are in the run: positions, grown as records
// arrive, so an inspector folds only its own few records instead of scanning the whole run on
// every frame. It keeps positions, never records: the session may store them as it likes.
#include "trace/trace_record.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace postie::gui {

class RecordIndex {
public:
    using Positions = std::vector<std::uint32_t>;

    void reset();
    // Indexes the records not yet seen. Works with whatever container the session keeps, as
    // long as it has size() and operator[]; fewer records than before means another run.
    template <class Records>
    void update(const Records& records)
    {
        const std::size_t count = records.size();
        if (count < m_indexed) reset();
        for (std::size_t i = m_indexed; i < count; ++i) {
            if constexpr (requires { records.station(i); records.message(i); records.peer(i); records.original(i); }) {
                // A store that reads single fields: no whole record built (two million of them
                // on a long run).
                add(records.station(i), records.message(i), records.peer(i), records.original(i), std::uint32_t(i));
            } else {
                const auto& record = records[i];
                add(record.station, record.message, record.peer, record.original, std::uint32_t(i));
            }
        }
        m_indexed = count;
    }
    std::size_t indexed() const { return m_indexed; }

    // In trace order. A message's records name it; a station's are those where it acts or
    // answers (station or peer).
    const Positions& message(const std::string& id) const;
    const Positions& station(const std::string& id) const;

private:
    void add(const std::string& station, const std::string& message, const std::string& peer,
             const std::string& original, std::uint32_t position);
    // The list for `key`, remembering the last one asked for: neighbouring records mostly
    // name the same message and station.
    Positions& list(std::unordered_map<std::string, Positions>& map, const std::string& key,
                    std::pair<std::string, Positions*>& last);

    std::size_t m_indexed = 0;
    std::unordered_map<std::string, Positions> m_messages;
    std::unordered_map<std::string, Positions> m_stations;
    std::pair<std::string, Positions*> m_lastMessage{{}, nullptr};
    std::pair<std::string, Positions*> m_lastStation{{}, nullptr};
};

} // namespace postie::gui
