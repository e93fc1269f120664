#include "trace/trace_store.h"

namespace postie {
namespace {

// Distinct strings per record, at most, before the store counts as full. Measured on the
// lessons: well under 2 (most strings are ids and protocol words that repeat).
constexpr std::size_t kStringsPerRecord = 8;

} // namespace

TraceStore::TraceStore(std::size_t maxRecords)
    : m_maxRecords(maxRecords),
      m_records(maxRecords),
      m_strings(kStringsPerRecord * maxRecords + 1),
      m_lists(maxRecords + 1)
{
    m_strings.append();  // id 0: the empty string
    m_lists.append();    // index 0: no lists
}

bool TraceStore::full() const { return m_records.size() >= m_maxRecords || m_records.full(); }

bool TraceStore::intern(const std::string& s, StringId& id)
{
    if (s.empty()) {
        id = 0;
        return true;
    }
    if (auto it = m_ids.find(s); it != m_ids.end()) {
        id = it->second;
        return true;
    }
    if (m_strings.full()) return false;
    id = static_cast<StringId>(m_strings.size());
    std::string& kept = m_strings.append();
    kept = s;
    m_ids.emplace(std::string_view(kept), id);
    return true;
}

bool TraceStore::append(const TraceRecord& r)
{
    if (full()) return false;
    const bool hasLists = !r.records.empty() || !r.headers.empty() || !r.report.empty();
    if (hasLists && m_lists.full()) return false;

    Compact c;
    c.timeUs = r.time.micros();
    c.seq = r.seq;
    c.arriveUs = r.arriveUs;
    c.departUs = r.departUs;
    c.session = r.session;
    c.queueLength = r.queueLength;
    c.retryUs = r.retryUs;
    c.sizeBytes = r.sizeBytes;
    c.code = r.code;
    c.port = static_cast<std::uint16_t>(r.port);
    c.type = static_cast<std::uint8_t>(r.type);
    c.cached = r.cached;
    const bool interned = intern(r.station, c.station) && intern(r.message, c.message) && intern(r.peer, c.peer) &&
                          intern(r.from, c.from) && intern(r.to, c.to) && intern(r.path, c.path) &&
                          intern(r.command, c.command) &&
                          intern(r.enhanced, c.enhanced) && intern(r.text, c.text) && intern(r.name, c.name) &&
                          intern(r.qtype, c.qtype) && intern(r.rcode, c.rcode) && intern(r.reason, c.reason) &&
                          intern(r.mailbox, c.mailbox) && intern(r.original, c.original) &&
                          intern(r.status, c.status) && intern(r.outcome, c.outcome) &&
                          intern(r.recipient, c.recipient);
    if (!interned) return false;  // strings added so far stay unused: harmless
    if (hasLists) {
        c.lists = static_cast<std::uint32_t>(m_lists.size());
        m_lists.append() = Lists{r.records, r.headers, r.report};
    }
    m_records.append() = c;
    m_published.store(m_records.size(), std::memory_order_release);
    return true;
}

TraceRecord TraceStore::operator[](std::size_t i) const
{
    const Compact& c = m_records[i];
    TraceRecord r;
    r.time = SimTime::fromMicros(c.timeUs);
    r.seq = c.seq;
    r.type = static_cast<EventType>(c.type);
    r.station = m_strings[c.station];
    r.message = m_strings[c.message];
    r.peer = m_strings[c.peer];
    r.from = m_strings[c.from];
    r.to = m_strings[c.to];
    r.path = m_strings[c.path];
    r.arriveUs = c.arriveUs;
    r.departUs = c.departUs;
    r.command = m_strings[c.command];
    r.code = c.code;
    r.enhanced = m_strings[c.enhanced];
    r.text = m_strings[c.text];
    r.port = c.port;
    r.session = c.session;
    r.name = m_strings[c.name];
    r.qtype = m_strings[c.qtype];
    r.rcode = m_strings[c.rcode];
    r.cached = c.cached;
    r.queueLength = c.queueLength;
    r.reason = m_strings[c.reason];
    r.retryUs = c.retryUs;
    r.mailbox = m_strings[c.mailbox];
    r.original = m_strings[c.original];
    r.status = m_strings[c.status];
    r.outcome = m_strings[c.outcome];
    r.recipient = m_strings[c.recipient];
    r.sizeBytes = c.sizeBytes;
    if (c.lists != 0) {
        const Lists& l = m_lists[c.lists];
        r.records = l.records;
        r.headers = l.headers;
        r.report = l.report;
    }
    return r;
}

} // namespace postie
