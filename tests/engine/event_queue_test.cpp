// Specs for EventQueue, the 4-ary heap under the kernel: it must pop in exactly the
// (time, priority, insertion sequence) order, whatever mix of pushes and pops came before.
#include "sim/event_queue.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <random>
#include <set>
#include <tuple>
#include <vector>

namespace postie {
namespace {

Event makeEvent(std::int64_t timeUs, std::uint64_t seq, EventPriority p = EventPriority::Normal,
                std::uint64_t arg = 0)
{
    return Event{SimTime::fromMicros(timeUs), (std::uint64_t(p) << 56) | seq, 0, 0, arg};
}

TEST(EventQueue, ANewQueueIsEmpty)
{
    EventQueue q;
    EXPECT_TRUE(q.empty());
    EXPECT_EQ(q.size(), 0u);
}

TEST(EventQueue, AnEventEntryStaysSmall)
{
    // The heap moves entries on every push and pop; the payload lives elsewhere.
    EXPECT_LE(sizeof(Event), 32u);
}

TEST(EventQueue, OrderKeyPacksPriorityAboveSequence)
{
    const Event e = makeEvent(5, 123456789, EventPriority::Late);
    EXPECT_EQ(e.sequence(), 123456789u);
    EXPECT_EQ(e.priority(), EventPriority::Late);
    EXPECT_EQ(makeEvent(5, 1, EventPriority::Incident).priority(), EventPriority::Incident);
}

TEST(EventQueue, PopsInTimeOrder)
{
    EventQueue q;
    const std::int64_t times[] = {50, 10, 40, 30, 20, 60, 0};
    std::uint64_t seq = 1;
    for (std::int64_t t : times) q.push(makeEvent(t, seq++));
    EXPECT_EQ(q.size(), 7u);
    std::vector<std::int64_t> out;
    while (!q.empty()) out.push_back(q.pop().time.micros());
    EXPECT_EQ(out, (std::vector<std::int64_t>{0, 10, 20, 30, 40, 50, 60}));
}

TEST(EventQueue, TiesBreakOnPriorityThenOnInsertionSequence)
{
    EventQueue q;
    q.push(makeEvent(5, 1, EventPriority::Late, 1));
    q.push(makeEvent(5, 2, EventPriority::Normal, 2));
    q.push(makeEvent(5, 3, EventPriority::Incident, 3));
    q.push(makeEvent(5, 4, EventPriority::Normal, 4));
    q.push(makeEvent(4, 5, EventPriority::Late, 5));
    std::vector<std::uint64_t> out;
    while (!q.empty()) out.push_back(q.pop().arg);
    EXPECT_EQ(out, (std::vector<std::uint64_t>{5, 3, 2, 4, 1}));
}

TEST(EventQueue, TopIsWhatPopReturns)
{
    EventQueue q;
    q.push(makeEvent(9, 1));
    q.push(makeEvent(3, 2));
    q.push(makeEvent(6, 3));
    const Event top = q.top();
    const Event popped = q.pop();
    EXPECT_EQ(top.time, popped.time);
    EXPECT_EQ(top.order, popped.order);
    EXPECT_EQ(q.top().time.micros(), 6);
}

TEST(EventQueue, ReplaceTopRemovesTheEarliestAndInsertsTheNewEntry)
{
    EventQueue q;
    q.push(makeEvent(10, 1));
    q.push(makeEvent(20, 2));
    q.push(makeEvent(30, 3));
    q.replaceTop(makeEvent(25, 4));  // 10 leaves, 25 arrives
    EXPECT_EQ(q.size(), 3u);
    std::vector<std::uint64_t> out;
    while (!q.empty()) out.push_back(q.pop().sequence());
    EXPECT_EQ(out, (std::vector<std::uint64_t>{2, 4, 3}));
}

TEST(EventQueue, ReplaceTopWithAnEntryThatBelongsFirstKeepsItOnTop)
{
    EventQueue q;
    for (std::uint64_t i = 1; i <= 20; ++i) q.push(makeEvent(static_cast<std::int64_t>(i) * 10, i));
    q.replaceTop(makeEvent(10, 99, EventPriority::Incident));
    EXPECT_EQ(q.top().sequence(), 99u);
    EXPECT_EQ(q.size(), 20u);
}

TEST(EventQueue, ReplaceTopOnASingleEntryQueue)
{
    EventQueue q;
    q.push(makeEvent(10, 1));
    q.replaceTop(makeEvent(15, 2));
    EXPECT_EQ(q.size(), 1u);
    EXPECT_EQ(q.pop().sequence(), 2u);
    EXPECT_TRUE(q.empty());
}

TEST(EventQueue, NegativeTimesSortBeforePositiveOnes)
{
    EventQueue q;
    q.push(makeEvent(5, 1));
    q.push(makeEvent(-5, 2));
    q.push(makeEvent(0, 3));
    q.push(makeEvent(std::numeric_limits<std::int64_t>::min(), 4));
    q.push(makeEvent(std::numeric_limits<std::int64_t>::max(), 5));
    std::vector<std::uint64_t> out;
    while (!q.empty()) out.push_back(q.pop().sequence());
    EXPECT_EQ(out, (std::vector<std::uint64_t>{4, 2, 3, 1, 5}));
}

TEST(EventQueue, EveryEntryFieldSurvivesTheHeap)
{
    EventQueue q;
    for (std::uint32_t i = 0; i < 100; ++i)
        q.push(Event{SimTime::fromMicros((i * 37) % 11), std::uint64_t(i + 1), i, i * 2, std::uint64_t(i) * 3});
    while (!q.empty()) {
        const Event e = q.pop();
        const std::uint32_t i = static_cast<std::uint32_t>(e.sequence() - 1);
        EXPECT_EQ(e.time.micros(), (i * 37) % 11);
        EXPECT_EQ(e.target, i);
        EXPECT_EQ(e.kind, i * 2);
        EXPECT_EQ(e.arg, std::uint64_t(i) * 3);
    }
}

// The heap against an obviously correct reference (an ordered set of the same keys) over a
// long random mix of pushes, pops and top replacements, with many ties in time and in priority.
TEST(EventQueue, PopsInTheSameOrderAsASortedReferenceOverManyRandomPushesPopsAndReplaces)
{
    std::mt19937_64 rng(20240601);
    EventQueue q;
    using Key = std::tuple<std::int64_t, std::uint64_t>;  // (time, order): order is unique
    std::set<Key> reference;
    std::uint64_t seq = 1;
    std::int64_t now = 0;
    std::size_t pops = 0;
    std::size_t maxSize = 0;

    for (int op = 0; op < 100'000; ++op) {
        // Phases that grow and shrink the queue, so both deep and shallow heaps are exercised.
        const bool growing = (op / 5000) % 2 == 0;
        const unsigned dice = static_cast<unsigned>(rng() % 100);
        const bool push = reference.empty() || dice < (growing ? 70u : 30u);
        const bool replace = !push && dice >= 90;  // the kernel's "run the top, schedule the next"
        if (replace) {
            const Key expected = *reference.begin();
            reference.erase(reference.begin());
            ASSERT_EQ(Key(q.top().time.micros(), q.top().order), expected) << "at operation " << op;
            now = q.top().time.micros();
            const Event e = makeEvent(now + static_cast<std::int64_t>(rng() % 50), seq++, EventPriority(rng() % 3));
            q.replaceTop(e);
            reference.emplace(e.time.micros(), e.order);
            ++pops;
        } else if (push) {
            // Never before the last popped time, like the kernel; a narrow range forces ties.
            const std::int64_t t = now + static_cast<std::int64_t>(rng() % 50);
            const auto p = EventPriority(rng() % 3);
            const Event e = makeEvent(t, seq++, p);
            q.push(e);
            reference.emplace(e.time.micros(), e.order);
        } else {
            ASSERT_FALSE(q.empty());
            const Key expected = *reference.begin();
            reference.erase(reference.begin());
            const Event& top = q.top();
            ASSERT_EQ(Key(top.time.micros(), top.order), expected) << "at operation " << op;
            const Event e = q.pop();
            ASSERT_EQ(Key(e.time.micros(), e.order), expected) << "at operation " << op;
            now = e.time.micros();
            ++pops;
        }
        ASSERT_EQ(q.size(), reference.size());
        maxSize = std::max(maxSize, q.size());
    }
    // Drain what is left.
    while (!reference.empty()) {
        const Key expected = *reference.begin();
        reference.erase(reference.begin());
        const Event e = q.pop();
        ASSERT_EQ(Key(e.time.micros(), e.order), expected);
    }
    EXPECT_TRUE(q.empty());
    EXPECT_GT(pops, 30'000u);
    EXPECT_GT(maxSize, 1'000u);
}

TEST(EventQueue, HundredThousandPushesThenPopsComeOutSorted)
{
    std::mt19937_64 rng(7);
    EventQueue q;
    std::vector<std::tuple<std::int64_t, std::uint64_t>> reference;
    for (std::uint64_t seq = 1; seq <= 100'000; ++seq) {
        const Event e = makeEvent(static_cast<std::int64_t>(rng() % 10'000), seq, EventPriority(rng() % 3));
        q.push(e);
        reference.emplace_back(e.time.micros(), e.order);
    }
    std::sort(reference.begin(), reference.end());
    for (const auto& expected : reference) {
        const Event e = q.pop();
        ASSERT_EQ(std::make_tuple(e.time.micros(), e.order), expected);
    }
    EXPECT_TRUE(q.empty());
}

} // namespace
} // namespace postie
