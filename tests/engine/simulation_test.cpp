// Kernel specs for Simulation: the order of events, the clock, the run-loop boundaries and
// cancellation. Each test name is a sentence a teacher could read aloud.
#include "sim/simulation.h"

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <optional>
#include <stdexcept>
#include <vector>

namespace postie {
namespace {

SimTime us(std::int64_t v) { return SimTime::fromMicros(v); }

// Records every event it handles, with the clock at that moment; an optional reaction lets
// a test schedule or cancel from inside the handler.
class Recorder : public EventHandler {
public:
    struct Seen {
        SimTime now;
        SimTime time;
        std::uint32_t kind;
        std::uint64_t arg;
        EventPriority priority;
    };

    explicit Recorder(Simulation& sim) : m_sim(sim) { id = sim.addHandler(this); }

    void handleEvent(const Event& e) override
    {
        seen.push_back({m_sim.now(), e.time, e.kind, e.arg, e.priority()});
        if (react) react(e);
    }

    std::vector<std::uint64_t> args() const
    {
        std::vector<std::uint64_t> out;
        for (const Seen& s : seen) out.push_back(s.arg);
        return out;
    }

    std::uint32_t id = 0;
    std::vector<Seen> seen;
    std::function<void(const Event&)> react;

private:
    Simulation& m_sim;
};

using Args = std::vector<std::uint64_t>;

// ---- order -------------------------------------------------------------------------------

TEST(Simulation, EventsRunInTimeOrderWhateverTheOrderTheyWereScheduledIn)
{
    Simulation sim;
    Recorder r(sim);
    sim.schedule(us(30), r.id, 0, 3);
    sim.schedule(us(10), r.id, 0, 1);
    sim.schedule(us(20), r.id, 0, 2);
    sim.runEvents(10);
    EXPECT_EQ(r.args(), (Args{1, 2, 3}));
}

TEST(Simulation, SameTimeEventsRunInInsertionOrder)
{
    Simulation sim;
    Recorder r(sim);
    for (std::uint64_t i = 0; i < 50; ++i) sim.schedule(us(7), r.id, 0, i);
    sim.runEvents(100);
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
    sim.runEvents(10);
    EXPECT_EQ(r.args(), (Args{3, 5, 1, 4, 2, 6}));
}

TEST(Simulation, AnEarlierEventRunsFirstEvenWhenALaterOneHasAHigherPriority)
{
    Simulation sim;
    Recorder r(sim);
    sim.schedule(us(6), r.id, 0, 2, EventPriority::Incident);
    sim.schedule(us(5), r.id, 0, 1, EventPriority::Late);
    sim.runEvents(10);
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
    sim.runEvents(2);
    ASSERT_EQ(r.seen.size(), 2u);
    EXPECT_EQ(r.seen[0].now, us(3));
    EXPECT_EQ(r.seen[1].now, us(1000));
    EXPECT_EQ(sim.now(), us(1000));
}

// ---- the past cannot change --------------------------------------------------------------

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
    sim.runEvents(10);
    EXPECT_EQ(r.args(), (Args{1, 2, 3}));
}

TEST(Simulation, ARefusedScheduleDoesNotDisturbTheOrderOfLaterSameTimeEvents)
{
    Simulation sim;
    Recorder r(sim);
    sim.runUntil(us(100));
    const EventId first = sim.schedule(us(200), r.id, 0, 1);
    EXPECT_THROW(sim.schedule(us(99), r.id, 0, 99), std::invalid_argument);
    const EventId second = sim.schedule(us(200), r.id, 0, 2);
    EXPECT_LT(first.sequence, second.sequence);
    sim.runEvents(10);
    EXPECT_EQ(r.args(), (Args{1, 2}));
}

TEST(Simulation, SchedulingAtExactlyNowIsAllowed)
{
    Simulation sim;
    Recorder r(sim);
    sim.runUntil(us(100));
    EXPECT_NO_THROW(sim.schedule(us(100), r.id, 0, 1));
    EXPECT_NO_THROW(sim.scheduleIn(SimTime::zero(), r.id, 0, 2));
    sim.runEvents(10);
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

// ---- runUntil ----------------------------------------------------------------------------

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

// ---- runEvents and step ------------------------------------------------------------------

TEST(Simulation, StepReturnsFalseAndLeavesTheClockAloneWhenNothingIsPending)
{
    Simulation sim;
    sim.runUntil(us(7));
    EXPECT_FALSE(sim.step());
    EXPECT_EQ(sim.now(), us(7));
    EXPECT_EQ(sim.eventsProcessed(), 0u);
}

TEST(Simulation, RunEventsZeroRunsNothing)
{
    Simulation sim;
    Recorder r(sim);
    sim.schedule(us(5), r.id, 0);
    EXPECT_EQ(sim.runEvents(0), 0u);
    EXPECT_TRUE(r.seen.empty());
    EXPECT_EQ(sim.now(), SimTime::zero());
    EXPECT_EQ(sim.pending(), 1u);
}

TEST(Simulation, RunEventsStopsAfterExactlyNEvents)
{
    Simulation sim;
    Recorder r(sim);
    for (std::uint64_t i = 1; i <= 5; ++i) sim.schedule(us(static_cast<std::int64_t>(i) * 10), r.id, 0, i);
    EXPECT_EQ(sim.runEvents(3), 3u);
    EXPECT_EQ(r.args(), (Args{1, 2, 3}));
    EXPECT_EQ(sim.now(), us(30));  // the time of the last event run, not of the next one
    EXPECT_EQ(sim.pending(), 2u);
    EXPECT_EQ(sim.runEvents(1), 1u);
    EXPECT_EQ(sim.now(), us(40));
}

TEST(Simulation, RunEventsReturnsFewerWhenTheQueueRunsDry)
{
    Simulation sim;
    Recorder r(sim);
    sim.schedule(us(1), r.id, 0);
    sim.schedule(us(2), r.id, 0);
    EXPECT_EQ(sim.runEvents(10), 2u);
    EXPECT_EQ(sim.runEvents(10), 0u);
    EXPECT_EQ(sim.eventsProcessed(), 2u);
}

TEST(Simulation, RunEventsDoesNotCountCancelledEvents)
{
    Simulation sim;
    Recorder r(sim);
    sim.schedule(us(1), r.id, 0, 1);
    const EventId gone = sim.schedule(us(2), r.id, 0, 2);
    sim.schedule(us(3), r.id, 0, 3);
    ASSERT_TRUE(sim.cancel(gone));
    EXPECT_EQ(sim.runEvents(2), 2u);
    EXPECT_EQ(r.args(), (Args{1, 3}));
    EXPECT_EQ(sim.eventsProcessed(), 2u);
}

TEST(Simulation, EventsProcessedCountsEveryHandledEvent)
{
    Simulation sim;
    Recorder r(sim);
    for (int i = 0; i < 10; ++i) sim.schedule(us(i), r.id, 0);
    sim.runEvents(4);
    sim.runUntil(us(6));
    sim.step();
    EXPECT_EQ(sim.eventsProcessed(), 8u);
    EXPECT_EQ(r.seen.size(), 8u);
}

// ---- cancellation ------------------------------------------------------------------------

TEST(Simulation, ACancelledEventNeverRuns)
{
    Simulation sim;
    Recorder r(sim);
    sim.schedule(us(10), r.id, 0, 1);
    const EventId id = sim.schedule(us(20), r.id, 0, 2);
    sim.schedule(us(30), r.id, 0, 3);
    EXPECT_TRUE(sim.cancel(id));
    sim.runUntil(SimTime::fromSeconds(1));
    EXPECT_EQ(r.args(), (Args{1, 3}));
}

TEST(Simulation, CancellingTwiceReturnsFalseTheSecondTime)
{
    Simulation sim;
    Recorder r(sim);
    const EventId id = sim.schedule(us(10), r.id, 0);
    EXPECT_TRUE(sim.cancel(id));
    EXPECT_FALSE(sim.cancel(id));
    EXPECT_EQ(sim.pending(), 0u);
    // ...and still false once the kernel has skipped over the cancelled entry.
    sim.runUntil(us(100));
    EXPECT_FALSE(sim.cancel(id));
    EXPECT_EQ(sim.pending(), 0u);
}

TEST(Simulation, CancellingAnEventThatAlreadyRanReturnsFalse)
{
    Simulation sim;
    Recorder r(sim);
    const EventId id = sim.schedule(us(10), r.id, 0);
    sim.schedule(us(20), r.id, 0);
    ASSERT_TRUE(sim.step());
    EXPECT_FALSE(sim.cancel(id));
    EXPECT_EQ(sim.pending(), 1u);
}

TEST(Simulation, AnEventCancellingItselfWhileRunningReturnsFalse)
{
    Simulation sim;
    Recorder r(sim);
    EventId self;
    std::optional<bool> result;
    r.react = [&](const Event&) { result = sim.cancel(self); };
    self = sim.schedule(us(10), r.id, 0);
    sim.step();
    ASSERT_TRUE(result.has_value());
    EXPECT_FALSE(*result);
}

TEST(Simulation, CancellingTheNullOrAnUnknownIdReturnsFalse)
{
    Simulation sim;
    Recorder r(sim);
    sim.schedule(us(10), r.id, 0);
    EXPECT_FALSE(EventId{}.valid());
    EXPECT_FALSE(sim.cancel(EventId{}));
    EXPECT_FALSE(sim.cancel(EventId{12345}));
    EXPECT_EQ(sim.pending(), 1u);
}

TEST(Simulation, PendingCountsOnlyEventsThatWillStillRun)
{
    Simulation sim;
    Recorder r(sim);
    EXPECT_EQ(sim.pending(), 0u);
    std::vector<EventId> ids;
    for (int i = 0; i < 6; ++i) ids.push_back(sim.schedule(us(10 * (i + 1)), r.id, 0));
    EXPECT_EQ(sim.pending(), 6u);
    sim.cancel(ids[0]);  // at the top of the heap
    sim.cancel(ids[3]);  // in the middle
    EXPECT_EQ(sim.pending(), 4u);
    sim.cancel(ids[3]);  // twice changes nothing
    EXPECT_EQ(sim.pending(), 4u);
    sim.step();  // skips ids[0], runs ids[1]
    EXPECT_EQ(sim.pending(), 3u);
    EXPECT_EQ(sim.now(), us(20));
    sim.runEvents(10);
    EXPECT_EQ(sim.pending(), 0u);
    EXPECT_EQ(r.seen.size(), 4u);
}

TEST(Simulation, AHandlerCanCancelALaterEventAtTheSameInstant)
{
    Simulation sim;
    Recorder r(sim);
    EventId victim;
    r.react = [&](const Event& e) {
        if (e.arg == 1) {
            EXPECT_TRUE(sim.cancel(victim));
        }
    };
    sim.schedule(us(5), r.id, 0, 1);
    victim = sim.schedule(us(5), r.id, 0, 2);
    sim.schedule(us(5), r.id, 0, 3);
    sim.runUntil(us(5));
    EXPECT_EQ(r.args(), (Args{1, 3}));
}

TEST(Simulation, EventIdsAreUniqueAndNeverNull)
{
    Simulation sim;
    Recorder r(sim);
    EventId prev;
    for (int i = 0; i < 100; ++i) {
        const EventId id = sim.schedule(us(i % 3), r.id, 0);
        EXPECT_TRUE(id.valid());
        EXPECT_GT(id.sequence, prev.sequence);
        prev = id;
    }
}

// ---- peekNextTime ------------------------------------------------------------------------

TEST(Simulation, PeekNextTimeIsEmptyWhenNothingIsPending)
{
    Simulation sim;
    EXPECT_FALSE(sim.peekNextTime().has_value());
}

TEST(Simulation, PeekNextTimeSkipsCancelledEvents)
{
    Simulation sim;
    Recorder r(sim);
    const EventId a = sim.schedule(us(10), r.id, 0);
    const EventId b = sim.schedule(us(20), r.id, 0);
    sim.schedule(us(30), r.id, 0);
    sim.cancel(a);
    sim.cancel(b);
    EXPECT_EQ(sim.peekNextTime(), us(30));
    EXPECT_EQ(sim.pending(), 1u);
    EXPECT_EQ(sim.now(), SimTime::zero());  // peeking never moves the clock
    EXPECT_TRUE(r.seen.empty());            // ...and never runs anything
}

TEST(Simulation, PeekNextTimeIsEmptyWhenOnlyCancelledEventsRemain)
{
    Simulation sim;
    Recorder r(sim);
    sim.cancel(sim.schedule(us(10), r.id, 0));
    EXPECT_FALSE(sim.peekNextTime().has_value());
    EXPECT_FALSE(sim.step());
    EXPECT_EQ(sim.now(), SimTime::zero());
}

// ---- handlers scheduling during handling -------------------------------------------------

TEST(Simulation, HandlersCanScheduleNewEventsWhileHandlingOne)
{
    Simulation sim;
    Recorder r(sim);
    r.react = [&](const Event& e) {
        if (e.arg < 5) sim.scheduleIn(SimTime::fromMillis(1), r.id, 0, e.arg + 1);
    };
    sim.schedule(SimTime::zero(), r.id, 0, 0);
    EXPECT_EQ(sim.runEvents(100), 6u);
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
    sim.runEvents(10);
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
    sim.runEvents(10);
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
    sim.runEvents(10);
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

TEST(Simulation, AHandlerCanScheduleSeveralEventsAndCancelOneOfThem)
{
    Simulation sim;
    Recorder r(sim);
    r.react = [&](const Event& e) {
        if (e.arg != 1) return;
        sim.scheduleIn(us(5), r.id, 0, 2);
        const EventId timeout = sim.scheduleIn(us(3), r.id, 0, 3);
        sim.scheduleIn(us(1), r.id, 0, 4);
        EXPECT_TRUE(sim.cancel(timeout));
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
    sim.runEvents(10);
    EXPECT_EQ(r.args(), (Args{1, 3, 2}));
}

// A long run against an obviously correct reference kernel (a sorted set and nothing clever):
// every event, with handlers scheduling, cancelling and zero-delay chaining, runs in the same
// order at the same time.
TEST(Simulation, RunsInTheSameOrderAsASimpleReferenceKernel)
{
    struct Ref {
        std::set<std::tuple<std::int64_t, int, std::uint64_t>> queue;  // (time, priority, seq)
    };
    std::uint64_t x = 99;
    auto rnd = [&] {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return x;
    };

    // The scripted behaviour: the k-th event run schedules 0-3 events and may cancel one.
    // Both kernels follow the same script, keyed by the order the events run in.
    struct Action {
        std::vector<std::pair<std::int64_t, int>> schedules;  // (delay, priority)
        bool cancelOldest = false;
    };
    std::vector<Action> script(20'000);
    for (Action& a : script) {
        const int count = static_cast<int>(rnd() % 4);
        for (int i = 0; i < count; ++i)
            a.schedules.emplace_back(static_cast<std::int64_t>(rnd() % 4 == 0 ? 0 : rnd() % 100), int(rnd() % 3));
        a.cancelOldest = rnd() % 5 == 0;
    }

    // Reference.
    std::vector<std::pair<std::int64_t, std::uint64_t>> expected;
    {
        Ref ref;
        std::uint64_t seq = 1;
        std::set<std::uint64_t> live;
        std::map<std::uint64_t, std::tuple<std::int64_t, int, std::uint64_t>> keyOf;
        for (int i = 0; i < 200; ++i) {
            const auto k = std::make_tuple(static_cast<std::int64_t>(i % 50), 1, seq);
            ref.queue.insert(k);
            keyOf[seq] = k;
            live.insert(seq++);
        }
        std::size_t step = 0;
        while (!ref.queue.empty() && step < script.size()) {
            const auto [t, p, s] = *ref.queue.begin();
            ref.queue.erase(ref.queue.begin());
            live.erase(s);
            expected.emplace_back(t, s);
            const Action& a = script[step++];
            for (const auto& [delay, prio] : a.schedules) {
                const auto k = std::make_tuple(t + delay, prio, seq);
                ref.queue.insert(k);
                keyOf[seq] = k;
                live.insert(seq++);
            }
            if (a.cancelOldest && !live.empty()) {
                const std::uint64_t victim = *live.begin();
                ref.queue.erase(keyOf[victim]);
                live.erase(victim);
            }
        }
    }

    // Ours.
    std::vector<std::pair<std::int64_t, std::uint64_t>> got;
    {
        Simulation sim;
        Recorder r(sim);
        std::set<std::uint64_t> live;
        std::size_t step = 0;
        r.react = [&](const Event& e) {
            live.erase(e.sequence());
            got.emplace_back(e.time.micros(), e.sequence());
            const Action& a = script[step++];
            for (const auto& [delay, prio] : a.schedules)
                live.insert(sim.scheduleIn(us(delay), r.id, 0, 0, EventPriority(prio)).sequence);
            if (a.cancelOldest && !live.empty()) {
                const std::uint64_t victim = *live.begin();
                EXPECT_TRUE(sim.cancel(EventId{victim}));
                live.erase(victim);
            }
        };
        for (int i = 0; i < 200; ++i) live.insert(sim.schedule(us(i % 50), r.id, 0).sequence);
        while (step < script.size() && sim.step()) {
        }
        EXPECT_EQ(sim.pending(), live.size());
    }
    ASSERT_GT(expected.size(), 1000u);
    EXPECT_EQ(got, expected);
}

// ---- owned, never global -----------------------------------------------------------------

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
