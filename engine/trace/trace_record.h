#pragma once
// One trace event as consumers see it. Only the fields its type uses are set; the JSON
// writer leaves the rest out. Records carry departure and arrival times so a viewer can
// place a truck at any instant without asking the engine.
#include "sim/sim_time.h"
#include "trace/event_type.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

namespace postie {

struct TraceRecord {
    SimTime time;
    std::uint64_t seq = 0;  // position in the trace, from 0
    EventType type = EventType::MessageCreated;
    std::string station;    // where it happens
    std::string message;    // "m1", when a message is involved
    std::string peer;       // the other side of a dialogue
    // road.depart / road.arrive / smtp.command / smtp.reply / smtp.connect: the trip
    std::string from;
    std::string to;
    std::int64_t arriveUs = -1;
    std::int64_t departUs = -1;
    // The stations the words or the truck pass, both ends included, in the direction of travel,
    // comma separated (a station id has no comma). On road.depart the truck's whole trip, of
    // which this road is one.
    std::string path;
    // smtp
    std::string command;
    int code = 0;
    std::string enhanced;
    std::string text;
    int port = 0;
    std::int64_t session = -1;  // smtp.connect/command/reply, connect.failed: which SMTP session (from 1)
    // dns
    std::string name;
    std::string qtype;
    std::string rcode;
    std::vector<std::string> records;
    bool cached = false;
    // queues, deferrals, outcomes
    std::int64_t queueLength = -1;
    std::string reason;
    std::int64_t retryUs = -1;
    std::string mailbox;
    std::vector<std::string> headers;
    std::vector<std::string> report;  // a bounce notice's message/delivery-status part (RFC 3464)
    std::string original;
    std::string status;
    std::string outcome;
    std::string recipient;
    std::int64_t sizeBytes = -1;

    // Back to a blank record, keeping the strings' memory: the world reuses one record for
    // every event, and this spares it an allocation per field. A new field needs a line here
    // (trace_record_test checks that clear() gives a default record).
    void clear()
    {
        time = SimTime{};
        seq = 0;
        type = EventType::MessageCreated;
        for (std::string* s : {&station, &message, &peer, &from, &to, &path, &command, &enhanced, &text, &name,
                               &qtype, &rcode, &reason, &mailbox, &original, &status, &outcome, &recipient})
            s->clear();
        arriveUs = departUs = -1;
        code = port = 0;
        session = -1;
        records.clear();
        cached = false;
        queueLength = retryUs = sizeBytes = -1;
        headers.clear();
        report.clear();
    }

    bool operator==(const TraceRecord&) const = default;
};

// The stations of a record's `path`, in order; empty when it has none.
inline std::vector<std::string> pathStations(const std::string& path)
{
    std::vector<std::string> stations;
    for (std::size_t at = 0; at < path.size();) {
        const std::size_t comma = std::min(path.find(',', at), path.size());
        stations.push_back(path.substr(at, comma - at));
        at = comma + 1;
    }
    return stations;
}

} // namespace postie
