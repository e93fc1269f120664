#pragma once
// What a run came to, counted from its records for the summary shown when the playback
// reaches the end: letters sent, delivered, put off, returned to sender; how long it took; and
// the incidents on the way (stations and roads closed and opened). The counts are the run
// summary's (`postie-cli run --summary`): recipient copies, bounce notices among them.
#include "trace/trace_record.h"
#include "trace/trace_store.h"

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace postie::gui {

struct RunRecap {
    std::uint64_t created = 0;    // recipient copies written, notices included (summary "created")
    std::uint64_t notices = 0;    // of which "return to sender" and delay notices
    std::uint64_t delivered = 0;  // copies delivered, notices included (summary "delivered")
    std::uint64_t noticesDelivered = 0;  // of which notices: put in the sender's own PO box
    std::uint64_t bounced = 0;    // returned to sender
    std::uint64_t discarded = 0;
    std::uint64_t expired = 0;
    std::uint64_t inFlight = 0;   // still on their way when the run ends
    std::uint64_t deferrals = 0;  // times a copy was put off till a later round (summary "deferrals")
    std::uint64_t deferredLetters = 0;  // copies put off at least once
    std::uint64_t doorsShut = 0;  // connection attempts refused or timed out
    std::int64_t lastUs = 0;      // the time of the last record: the run's end
    std::int64_t settledUs = 0;   // when the last copy found its end (message.final)
    std::int64_t lastCheckUs = 0; // the last time a reader's device looked in its PO box
    // Stations and roads closed and opened, in the run's order (the scenario's incidents and
    // the ones made by hand).
    std::vector<TraceRecord> incidents;

    std::uint64_t sent() const { return created - notices; }  // written by the town's writers
    // Of the letters the writers sent, those delivered: a notice coming home is no letter
    // reaching its reader, so the class sees "1 sent, 0 delivered, 1 returned".
    std::uint64_t lettersDelivered() const { return delivered - noticesDelivered; }
    // How long the story took: until the last copy found its end, or, with letters still on
    // their way, the whole run.
    std::int64_t tookUs() const { return inFlight == 0 && settledUs > 0 ? settledUs : lastUs; }

    static RunRecap of(const TraceView& records);
    // "0.8 s", "12 s", "5 min 3 s", "1 h 20 min", "2 d 3 h": a span of simulated time, rounded
    // as a person says it, in the UI language.
    static QString duration(std::int64_t us);
};

} // namespace postie::gui
