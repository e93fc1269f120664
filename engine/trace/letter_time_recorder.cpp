#include "trace/letter_time_recorder.h"

#include <algorithm>
#include <stdexcept>

namespace postie {
namespace {

std::uint64_t recipientCount(const std::string& to)
{
    if (to.empty()) return 0;
    std::uint64_t n = 1;
    for (std::size_t at = to.find(", "); at != std::string::npos; at = to.find(", ", at + 2)) ++n;
    return n;
}

// "m123" -> 123: letters are keyed by number, cheaper to hash than their names.
std::uint64_t letterNumber(const std::string& id)
{
    std::uint64_t n = 0;
    for (std::size_t i = 1; i < id.size(); ++i) n = n * 10 + std::uint64_t(id[i] - '0');
    return n;
}

} // namespace

SimTime LetterTimeRecorder::binLower(int bin)
{
    static constexpr std::int64_t kLowerSeconds[kLatencyBins] = {0, 1, 10, 60, 600, 3600, 6 * 3600, 86400};
    return SimTime::fromSeconds(kLowerSeconds[std::clamp(bin, 0, kLatencyBins - 1)]);
}

int LetterTimeRecorder::binOf(SimTime latency)
{
    int bin = 0;
    while (bin + 1 < kLatencyBins && latency >= binLower(bin + 1)) ++bin;
    return bin;
}

LetterTimeRecorder::LetterTimeRecorder(SimTime every, std::size_t maxSamples) : m_every(every), m_maxSamples(maxSamples)
{
    if (every <= SimTime::zero()) throw std::invalid_argument("a series needs a sampling interval above zero");
    m_now.latency.assign(kLatencyBins, 0);
}

EventTypeSet LetterTimeRecorder::wants() const
{
    return {EventType::MessageCreated, EventType::MessageFinal,   EventType::QueueEnter,    EventType::QueueLeave,
            EventType::DeliveryDeferred, EventType::SmtpConnect,  EventType::ConnectFailed,
            EventType::DnsQuery,       EventType::DnsAnswer,      EventType::MailboxStored, EventType::MailboxFetched};
}

void LetterTimeRecorder::setWaiting(Letter& letter, bool waiting, bool deferred)
{
    if (letter.waiting != waiting) {
        if (waiting) ++m_waiting;
        else --m_waiting;
    }
    letter.waiting = waiting;
    letter.deferred = deferred;
}

void LetterTimeRecorder::record(const TraceRecord& r)
{
    if (m_closed) return;
    sampleUpTo(r.time - SimTime::fromMicros(1));
    advanceTo(r.time);
    switch (r.type) {
    case EventType::DnsQuery: ++m_asking; return;
    case EventType::DnsAnswer:
        if (m_asking > 0) --m_asking;
        return;
    case EventType::MailboxStored: ++m_inMailbox; return;
    case EventType::MailboxFetched:
        if (m_inMailbox > 0) --m_inMailbox;
        return;
    case EventType::MessageCreated: {
        const std::uint64_t n = recipientCount(r.to);
        if (n == 0) return;
        Letter& letter = m_letters[letterNumber(r.message)];
        letter.created = r.time;
        letter.recipientsLeft += n;
        m_inFlight += n;
        return;
    }
    default: break;
    }
    auto it = m_letters.find(letterNumber(r.message));
    if (it == m_letters.end()) return;
    Letter& letter = it->second;
    switch (r.type) {
    case EventType::QueueEnter: setWaiting(letter, true, false); break;
    case EventType::DeliveryDeferred: setWaiting(letter, true, true); break;
    case EventType::QueueLeave: setWaiting(letter, false, false); break;
    case EventType::SmtpConnect:
    case EventType::ConnectFailed:
        if (letter.deferred) setWaiting(letter, false, false);
        break;
    case EventType::MessageFinal:
        if (r.outcome == Outcome::Delivered) ++m_now.latency[std::size_t(binOf(r.time - letter.created))];
        if (m_inFlight > 0) --m_inFlight;
        if (letter.recipientsLeft > 0 && --letter.recipientsLeft == 0) {
            setWaiting(letter, false, false);
            m_letters.erase(it);
        }
        break;
    default: break;
    }
}

void LetterTimeRecorder::advanceTo(SimTime t)
{
    if (t <= m_integratedTo) return;
    const auto dt = std::uint64_t((t - m_integratedTo).micros());
    const std::uint64_t busy = m_waiting + m_asking;
    m_now.phaseUs[int(LetterPhase::Waiting)] += m_waiting * dt;
    m_now.phaseUs[int(LetterPhase::Dns)] += m_asking * dt;
    m_now.phaseUs[int(LetterPhase::OnTheWay)] += (m_inFlight > busy ? m_inFlight - busy : 0) * dt;
    m_now.phaseUs[int(LetterPhase::InMailbox)] += m_inMailbox * dt;
    m_integratedTo = t;
}

void LetterTimeRecorder::close(SimTime end)
{
    if (m_closed) return;
    sampleUpTo(end);
    if (!m_truncated && (m_samples.empty() || m_samples.back().time < end)) take(end);
    m_closed = true;
}

void LetterTimeRecorder::coarsen()
{
    if (m_closed) return;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < m_samples.size(); i += 2, ++kept)
        if (kept != i) m_samples[kept] = std::move(m_samples[i]);
    m_samples.resize(kept);
    m_every = m_every * 2;
    const std::int64_t e = m_every.micros();
    m_nextSample = SimTime::fromMicros((m_nextSample.micros() + e - 1) / e * e);
}

void LetterTimeRecorder::sampleUpTo(SimTime t)
{
    while (m_nextSample <= t && !m_truncated) {
        take(m_nextSample);
        m_nextSample += m_every;
    }
}

void LetterTimeRecorder::take(SimTime at)
{
    if (m_samples.size() >= m_maxSamples) {
        m_truncated = true;
        return;
    }
    advanceTo(at);
    m_samples.push_back(m_now);
    m_samples.back().time = at;
}

} // namespace postie
