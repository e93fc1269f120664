#include "mail/work_queue.h"

#include "mail/station.h"
#include "mail/world.h"

#include <algorithm>

namespace postie {

WorkQueue::WorkQueue(World& world, Station& owner, int workers, Distribution service, std::uint32_t doneKind)
    : m_world(world), m_owner(owner), m_workers(std::max(1, workers)), m_service(service), m_doneKind(doneKind)
{
}

void WorkQueue::enter(std::uint64_t job, std::uint64_t messageNumber)
{
    m_waiting.push_back({job, messageNumber, m_world.now()});
    m_maxQueue = std::max<std::uint64_t>(m_maxQueue, length());
    if (auto* r = m_world.begin(EventType::QueueEnter, &m_owner)) {
        r->message = "m" + std::to_string(messageNumber);
        r->queueLength = std::int64_t(length());
        m_world.commit();
    }
    startNext();
}

void WorkQueue::done()
{
    --m_busy;
    startNext();
}

void WorkQueue::resume() { startNext(); }

std::vector<std::uint64_t> WorkQueue::dropWaiting()
{
    std::vector<std::uint64_t> jobs;
    while (!m_waiting.empty()) {
        const Waiting w = m_waiting.front();
        m_waiting.pop_front();
        jobs.push_back(w.job);
        if (auto* r = m_world.begin(EventType::QueueLeave, &m_owner)) {  // the depot's count stays right
            r->message = "m" + std::to_string(w.messageNumber);
            r->queueLength = std::int64_t(length());
            m_world.commit();
        }
    }
    return jobs;
}

void WorkQueue::setWaitingElsewhere(std::size_t n)
{
    m_waitingElsewhere = n;
    m_maxQueue = std::max<std::uint64_t>(m_maxQueue, length());
}

void WorkQueue::startNext()
{
    // A closed station starts no new work; what is waiting stays in the depot.
    while (m_owner.up() && m_busy < m_workers && !m_waiting.empty()) {
        const Waiting w = m_waiting.front();
        m_waiting.pop_front();
        ++m_busy;
        ++m_served;
        m_totalWait += m_world.now() - w.since;
        const SimTime service = m_service.draw(m_owner.rngForService());
        m_busyTime += service;
        if (auto* r = m_world.begin(EventType::QueueLeave, &m_owner)) {
            r->message = "m" + std::to_string(w.messageNumber);
            r->queueLength = std::int64_t(length());
            m_world.commit();
        }
        m_world.sim().scheduleIn(service, m_owner.handler(), m_doneKind, w.job);
    }
}

StationSummary WorkQueue::summary(SimTime now) const
{
    StationSummary s;
    s.maxQueue = m_maxQueue;
    s.served = m_served;
    s.meanWaitS = m_served ? m_totalWait.seconds() / double(m_served) : 0.0;
    const double capacity = now.seconds() * m_workers;
    s.busy = capacity > 0 ? std::min(1.0, m_busyTime.seconds() / capacity) : 0.0;
    return s;
}

} // namespace postie
