#include "trace/series_recorder.h"

#include <algorithm>
#include <stdexcept>

namespace postie {
namespace {

std::optional<double> ratio(std::uint64_t part, std::uint64_t whole)
{
    if (whole == 0) return std::nullopt;
    return double(part) / double(whole);
}

// message.created lists its recipients in `to`, joined by ", ".
std::uint64_t recipientCount(const std::string& to)
{
    if (to.empty()) return 0;
    std::uint64_t n = 1;
    for (std::size_t at = to.find(", "); at != std::string::npos; at = to.find(", ", at + 2)) ++n;
    return n;
}

} // namespace

std::optional<double> SeriesSample::dnsHitRate() const { return ratio(dnsCached, dnsAnswers); }

std::optional<double> SeriesSample::dnsHitRateTotal() const { return ratio(dnsCachedTotal, dnsAnswersTotal); }

SeriesRecorder::SeriesRecorder(SimTime every, std::vector<std::string> queueStations, std::size_t maxSamples)
    : m_every(every), m_maxSamples(maxSamples), m_queueStations(std::move(queueStations))
{
    if (every <= SimTime::zero()) throw std::invalid_argument("a series needs a sampling interval above zero");
    for (std::size_t i = 0; i < m_queueStations.size(); ++i) m_queueIndex.emplace(m_queueStations[i], i);
    m_now.queues.assign(m_queueStations.size(), 0);
}

EventTypeSet SeriesRecorder::wants() const
{
    return {EventType::MessageCreated, EventType::MessageFinal, EventType::DeliveryDeferred,
            EventType::QueueEnter,     EventType::QueueLeave,   EventType::DnsAnswer};
}

void SeriesRecorder::record(const TraceRecord& r)
{
    if (m_closed) return;
    sampleUpTo(r.time - SimTime::fromMicros(1));  // samples before this event's time
    SeriesSample& s = m_now;
    switch (r.type) {
    case EventType::MessageCreated: s.created += recipientCount(r.to); break;
    case EventType::MessageFinal:
        if (r.outcome == Outcome::Delivered) ++s.delivered;
        else if (r.outcome == Outcome::Bounced) ++s.bounced;
        else if (r.outcome == Outcome::Discarded) ++s.discarded;
        else if (r.outcome == Outcome::Expired) ++s.expired;
        break;
    case EventType::DeliveryDeferred: ++s.deferred; break;
    case EventType::QueueEnter:
    case EventType::QueueLeave:
        if (auto it = m_queueIndex.find(r.station); it != m_queueIndex.end() && r.queueLength >= 0)
            s.queues[it->second] = std::uint64_t(r.queueLength);
        break;
    case EventType::DnsAnswer:
        ++s.dnsAnswers;
        ++s.dnsAnswersTotal;
        if (r.cached) {
            ++s.dnsCached;
            ++s.dnsCachedTotal;
        }
        break;
    default: break;
    }
}

void SeriesRecorder::close(SimTime end)
{
    if (m_closed) return;
    sampleUpTo(end);
    if (!m_truncated && (m_samples.empty() || m_samples.back().time < end)) take(end);
    m_closed = true;
}

void SeriesRecorder::coarsen()
{
    if (m_closed) return;
    std::size_t kept = 0;
    std::uint64_t answers = 0, cached = 0;  // of the dropped sample before the next kept one
    for (std::size_t i = 0; i < m_samples.size(); ++i) {
        SeriesSample& s = m_samples[i];
        if (i % 2 == 1) {
            answers = s.dnsAnswers;
            cached = s.dnsCached;
            continue;
        }
        s.dnsAnswers += answers;
        s.dnsCached += cached;
        answers = cached = 0;
        if (kept != i) m_samples[kept] = std::move(s);
        ++kept;
    }
    m_samples.resize(kept);
    m_now.dnsAnswers += answers;  // the last sample was dropped: its interval goes on
    m_now.dnsCached += cached;
    m_every = m_every * 2;
    const std::int64_t e = m_every.micros();
    m_nextSample = SimTime::fromMicros((m_nextSample.micros() + e - 1) / e * e);
}

void SeriesRecorder::sampleUpTo(SimTime t)
{
    while (m_nextSample <= t && !m_truncated) {
        take(m_nextSample);
        m_nextSample += m_every;
    }
}

void SeriesRecorder::take(SimTime at)
{
    if (m_samples.size() >= m_maxSamples) {
        m_truncated = true;
        return;
    }
    m_samples.push_back(m_now);
    SeriesSample& s = m_samples.back();
    s.time = at;
    const std::uint64_t finished = s.delivered + s.bounced + s.discarded + s.expired;
    s.inFlight = s.created > finished ? s.created - finished : 0;
    m_now.dnsAnswers = 0;
    m_now.dnsCached = 0;
}

} // namespace postie
