#include "replay/station_story.h"

#include <algorithm>

namespace postie::gui {
namespace {

std::string headerValue(const std::vector<std::string>& lines, const std::string& name)
{
    for (const auto& line : lines)
        if (line.compare(0, name.size() + 2, name + ": ") == 0) return line.substr(name.size() + 2);
    return {};
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

} // namespace

DnsTtlBook::DnsTtlBook(const std::vector<DnsRecordSpec>& records)
{
    for (const auto& r : records) {
        if (r.type == DnsRecordSpec::Type::ServFail) continue;
        const auto key = std::make_pair(lower(r.name), std::string(r.type == DnsRecordSpec::Type::MX ? "MX" : "A"));
        const auto it = m_ttl.find(key);
        const std::int64_t ttl = r.ttl.micros();
        if (it == m_ttl.end()) m_ttl.emplace(key, ttl);
        else it->second = std::min(it->second, ttl);
    }
}

std::int64_t DnsTtlBook::ttlUs(const std::string& name, const std::string& qtype, const std::string& rcode,
                               bool hasRecords) const
{
    if (rcode == "SERVFAIL") return kServFailTtlUs;
    if (rcode != "NOERROR" || !hasRecords) return kNegativeTtlUs;
    const auto it = m_ttl.find({lower(name), qtype});
    return it == m_ttl.end() ? kNegativeTtlUs : it->second;
}

void StationStory::apply(const TraceRecord& r)
{
    const std::int64_t t = r.time.micros();
    const bool here = r.station == m_id;
    auto& c = m_counters;
    switch (r.type) {
    case EventType::StationDown:
        if (here) m_closed = true;
        break;
    case EventType::StationUp:
        if (here) m_closed = false;
        break;
    case EventType::RoadArrive:
        if (here && !r.message.empty()) ++c.trucksIn;
        break;
    case EventType::RoadDepart:
        if (here && !r.message.empty()) ++c.trucksOut;
        break;
    case EventType::QueueEnter:
        if (here && !m_depotKey.count(r.message)) {
            m_depot.emplace(r.seq, DepotLetter{r.message, t, r.reason});
            m_depotKey.emplace(r.message, r.seq);
        }
        break;
    case EventType::QueueLeave:
        if (!here) break;
        if (r.reason.empty()) ++c.served;
        if (const auto it = m_depotKey.find(r.message); it != m_depotKey.end()) {
            m_depot.erase(it->second);
            m_depotKey.erase(it);
        }
        break;
    case EventType::SmtpConnect:
        if (r.port == 24) ++(here ? c.lmtpSessionsOut : c.lmtpSessionsIn);  // RFC 2033's port
        else ++(here ? c.sessionsOut : c.sessionsIn);
        break;
    case EventType::ConnectFailed:
        if (here) ++c.refusedConnections;
        break;
    case EventType::SmtpReply:
        if (!here) break;
        if (r.code / 100 == 2) ++c.replies2xx;
        else if (r.code / 100 == 4) ++c.replies4xx;
        else if (r.code / 100 == 5) ++c.replies5xx;
        break;
    case EventType::DeliveryDeferred:
        if (!here) break;
        ++c.deferrals;
        m_retries[{r.message, r.recipient}] = RetryLetter{r.message, r.recipient, r.reason, t, r.retryUs};
        break;
    case EventType::BounceCreated:
        if (here) ++c.notices;
        break;
    case EventType::DnsQuery:
        if (here) ++c.dnsAsked;
        break;
    case EventType::DnsAnswer: {
        if (!here) break;
        ++c.dnsAnswered;
        const auto key = std::make_pair(r.name, r.qtype);
        if (r.cached) {
            ++c.cacheHits;
            if (const auto it = m_cache.find(key); it != m_cache.end()) ++it->second.hits;
            break;
        }
        ++c.cacheMisses;
        const std::int64_t ttl = m_ttls.ttlUs(r.name, r.qtype, r.rcode, !r.records.empty());
        m_cache[key] = CacheEntry{r.name, r.qtype, r.rcode, r.records, t, t + ttl, 0};
        break;
    }
    case EventType::MailboxStored: {
        if (!here) break;
        ++c.stored;
        auto& box = m_boxes[r.mailbox];
        m_boxIndex[{r.mailbox, r.message}] = box.size();
        box.push_back(BoxLetter{r.message, headerValue(r.headers, "From"), headerValue(r.headers, "Subject"),
                                r.sizeBytes, t, {}, -1});
        break;
    }
    case EventType::MailboxFetched: {
        if (r.peer != m_id) break;  // the device is the station; the store is its peer
        const auto it = m_boxIndex.find({r.mailbox, r.message});
        if (it == m_boxIndex.end()) break;
        BoxLetter& letter = m_boxes[r.mailbox][it->second];
        if (letter.fetchedUs >= 0) break;
        ++c.fetched;
        letter.fetchedBy = r.station;
        letter.fetchedUs = t;
        letter.fetchedHow = r.text;
        break;
    }
    case EventType::MailboxRemoved: {
        if (!here) break;
        const auto it = m_boxIndex.find({r.mailbox, r.message});
        if (it == m_boxIndex.end()) break;
        ++c.removed;
        auto& box = m_boxes[r.mailbox];
        const std::size_t at = it->second;
        m_boxIndex.erase(it);
        box.erase(box.begin() + long(at));
        for (std::size_t i = at; i < box.size(); ++i) m_boxIndex[{r.mailbox, box[i].message}] = i;
        break;
    }
    case EventType::MessageFinal:
        if (!here) break;
        if (r.outcome == "delivered") ++c.delivered;
        else if (r.outcome == "bounced") ++c.bounced;
        else if (r.outcome == "expired") ++c.expired;
        else if (r.outcome == "discarded") ++c.discarded;
        m_retries.erase({r.message, r.recipient});
        break;
    default:
        break;
    }
}

std::vector<RetryLetter> StationStory::waitingAt(std::int64_t timeUs) const
{
    std::vector<RetryLetter> out;
    for (const auto& [key, letter] : m_retries)
        if (letter.retryUs > timeUs) out.push_back(letter);
    std::sort(out.begin(), out.end(), [](const RetryLetter& a, const RetryLetter& b) {
        return std::tie(a.retryUs, a.message, a.recipient) < std::tie(b.retryUs, b.message, b.recipient);
    });
    return out;
}

} // namespace postie::gui
