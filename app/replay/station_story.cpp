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

} // namespace

void StationStory::apply(const TraceRecord& r)
{
    const std::int64_t t = r.time.micros();
    const bool here = r.station == m_id;
    auto& c = m_counters;
    switch (r.type) {
    case EventType::StationDown:
        if (here) m_closed = true;
        break;
    case EventType::LetterRead:
    case EventType::TlsStripped:
        if (auto remark = remarkOf(r); here && remark) m_overheard.push_back({t, r.from, r.to, std::move(*remark)});
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
        if (!r.qtype || !r.rcode) break;
        const auto key = std::make_pair(r.name, *r.qtype);
        if (r.cached) {
            ++c.cacheHits;
            if (const auto it = m_cache.find(key); it != m_cache.end()) ++it->second.hits;
            break;
        }
        ++c.cacheMisses;
        m_cache[key] = CacheEntry{r.name, *r.qtype, *r.rcode, r.records, t, r.cacheExpiresUs, 0};
        break;
    }
    case EventType::MailboxStored: {
        if (!here) break;
        ++c.stored;
        auto& box = m_boxes[r.mailbox];
        m_boxIndex[{r.mailbox, r.message}] = box.size();
        box.push_back(BoxLetter{r.message, headerValue(r.headers, "From"), headerValue(r.headers, "Subject"),
                                r.sizeBytes, t, {}, -1, std::nullopt, r.junk});
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
        letter.fetchedHow = r.access;
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
        if (r.outcome == Outcome::Delivered) ++c.delivered;
        else if (r.outcome == Outcome::Bounced) ++c.bounced;
        else if (r.outcome == Outcome::Expired) ++c.expired;
        else if (r.outcome == Outcome::Discarded) ++c.discarded;
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
