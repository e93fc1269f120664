#pragma once
// Failures loud: what went wrong where, as the map marks it. A refused connection, a connect
// timeout, a 4xx or 5xx reply, NXDOMAIN (or SERVFAIL), a deferral, a bounce and a "still
// trying" warning each leave a mark at the station concerned that stays a few seconds of wall
// time (the player chooses the window); and a station in trouble (closed, refusing, not
// answering, saying "try later", holding letters for a later round) stays marked until it
// recovers. Both are folded from the records (TownState), so a step back takes them away.
// A mark says what is going on now: once the letter it concerns is delivered, or has moved on
// from where it waited while the marked station is well again, the mark goes.
#include "trace/trace_record.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace postie::gui {

struct FailureMark {
    enum class Kind {
        Refused,       // connection refused: the door is shut
        NoAnswer,      // connection timed out: nobody opens
        TryLater,      // a 4xx reply (or SERVFAIL): not now
        Rejected,      // a 5xx reply: not ever
        NoSuchDomain,  // NXDOMAIN: no such postal code
        Deferred,      // the letter waits for the next round
        Returned,      // stamped "return to sender" (a bounce)
        StillTrying,   // a "still trying" warning to the writer
    };
    Kind kind = Kind::Refused;
    // The protocol word behind it: the reply code ("421", "550") or the rcode ("NXDOMAIN",
    // "SERVFAIL"); empty for the others. The map turns it into words.
    std::string word;
    std::int64_t atUs = 0;  // when it happened
    double age = 0;         // in a frame: 0 when it happens, 1 when it is gone
    std::string message;    // the letter it concerns; empty for a directory's answer
    std::string holder;     // the station where that letter waits meanwhile

    bool operator==(const FailureMark&) const = default;
};

inline constexpr std::array kFailureKinds{
    FailureMark::Kind::Refused,      FailureMark::Kind::NoAnswer, FailureMark::Kind::TryLater,
    FailureMark::Kind::Rejected,     FailureMark::Kind::NoSuchDomain, FailureMark::Kind::Deferred,
    FailureMark::Kind::Returned,     FailureMark::Kind::StillTrying};

// For good (red) or for now (amber): a refused door, a refusal for good, a name that does not
// exist and a letter returned are red; the rest will be tried again.
bool forGood(FailureMark::Kind kind);

// The station a record marks and its mark (age 0), if the record is a failure.
struct PlacedFailure {
    std::string station;
    FailureMark mark;
};
std::optional<PlacedFailure> failureOf(const TraceRecord& record);

// A station in trouble, worst first. Closed comes from station.down; Refusing and NoAnswer
// from connect.failed (until the station answers again or opens); Busy from a 4xx reply (until
// it takes a letter again); Deferring from letters it holds for a later round.
enum class Trouble { None, Closed, Refusing, NoAnswer, Busy, Deferring };

} // namespace postie::gui
