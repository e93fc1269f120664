// The clock the class reads: the time of day (with the day number after the first day), and,
// when the scenario says when it starts, the date too.
#include "trace/narrator.h"

#include <gtest/gtest.h>

namespace postie {
namespace {

constexpr std::int64_t kBastilleDay2010 = 1279098000;  // 2010-07-14T09:00:00Z, a Wednesday

TEST(NarratorClock, WithoutAStartTheClockCountsFromMidnightOfDayOne)
{
    const Narrator narrator({}, std::nullopt);
    EXPECT_EQ(narrator.clock(SimTime::fromMillis(31)), "00:00:00.031");
    EXPECT_EQ(narrator.dateAndTime(SimTime::fromMillis(31)), "00:00:00.031");
    EXPECT_EQ(narrator.clock(SimTime::fromSeconds(86400 + 60)), "day 2 00:01:00.000");
}

TEST(NarratorClock, WithAStartTheDateTurnsOverAtMidnight)
{
    const Narrator narrator({}, kBastilleDay2010);
    EXPECT_EQ(narrator.clock(SimTime::fromMillis(31)), "09:00:00.031");
    EXPECT_EQ(narrator.dateAndTime(SimTime::fromMillis(31)), "Wed 14 Jul 2010, 09:00:00.031");
    // Five days and fifteen hours later: Tuesday the 20th, at midnight.
    EXPECT_EQ(narrator.dateAndTime(SimTime::fromSeconds(5 * 86400 + 15 * 3600)), "Tue 20 Jul 2010, 00:00:00.000");
    // Across a month and a year.
    const Narrator newYear({}, 1293839999);  // 2010-12-31T23:59:59Z
    EXPECT_EQ(newYear.dateAndTime(SimTime::fromSeconds(1)), "Sat 1 Jan 2011, 00:00:00.000");
}

} // namespace
} // namespace postie
