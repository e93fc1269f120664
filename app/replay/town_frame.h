#pragma once
// What the town shows at one moment: a pure function of (records, cursor, time). The scene,
// the caption bar and the toolbar draw nothing else, so pausing, scrubbing and stepping back
// come for free, and tests can compare two moments as plain values.
#include "replay/failure_mark.h"
#include "replay/scenario_session.h"
#include "replay/snooper_remark.h"
#include "replay/station_flash.h"
#include "replay/town_state.h"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace postie::gui {

struct TripView {
    Trip trip;
    double progress = 0;  // 0 when it leaves, 1 when it arrives
    NoticeKind notice = NoticeKind::None;

    bool operator==(const TripView&) const = default;
};

// Letters at a station waiting for their next try.
struct RetryView {
    std::int64_t waiting = 0;
    std::int64_t nextUs = 0;  // the soonest next try
    std::string nextClock;    // and when that is, on the scenario's clock
    bool operator==(const RetryView&) const = default;
};

struct TownFrame {
    std::size_t cursor = 0;  // records applied
    std::size_t recordCount = 0;  // records known so far
    std::int64_t timeUs = 0;
    std::vector<TripView> trips;  // in the order they were sent
    std::map<std::string, std::int64_t> queues;
    std::map<std::string, std::int64_t> boxes;  // mailbox store -> letters in its PO boxes
    std::set<std::string> closedStations;
    std::set<std::pair<std::string, std::string>> closedRoads;
    Tally tally;
    std::map<std::string, RetryView> retries;     // station -> letters put off till later
    std::map<std::string, StationFlash> flashes;  // station -> what it just did
    std::map<std::string, SnooperRemark> remarks;  // snooper -> what it just read or tore off
    std::map<std::string, FailureMark> failures;  // station -> what went wrong there lately
    std::map<std::string, Trouble> trouble;       // stations refusing, not answering, busy
    // The Narrator's sentence for the current record, with the others of the same moment before
    // it: events at one instant are told together, the latest few of them; captionMore says how
    // many more of that moment there were.
    std::string caption;
    std::size_t captionMore = 0;
    // A jump over quiet time: how much is skipped (0: none), and what the class is told while
    // the clock runs through it ("1 h 20 min later: the next try").
    std::int64_t skippingUs = 0;
    std::string jump;
    std::string clock;    // the Narrator's clock for timeUs
    std::string dateAndTime;  // with the scenario's date, when it has a start

    bool moving() const { return !trips.empty(); }
    // How a station is doing: closed, else its trouble, else Deferring while it holds letters
    // for a later round, else None.
    Trouble troubleAt(const std::string& station) const
    {
        if (closedStations.count(station)) return Trouble::Closed;
        if (const auto it = trouble.find(station); it != trouble.end()) return it->second;
        return retries.count(station) ? Trouble::Deferring : Trouble::None;
    }
    bool operator==(const TownFrame&) const = default;
};

} // namespace postie::gui
