#pragma once
// A station's depot: a FIFO queue in front of a number of workers, each taking one job for
// a drawn service time. Shared by every station kind that processes mail, so queueing is
// written once. Counts what the summary reports: longest queue, served, wait, busy time.
#include "sim/distribution.h"
#include "sim/sim_time.h"
#include "trace/run_statistics.h"

#include <cstdint>
#include <deque>
#include <vector>

namespace postie {

class World;
class Station;

class WorkQueue {
public:
    // When a job's service ends, the owner gets event (doneKind, job) and must call done().
    WorkQueue(World& world, Station& owner, int workers, Distribution service, std::uint32_t doneKind);

    void enter(std::uint64_t job, std::uint64_t messageNumber);
    void done();
    void resume();  // the owner is up again: start waiting work
    // Takes every job still waiting for a worker out of the depot (their owner gives up on them).
    std::vector<std::uint64_t> dropWaiting();

    // Letters waiting: for a worker here, and elsewhere in the same depot (for a free lane
    // to their destination, counted by the delivery agent).
    std::size_t length() const { return m_waiting.size() + m_waitingElsewhere; }
    void setWaitingElsewhere(std::size_t n);
    int busy() const { return m_busy; }
    int workers() const { return m_workers; }
    StationSummary summary(SimTime now) const;
    struct Waiting {
        std::uint64_t job;
        std::uint64_t messageNumber;
        SimTime since;
    };
    const std::deque<Waiting>& waiting() const { return m_waiting; }

private:
    void startNext();

    World& m_world;
    Station& m_owner;
    int m_workers;
    Distribution m_service;
    std::uint32_t m_doneKind;
    int m_busy = 0;
    std::deque<Waiting> m_waiting;
    std::size_t m_waitingElsewhere = 0;
    std::uint64_t m_maxQueue = 0;
    std::uint64_t m_served = 0;
    SimTime m_totalWait;
    SimTime m_busyTime;
};

} // namespace postie
