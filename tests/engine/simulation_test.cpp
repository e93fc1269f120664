// Kernel specs for Simulation: the clock, the past that cannot change and the run-loop
// boundaries (runUntil, step, peekNextTime). Each test name is a sentence a teacher could read aloud.
#include "sim/simulation.h"

#include "support/kernel_recorder.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace postie {
namespace {

using testing::Args;
using testing::Recorder;
using testing::runEvents;
using testing::us;

// ---- the past cannot change ---------------------------------------------------------

TEST(Simulation, SchedulingIntoThePastIsRefusedAndLeavesTheQueueUnchanged)
{
    Simulation sim;
    Recorder r(sim);
    sim.schedule(us(10), r.id, 0, 1);
    sim.schedule(us(50), r.id, 0, 2);
    sim.schedule(us(50), r.id, 0, 3);
    ASSERT_TRUE(sim.step());
    ASSERT_EQ(sim.now(), us(10));

    EXPECT_THROW(sim.schedule(us(9), r.id, 0, 99), std::invalid_argument);
    EXPECT_THROW(sim.schedule(SimTime::zero(), r.id, 0, 99), std::invalid_argument);
    EXPECT_THROW(sim.scheduleIn(us(-1), r.id, 0, 99), std::invalid_argument);

    EXPECT_EQ(sim.pending(), 2u);
    EXPECT_EQ(sim.peekNextTime(), us(50));
    EXPECT_EQ(sim.now(), us(10));
    EXPECT_EQ(sim.eventsProcessed(), 1u);
    runEvents(sim, 10);
    EXPECT_EQ(r.args(), (Args{1, 2, 3}));
}

TEST(Simulation, ARefusedScheduleDoesNotDisturbTheOrderOfLaterSameTimeEvents)
{
    Simulation sim;
    Recorder r(sim);
    sim.runUntil(us(100));
    sim.schedule(us(200), r.id, 0, 1);
    EXPECT_THROW(sim.schedule(us(99), r.id, 0, 99), std::invalid_argument);
    sim.schedule(us(200), r.id, 0, 2);
    runEvents(sim, 10);
    EXPECT_EQ(r.args(), (Args{1, 2}));
}

TEST(Simulation, SchedulingAtExactlyNowIsAllowed)
{
    Simulation sim;
    Recorder r(sim);
    sim.runUntil(us(100));
    EXPECT_NO_THROW(sim.schedule(us(100), r.id, 0, 1));
    EXPECT_NO_THROW(sim.scheduleIn(SimTime::zero(), r.id, 0, 2));
    runEvents(sim, 10);
    EXPECT_EQ(r.args(), (Args{1, 2}));
    EXPECT_EQ(sim.now(), us(100));
}

TEST(Simulation, SchedulingForAnUnregisteredHandlerIsRefused)
{
    Simulation sim;
    Recorder r(sim);
    EXPECT_THROW(sim.schedule(us(1), r.id + 1, 0), std::invalid_argument);
    EXPECT_EQ(sim.pending(), 0u);
    EXPECT_FALSE(sim.peekNextTime().has_value());
}

TEST(Simulation, ScheduleInCountsFromNow)
{
    Simulation sim;
    Recorder r(sim);
    sim.runUntil(SimTime::fromSeconds(2));
    sim.scheduleIn(SimTime::fromMillis(30), r.id, 0);
    EXPECT_EQ(sim.peekNextTime(), SimTime::fromMicros(2'030'000));
}

// ---- runUntil -----------------------------------------------------------------------

TEST(Simulation, RunUntilProcessesEventsAtExactlyUntilAndNoneAfter)
{
    Simulation sim;
    Recorder r(sim);
    sim.schedule(us(10), r.id, 0, 1);
    sim.schedule(us(20), r.id, 0, 2);
    sim.schedule(us(20), r.id, 0, 3, EventPriority::Late);
    sim.schedule(us(21), r.id, 0, 4);
    EXPECT_EQ(sim.runUntil(us(20)), 3u);
    EXPECT_EQ(r.args(), (Args{1, 2, 3}));
    EXPECT_EQ(sim.now(), us(20));
    EXPECT_EQ(sim.pending(), 1u);
    EXPECT_EQ(sim.peekNextTime(), us(21));
}

TEST(Simulation, RunUntilAdvancesNowToUntilWhenTheLastEventIsEarlier)
{
    Simulation sim;
    Recorder r(sim);
    sim.schedule(us(10), r.id, 0);
    sim.schedule(us(500), r.id, 0);
    EXPECT_EQ(sim.runUntil(us(300)), 1u);
    EXPECT_EQ(sim.now(), us(300));
    // An event scheduled now counts from until, not from the last event.
    sim.scheduleIn(us(5), r.id, 0, 7);
    EXPECT_EQ(sim.peekNextTime(), us(305));
}

TEST(Simulation, RunUntilAdvancesNowEvenWhenNothingIsPending)
{
    Simulation sim;
    EXPECT_EQ(sim.runUntil(SimTime::fromSeconds(3600)), 0u);
    EXPECT_EQ(sim.now(), SimTime::fromSeconds(3600));
    EXPECT_EQ(sim.eventsProcessed(), 0u);
}

TEST(Simulation, RunUntilAnEarlierTimeNeverMovesTheClockBack)
{
    Simulation sim;
    Recorder r(sim);
    sim.runUntil(us(100));
    sim.schedule(us(150), r.id, 0);
    EXPECT_EQ(sim.runUntil(us(50)), 0u);
    EXPECT_EQ(sim.now(), us(100));
    EXPECT_EQ(sim.pending(), 1u);
}

TEST(Simulation, RunUntilAlsoRunsEventsThatHandlersScheduleUpToUntil)
{
    Simulation sim;
    Recorder r(sim);
    // Each event schedules the next one 10us later: 0, 10, 20, ... The one at 40 is exactly
    // at until and runs; the one it schedules at 50 does not.
    r.react = [&](const Event& e) { sim.scheduleIn(us(10), r.id, 0, e.arg + 1); };
    sim.schedule(us(0), r.id, 0, 0);
    EXPECT_EQ(sim.runUntil(us(40)), 5u);
    EXPECT_EQ(r.args(), (Args{0, 1, 2, 3, 4}));
    EXPECT_EQ(sim.now(), us(40));
    EXPECT_EQ(sim.pending(), 1u);
    EXPECT_EQ(sim.peekNextTime(), us(50));
}

TEST(Simulation, RunUntilInSlicesGivesTheSameRunAsOneCall)
{
    auto run = [](bool sliced) {
        Simulation sim;
        Recorder r(sim);
        r.react = [&](const Event& e) {
            if (e.arg < 200) sim.scheduleIn(us(static_cast<std::int64_t>(e.arg % 7) * 3), r.id, 0, e.arg + 1);
        };
        sim.schedule(us(0), r.id, 0, 0);
        sim.schedule(us(0), r.id, 0, 1000);
        if (sliced)
            for (std::int64_t t = 0; t < 1000; t += 13) sim.runUntil(us(t));
        sim.runUntil(us(1000));
        std::vector<std::pair<std::int64_t, std::uint64_t>> out;
        for (const auto& s : r.seen) out.emplace_back(s.now.micros(), s.arg);
        return out;
    };
    EXPECT_EQ(run(true), run(false));
}

// ---- step and peekNextTime ----------------------------------------------------------

TEST(Simulation, StepReturnsFalseAndLeavesTheClockAloneWhenNothingIsPending)
{
    Simulation sim;
    sim.runUntil(us(7));
    EXPECT_FALSE(sim.step());
    EXPECT_EQ(sim.now(), us(7));
    EXPECT_EQ(sim.eventsProcessed(), 0u);
}

TEST(Simulation, EventsProcessedCountsEveryHandledEvent)
{
    Simulation sim;
    Recorder r(sim);
    for (int i = 0; i < 10; ++i) sim.schedule(us(i), r.id, 0);
    runEvents(sim, 4);
    sim.runUntil(us(6));
    sim.step();
    EXPECT_EQ(sim.eventsProcessed(), 8u);
    EXPECT_EQ(r.seen.size(), 8u);
}

TEST(Simulation, PeekNextTimeIsEmptyWhenNothingIsPending)
{
    Simulation sim;
    EXPECT_FALSE(sim.peekNextTime().has_value());
}

// ---- owned, never global ------------------------------------------------------------

TEST(Simulation, TwoSimulationsAreIndependent)
{
    Simulation one;
    Simulation two;
    Recorder r1(one);
    Recorder r2(two);
    one.schedule(us(10), r1.id, 0, 1);
    two.schedule(us(99), r2.id, 0, 2);
    one.runUntil(us(50));
    EXPECT_EQ(one.now(), us(50));
    EXPECT_EQ(two.now(), SimTime::zero());
    EXPECT_EQ(two.pending(), 1u);
    EXPECT_TRUE(r2.seen.empty());
}

} // namespace
} // namespace postie
