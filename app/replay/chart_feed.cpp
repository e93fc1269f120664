#include "replay/chart_feed.h"

#include "mail/world.h"
#include "scenario/scenario_spec.h"
#include "sim/calendar.h"

#include <chrono>

namespace postie::gui {

SimTime ChartFeed::intervalFor(SimTime runLength)
{
    SimTime every = SimTime::fromMillis(1);
    while (runLength.micros() / every.micros() + 1 > std::int64_t(kMaxSamples)) every = every * 2;
    return every;
}

void ChartFeed::attach(World& world, const ScenarioSpec& spec)
{
    const SimTime every = intervalFor(spec.until.value_or(SimTime::zero()));
    m_series.emplace(every, world.queueStationIds());
    m_letters.emplace(every);
    m_startOfDayUs = spec.startEpochSeconds ? splitSeconds(*spec.startEpochSeconds).intoDay * 1'000'000 : 0;
    if (spec.startEpochSeconds) m_startDay = splitSeconds(*spec.startEpochSeconds).day;
    world.addSink(this);
}

EventTypeSet ChartFeed::wants() const { return m_series->wants() | m_letters->wants(); }

// Samples are taken at multiples of the interval: one at t means t / every + 1 of them.
void ChartFeed::keepSamplesFor(SimTime t)
{
    while (t.micros() / m_series->every().micros() + 1 > std::int64_t(kMaxSamples)) {
        m_series->coarsen();
        m_letters->coarsen();
    }
}

void ChartFeed::record(const TraceRecord& record)
{
    keepSamplesFor(record.time);
    m_series->record(record);
    m_letters->record(record);
}

void ChartFeed::publish(SimTime now, bool done)
{
    if (!m_series) return;
    using namespace std::chrono;
    const std::int64_t wallMs = duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
    if (!done && wallMs - m_lastPublishMs < kPublishEveryMs) return;
    m_lastPublishMs = wallMs;
    if (done) {
        keepSamplesFor(now);
        m_series->close(now);
        m_letters->close(now);
    }
    auto snapshot = std::make_shared<ChartSnapshot>();
    snapshot->every = m_series->every();
    snapshot->queueStations = m_series->queueStations();
    snapshot->series = m_series->samples();
    snapshot->letters = m_letters->samples();
    snapshot->complete = done;
    snapshot->startOfDayUs = m_startOfDayUs;
    snapshot->startDay = m_startDay;
    std::lock_guard lock(m_mutex);
    m_published = std::move(snapshot);
}

std::shared_ptr<const ChartSnapshot> ChartFeed::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_published;
}

} // namespace postie::gui
