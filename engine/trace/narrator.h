#pragma once
// Tells each trace event in plain words, with the postal picture beside the protocol word:
// "The post office asks the postal-code directory which sorting station serves example.org
// (DNS MX query)". The CLI's narration and the app's caption bar both come from here.
#include "trace/trace_record.h"

#include <map>
#include <optional>
#include <string>

namespace postie {

struct StationInfo {
    std::string kind;   // "client", "outgoing", ... (scenario words)
    std::string label;  // "Alice's laptop"; may be empty
};

class Narrator {
public:
    Narrator(std::map<std::string, StationInfo> stations, std::optional<std::int64_t> startEpoch);

    // One sentence for a record; empty when the record is too small to tell (a truck passing
    // a junction).
    std::string tell(const TraceRecord& record) const;
    // "09:00:00.031" (with "day N " in front after the first day).
    std::string clock(SimTime t) const;
    // "Wed 14 Jul 2010, 09:00:00.031" when the scenario has a `start:`; else clock(t).
    std::string dateAndTime(SimTime t) const;
    // The date a header line of the run shows for t, as the engine writes it: "Wed, 14 Jul
    // 2010 09:00:00 +0000" (from 2000-01-01 without a `start:`).
    std::string rfc5322Date(SimTime t) const;
    // "the post office (smtp.sender.test)"
    std::string place(const std::string& stationId) const;

private:
    std::string sentence(const TraceRecord& record) const;
    std::map<std::string, StationInfo> m_stations;
    std::optional<std::int64_t> m_startEpoch;
};

} // namespace postie
