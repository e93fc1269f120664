// Kernel specs for Simulation: the order of events, also when handlers schedule while they run,
// and the same run every time. Each test name is a sentence a teacher could read aloud.
#include "sim/simulation.h"

#include "support/kernel_recorder.h"

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>
#include <tuple>
#include <utility>
#include <vector>

namespace postie {
namespace {

using testing::Args;
using testing::Recorder;
using testing::runEvents;
using testing::us;

// ---- order --------------------------------------------------------------------------

TEST(Simulation, EventsRunInTimeOrderWhateverTheOrderTheyWereScheduledIn)
{
    Simulation sim;
    Recorder r(sim);
    sim.schedule(us(30), r.id, 0, 3);
    sim.schedule(us(10), r.id, 0, 1);
    sim.schedule(us(20), r.id, 0, 2);
    runEvents(sim, 10);
    EXPECT_EQ(r.args(), (Args{1, 2, 3}));
}

TEST(Simulation, SameTimeEventsRunInInsertionOrder)
{
    Simulation sim;
    Recorder r(sim);
    for (std::uint64_t i = 0; i < 50; ++i) sim.schedule(us(7), r.id, 0, i);
    runEvents(sim, 100);
    Args expected;
    for (std::uint64_t i = 0; i < 50; ++i) expected.push_back(i);
    EXPECT_EQ(r.args(), expected);
}

TEST(Simulation, SameTimeEventsRunInPriorityThenInsertionOrder)
{
    Simulation sim;
    Recorder r(sim);
    sim.schedule(us(5), r.id, 0, 1, EventPriority::Normal);
    sim.schedule(us(5), r.id, 0, 2, EventPriority::Late);
    sim.schedule(us(5), r.id, 0, 3, EventPriority::Incident);
    sim.schedule(us(5), r.id, 0, 4, EventPriority::Normal);
    sim.schedule(us(5), r.id, 0, 5, EventPriority::Incident);
    sim.schedule(us(5), r.id, 0, 6, EventPriority::Late);
    runEvents(sim, 10);
    EXPECT_EQ(r.args(), (Args{3, 5, 1, 4, 2, 6}));
}

TEST(Simulation, AnEarlierEventRunsFirstEvenWhenALaterOneHasAHigherPriority)
{
    Simulation sim;
    Recorder r(sim);
    sim.schedule(us(6), r.id, 0, 2, EventPriority::Incident);
    sim.schedule(us(5), r.id, 0, 1, EventPriority::Late);
    runEvents(sim, 10);
    EXPECT_EQ(r.args(), (Args{1, 2}));
}

TEST(Simulation, TheHandlerReceivesTargetKindArgumentAndTime)
{
    Simulation sim;
    Recorder a(sim);
    Recorder b(sim);
    EXPECT_NE(a.id, b.id);
    sim.schedule(us(9), b.id, 42, 0xfeedULL, EventPriority::Late);
    ASSERT_TRUE(sim.step());
    EXPECT_TRUE(a.seen.empty());
    ASSERT_EQ(b.seen.size(), 1u);
    EXPECT_EQ(b.seen[0].kind, 42u);
    EXPECT_EQ(b.seen[0].arg, 0xfeedULL);
    EXPECT_EQ(b.seen[0].time, us(9));
    EXPECT_EQ(b.seen[0].now, us(9));
    EXPECT_EQ(b.seen[0].priority, EventPriority::Late);
}

TEST(Simulation, NowIsTheTimeOfTheEventBeingHandled)
{
    Simulation sim;
    Recorder r(sim);
    sim.schedule(us(3), r.id, 0);
    sim.schedule(us(1000), r.id, 0);
    runEvents(sim, 2);
    ASSERT_EQ(r.seen.size(), 2u);
    EXPECT_EQ(r.seen[0].now, us(3));
    EXPECT_EQ(r.seen[1].now, us(1000));
    EXPECT_EQ(sim.now(), us(1000));
}

// ---- handlers scheduling during handling --------------------------------------------

TEST(Simulation, HandlersCanScheduleNewEventsWhileHandlingOne)
{
    Simulation sim;
    Recorder r(sim);
    r.react = [&](const Event& e) {
        if (e.arg < 5) sim.scheduleIn(SimTime::fromMillis(1), r.id, 0, e.arg + 1);
    };
    sim.schedule(SimTime::zero(), r.id, 0, 0);
    EXPECT_EQ(runEvents(sim, 100), 6u);
    EXPECT_EQ(r.args(), (Args{0, 1, 2, 3, 4, 5}));
    EXPECT_EQ(sim.now(), SimTime::fromMillis(5));
}

TEST(Simulation, AZeroDelayEventScheduledDuringHandlingRunsAfterThoseAlreadyWaitingAtThatInstant)
{
    Simulation sim;
    Recorder r(sim);
    r.react = [&](const Event& e) {
        if (e.arg == 1) sim.scheduleIn(SimTime::zero(), r.id, 0, 9);
    };
    sim.schedule(us(5), r.id, 0, 1);
    sim.schedule(us(5), r.id, 0, 2);
    sim.schedule(us(5), r.id, 0, 3);
    runEvents(sim, 10);
    EXPECT_EQ(r.args(), (Args{1, 2, 3, 9}));
}

TEST(Simulation, AnIncidentScheduledDuringHandlingOvertakesNormalEventsAtTheSameInstant)
{
    Simulation sim;
    Recorder r(sim);
    r.react = [&](const Event& e) {
        if (e.arg == 1) sim.scheduleIn(SimTime::zero(), r.id, 0, 9, EventPriority::Incident);
    };
    sim.schedule(us(5), r.id, 0, 1);
    sim.schedule(us(5), r.id, 0, 2);
    runEvents(sim, 10);
    EXPECT_EQ(r.args(), (Args{1, 9, 2}));
}

TEST(Simulation, AHandlerSchedulingIntoThePastGetsAnErrorAndTheRunGoesOn)
{
    Simulation sim;
    Recorder r(sim);
    bool refused = false;
    r.react = [&](const Event& e) {
        if (e.arg == 1) {
            try {
                sim.schedule(us(1), r.id, 0, 99);
            } catch (const std::invalid_argument&) {
                refused = true;
            }
        }
    };
    sim.schedule(us(10), r.id, 0, 1);
    sim.schedule(us(20), r.id, 0, 2);
    sim.runUntil(us(100));
    EXPECT_TRUE(refused);
    EXPECT_EQ(r.args(), (Args{1, 2}));
}

TEST(Simulation, DuringHandlingTheRunningEventIsNoLongerPending)
{
    Simulation sim;
    Recorder r(sim);
    std::vector<std::size_t> pendingSeen;
    std::optional<SimTime> nextSeen;
    r.react = [&](const Event& e) {
        if (e.arg != 1) return;
        pendingSeen.push_back(sim.pending());
        sim.scheduleIn(us(100), r.id, 0, 9);
        pendingSeen.push_back(sim.pending());
        nextSeen = sim.peekNextTime();
    };
    sim.schedule(us(10), r.id, 0, 1);
    sim.schedule(us(20), r.id, 0, 2);
    sim.step();
    EXPECT_EQ(pendingSeen, (std::vector<std::size_t>{1, 2}));
    EXPECT_EQ(nextSeen, us(20));
    EXPECT_EQ(sim.pending(), 2u);
    runEvents(sim, 10);
    EXPECT_EQ(r.args(), (Args{1, 2, 9}));
}

TEST(Simulation, PeekingDuringHandlingSeesTheNextEventNotTheRunningOne)
{
    Simulation sim;
    Recorder r(sim);
    std::optional<SimTime> seen = us(-1);
    r.react = [&](const Event& e) {
        if (e.arg == 1) seen = sim.peekNextTime();
    };
    sim.schedule(us(10), r.id, 0, 1);
    sim.step();
    EXPECT_FALSE(seen.has_value());
}

TEST(Simulation, AHandlerCanScheduleSeveralEventsThatRunInTimeOrder)
{
    Simulation sim;
    Recorder r(sim);
    r.react = [&](const Event& e) {
        if (e.arg != 1) return;
        sim.scheduleIn(us(5), r.id, 0, 2);
        sim.scheduleIn(us(1), r.id, 0, 4);
        sim.scheduleIn(us(4), r.id, 0, 5);
    };
    sim.schedule(us(10), r.id, 0, 1);
    sim.schedule(us(12), r.id, 0, 6);
    sim.runUntil(us(100));
    EXPECT_EQ(r.args(), (Args{1, 4, 6, 5, 2}));
    EXPECT_EQ(sim.pending(), 0u);
}

TEST(Simulation, AHandlerThatThrowsStillConsumesItsEventAndTheRunCanContinue)
{
    Simulation sim;
    Recorder r(sim);
    r.react = [&](const Event& e) {
        if (e.arg == 1) throw std::runtime_error("station on fire");
    };
    sim.schedule(us(10), r.id, 0, 1);
    sim.schedule(us(20), r.id, 0, 2);
    EXPECT_THROW(sim.step(), std::runtime_error);
    EXPECT_EQ(sim.now(), us(10));
    EXPECT_EQ(sim.pending(), 1u);
    EXPECT_EQ(sim.peekNextTime(), us(20));
    EXPECT_TRUE(sim.step());
    EXPECT_EQ(r.args(), (Args{1, 2}));
    EXPECT_FALSE(sim.step());
}

TEST(Simulation, AHandlerThatThrowsAfterSchedulingKeepsWhatItScheduled)
{
    Simulation sim;
    Recorder r(sim);
    r.react = [&](const Event& e) {
        if (e.arg == 1) {
            sim.scheduleIn(us(5), r.id, 0, 3);
            throw std::runtime_error("late failure");
        }
    };
    sim.schedule(us(10), r.id, 0, 1);
    sim.schedule(us(20), r.id, 0, 2);
    EXPECT_THROW(sim.step(), std::runtime_error);
    EXPECT_EQ(sim.pending(), 2u);
    runEvents(sim, 10);
    EXPECT_EQ(r.args(), (Args{1, 3, 2}));
}

// ---- the same run every time --------------------------------------------------------

// A long run against an obviously correct reference kernel (a sorted set and nothing clever):
// every event, with handlers scheduling and zero-delay chaining, runs in the same order at the
// same time.
TEST(Simulation, RunsInTheSameOrderAsASimpleReferenceKernel)
{
    std::uint64_t x = 99;
    auto rnd = [&] {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return x;
    };

    // The scripted behaviour: the k-th event run schedules 0-3 events. Both kernels follow the
    // same script, keyed by the order the events run in; an event's argument is its number.
    using Schedules = std::vector<std::pair<std::int64_t, int>>;  // (delay, priority)
    std::vector<Schedules> script(20'000);
    for (Schedules& a : script) {
        const int count = static_cast<int>(rnd() % 4);
        for (int i = 0; i < count; ++i)
            a.emplace_back(static_cast<std::int64_t>(rnd() % 4 == 0 ? 0 : rnd() % 100), int(rnd() % 3));
    }

    // Reference.
    std::vector<std::pair<std::int64_t, std::uint64_t>> expected;
    std::size_t referenceLeft = 0;
    {
        std::set<std::tuple<std::int64_t, int, std::uint64_t>> queue;  // (time, priority, number)
        std::uint64_t number = 1;
        for (int i = 0; i < 200; ++i) queue.insert({static_cast<std::int64_t>(i % 50), 1, number++});
        std::size_t step = 0;
        while (!queue.empty() && step < script.size()) {
            const auto [t, p, n] = *queue.begin();
            queue.erase(queue.begin());
            expected.emplace_back(t, n);
            for (const auto& [delay, prio] : script[step++]) queue.insert({t + delay, prio, number++});
        }
        referenceLeft = queue.size();
    }

    // Ours.
    std::vector<std::pair<std::int64_t, std::uint64_t>> got;
    {
        Simulation sim;
        Recorder r(sim);
        std::uint64_t number = 1;
        std::size_t step = 0;
        r.react = [&](const Event& e) {
            got.emplace_back(e.time.micros(), e.arg);
            for (const auto& [delay, prio] : script[step++])
                sim.scheduleIn(us(delay), r.id, 0, number++, EventPriority(prio));
        };
        for (int i = 0; i < 200; ++i) sim.schedule(us(i % 50), r.id, 0, number++);
        while (step < script.size() && sim.step()) {
        }
        EXPECT_EQ(sim.pending(), referenceLeft);
    }
    ASSERT_GT(expected.size(), 1000u);
    EXPECT_EQ(got, expected);
}

TEST(Simulation, TheSameScheduleGivesTheSameRunEveryTime)
{
    auto run = [] {
        Simulation sim;
        Recorder r(sim);
        std::uint64_t x = 12345;
        r.react = [&](const Event& e) {
            x = x * 6364136223846793005ULL + 1442695040888963407ULL;
            if (e.arg < 2000) sim.scheduleIn(us(static_cast<std::int64_t>(x >> 60)), r.id, 0, e.arg + 1);
        };
        for (std::uint64_t i = 0; i < 5; ++i) sim.schedule(us(0), r.id, 0, i * 10000);
        sim.runUntil(SimTime::fromSeconds(1));
        std::vector<std::pair<std::int64_t, std::uint64_t>> out;
        for (const auto& s : r.seen) out.emplace_back(s.now.micros(), s.arg);
        return out;
    };
    EXPECT_EQ(run(), run());
}

} // namespace
} // namespace postie
