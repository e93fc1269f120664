#pragma once
// What the trace has told about one station up to a moment: the letters in its depot, those
// waiting for their next round, its DNS cache (a resolver), its PO boxes (a mailbox store) and
// its counters. A plain fold over the station's records in trace order (where it acts or
// answers), so forward playback only adds records and a step back folds again.
#include "replay/snooper_remark.h"
#include "trace/trace_record.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace postie::gui {

struct DepotLetter {
    std::string message;
    std::int64_t sinceUs = 0;
    std::string reason;  // empty: waits for a clerk; else for a free lane
};

struct RetryLetter {
    std::string message;
    std::string recipient;
    std::string reason;
    std::int64_t deferredUs = 0;
    std::int64_t retryUs = 0;
};

struct CacheEntry {
    std::string name;
    DnsType qtype = DnsType::MX;
    DnsRcode rcode = DnsRcode::NoError;
    std::vector<std::string> records;
    std::int64_t storedUs = 0;
    std::int64_t expiresUs = 0;  // as the resolver decided (the record's cache_expires_us)
    std::uint64_t hits = 0;  // answers served from this entry
};

struct BoxLetter {
    std::string message;
    std::string from;
    std::string subject;
    std::int64_t sizeBytes = 0;
    std::int64_t storedUs = 0;
    std::string fetchedBy;  // the device that has fetched it, when one has
    std::int64_t fetchedUs = -1;
    std::optional<MailAccess> fetchedHow;  // POP3 (downloaded) or IMAP (a copy read, marked \Seen)
    bool junk = false;  // filed in the Junk folder (DMARC quarantine)
};

// What a snooper saw on the road: a letter it read (or could not), an offer to seal it tore off.
struct Overheard {
    std::int64_t timeUs = 0;
    std::string from;  // the trip's ends (letter.read), or the server and the client (tls.stripped)
    std::string to;
    SnooperRemark remark;
};

struct StationCounters {
    std::uint64_t trucksIn = 0;        // letters that arrived by road
    std::uint64_t trucksOut = 0;       // letters that left by road
    std::uint64_t served = 0;          // taken from the depot by a clerk
    std::uint64_t sessionsIn = 0;      // SMTP sessions it answered
    std::uint64_t sessionsOut = 0;     // SMTP sessions it opened
    std::uint64_t lmtpSessionsIn = 0;  // LMTP sessions (port 24, into the PO boxes) it answered
    std::uint64_t lmtpSessionsOut = 0; // LMTP sessions it opened
    std::uint64_t replies2xx = 0, replies4xx = 0, replies5xx = 0;  // replies it gave
    std::uint64_t refusedConnections = 0;  // its own attempts nobody answered
    std::uint64_t deferrals = 0;
    std::uint64_t notices = 0;         // "return to sender" and "still trying" notices written
    std::uint64_t stored = 0;          // letters put in its PO boxes
    std::uint64_t fetched = 0;         // letters fetched from them
    std::uint64_t removed = 0;         // letters taken home by POP3 and removed at QUIT
    std::uint64_t delivered = 0, bounced = 0, expired = 0, discarded = 0;  // final outcomes here
    std::uint64_t dnsAnswered = 0, cacheHits = 0, cacheMisses = 0;  // a resolver
    std::uint64_t dnsAsked = 0;        // questions it asked a resolver
};

class StationStory {
public:
    explicit StationStory(std::string id) : m_id(std::move(id)) {}

    // The station's records (where it is the station or the peer), in trace order.
    void apply(const TraceRecord& record);

    const std::string& id() const { return m_id; }
    bool closed() const { return m_closed; }
    // In the order they came in (by the seq of their queue.enter).
    const std::map<std::uint64_t, DepotLetter>& depot() const { return m_depot; }
    // Letters deferred here whose next attempt is still ahead at `timeUs`, soonest first.
    std::vector<RetryLetter> waitingAt(std::int64_t timeUs) const;
    // By (name, type); an entry stays after it expires, as the resolver keeps it until asked again.
    const std::map<std::pair<std::string, DnsType>, CacheEntry>& cache() const { return m_cache; }
    // Each user's letters in the box now, oldest first: a letter a POP3 device has taken home
    // has left it (mailbox.removed).
    const std::map<std::string, std::vector<BoxLetter>>& mailboxes() const { return m_boxes; }
    const StationCounters& counters() const { return m_counters; }
    // A snooper's: what it read and tore off, oldest first.
    const std::vector<Overheard>& overheard() const { return m_overheard; }

private:
    std::vector<Overheard> m_overheard;
    std::string m_id;
    bool m_closed = false;
    std::map<std::uint64_t, DepotLetter> m_depot;
    std::unordered_map<std::string, std::uint64_t> m_depotKey;  // message -> its key in m_depot
    std::map<std::pair<std::string, std::string>, RetryLetter> m_retries;  // (message, recipient)
    std::map<std::pair<std::string, DnsType>, CacheEntry> m_cache;
    std::map<std::string, std::vector<BoxLetter>> m_boxes;
    std::map<std::pair<std::string, std::string>, std::size_t> m_boxIndex;  // (mailbox, message) -> letter
    StationCounters m_counters;
};

} // namespace postie::gui
