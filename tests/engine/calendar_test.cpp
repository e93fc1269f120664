// The scenario's wall clock: dates from day numbers and back, weekdays, the split of a moment
// into a day and a time of day (rounded down before 1970 too), and the daily profile's hour.
#include "sim/calendar.h"

#include <gtest/gtest.h>

namespace postie {
namespace {

const auto s = [](std::int64_t n) { return SimTime::fromSeconds(n); };

void expectDate(const CivilDate& date, std::int64_t year, unsigned month, unsigned day)
{
    EXPECT_EQ(date.year, year);
    EXPECT_EQ(date.month, month);
    EXPECT_EQ(date.day, day);
}

TEST(Calendar, DayNumbersAreDatesAndBack)
{
    expectDate(civilFromDays(0), 1970, 1, 1);
    expectDate(civilFromDays(14804), 2010, 7, 14);   // 1279098000 / 86400
    expectDate(civilFromDays(11016), 2000, 2, 29);   // a leap day of a year divisible by 400
    expectDate(civilFromDays(-1), 1969, 12, 31);
    EXPECT_EQ(daysFromCivil(2010, 7, 14), 14804);
    EXPECT_EQ(daysFromCivil(2100, 3, 1) - daysFromCivil(2100, 2, 28), 1);  // 2100 is no leap year
    for (std::int64_t day = -800000; day <= 3000000; day += 997) {
        const CivilDate date = civilFromDays(day);
        EXPECT_EQ(daysFromCivil(date.year, date.month, date.day), day) << day;
    }
}

TEST(Calendar, WeekdaysCountFromSunday)
{
    EXPECT_EQ(weekdayFromDays(0), 4u);                             // Thursday 1 Jan 1970
    EXPECT_EQ(weekdayFromDays(daysFromCivil(2010, 7, 14)), 3u);    // a Wednesday
    EXPECT_EQ(weekdayFromDays(daysFromCivil(2011, 1, 1)), 6u);     // a Saturday
    EXPECT_EQ(weekdayFromDays(-4), 0u);                            // Sunday 28 Dec 1969
}

TEST(Calendar, AMomentSplitsIntoADayAndATimeOfDay)
{
    const DayAndTime bastille = splitSeconds(1279098000);
    EXPECT_EQ(bastille.day, 14804);
    EXPECT_EQ(bastille.intoDay, 9 * 3600);
    const DayAndTime beforeTheEpoch = splitSeconds(-1);
    EXPECT_EQ(beforeTheEpoch.day, -1);
    EXPECT_EQ(beforeTheEpoch.intoDay, 86399);
    const DayAndTime micros = splitMicros(2 * kMicrosPerDay + 250);
    EXPECT_EQ(micros.day, 2);
    EXPECT_EQ(micros.intoDay, 250);
    EXPECT_EQ(splitMicros(-1).intoDay, kMicrosPerDay - 1);
}

TEST(Calendar, TheHourOfDayFollowsTheStartTime)
{
    EXPECT_EQ(hourOfDay(s(0), 0), 0);
    EXPECT_EQ(hourOfDay(s(3600 * 8 + 5), 0), 8);
    EXPECT_EQ(hourOfDay(s(0), 1279092600), 7);       // 07:30
    EXPECT_EQ(hourOfDay(s(1800), 1279092600), 8);    // 08:00
    EXPECT_EQ(hourOfDay(s(86400), 1279092600), 7);   // the next day
    EXPECT_EQ(nextHourAfter(s(0), 1279092600), s(1800));
    EXPECT_EQ(nextHourAfter(s(1800), 1279092600), s(5400));
    EXPECT_EQ(nextHourAfter(s(5400), 1279092600), s(9000));
}

} // namespace
} // namespace postie
