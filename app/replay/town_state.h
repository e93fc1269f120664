#pragma once
// The discrete state of the town after the first N trace records: letters waiting at each
// station, closed stations and roads, what is on its way, and the outcomes so far. A plain
// fold over the records, copied freely: the timeline keeps copies as keyframes.
#include "replay/failure_mark.h"
#include "trace/trace_record.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace postie::gui {

// Something on its way from one station to another, with known departure and arrival.
struct Trip {
    enum class Kind { Truck, Wire };  // the letter itself on one road, or words of a dialogue
    Kind kind = Kind::Truck;
    std::uint64_t id = 0;  // seq of the record that sent it: unique and stable
    std::string message;
    std::string from;
    std::string to;
    std::int64_t departUs = 0;
    std::int64_t arriveUs = 0;
    std::string label;  // a wire's words: "EHLO", "250", "MX?"; the port of a knock
    EventType event = EventType::RoadDepart;  // the record that sent it
    // The stations it passes, as the engine recorded them (the record's `path`): a wire's
    // words cross all of them; a truck drives one road of that trip, from -> to.
    std::string path;
    // A truck with a letter between two servers: how anyone on the road sees it (postcard,
    // sealed envelope, locked box); unset for other trucks, which make no claim.
    std::optional<Seal> seal;

    bool operator==(const Trip&) const = default;
};

// Outcomes per recipient copy so far, as the summary counts them.
struct Tally {
    std::uint64_t delivered = 0;
    std::uint64_t bounced = 0;
    std::uint64_t discarded = 0;
    std::uint64_t expired = 0;

    bool operator==(const Tally&) const = default;
};

struct TownState {
    std::size_t applied = 0;  // how many records are folded in
    std::map<std::string, std::int64_t> queues;  // station -> letters waiting
    std::map<std::string, std::int64_t> boxes;   // mailbox store -> letters in its PO boxes
    std::set<std::string> closedStations;
    std::set<std::pair<std::string, std::string>> closedRoads;  // (a, b) with a < b
    std::map<std::uint64_t, Trip> trips;  // by id; a wire leaves once something later happens
    // Letters put off till a later round (delivery.deferred): per station, the times of their
    // next tries still ahead, sorted. Plain numbers, as keyframes copy them: a newsletter can
    // have thousands waiting.
    std::map<std::string, std::vector<std::int64_t>> retries;
    Tally tally;
    // The newest failure at each station, and the stations in trouble now besides the closed
    // ones (failure_mark.h: refusing, not answering, saying "try later").
    std::map<std::string, FailureMark> failures;
    std::map<std::string, Trouble> trouble;

    void apply(const TraceRecord& record);
    // Every field: a keyframe equals the fold it stands for only if all of it does.
    bool operator==(const TownState&) const = default;

private:
    void noteFailure(const TraceRecord& record);
    // Takes away the marks this record settles (failure_mark.h): the letter delivered, or on
    // its way again from a station that is well.
    void settleFailures(const TraceRecord& record);
};

std::pair<std::string, std::string> roadKey(const std::string& a, const std::string& b);

} // namespace postie::gui
