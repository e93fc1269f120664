#include "sim/calendar.h"

#include <fmt/format.h>

namespace postie {
namespace {

constexpr std::int64_t kDefaultStart = 946684800;  // 2000-01-01T00:00:00Z

DayAndTime splitCount(std::int64_t count, std::int64_t perDay)
{
    std::int64_t day = count / perDay;
    std::int64_t intoDay = count % perDay;
    if (intoDay < 0) {
        intoDay += perDay;
        --day;
    }
    return {day, intoDay};
}

// Microseconds into the day of the clock at t (the start's time of day plus t).
std::int64_t clockOfDay(SimTime t, std::int64_t startEpochSeconds)
{
    const std::int64_t startOfDayUs = splitSeconds(startEpochSeconds).intoDay * 1'000'000;
    return (startOfDayUs + t.micros() % kMicrosPerDay) % kMicrosPerDay;
}

} // namespace

CivilDate civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {std::int64_t(yoe) + era * 400 + (m <= 2), m, d};
}

std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

unsigned weekdayFromDays(std::int64_t days)
{
    return unsigned(splitCount(days + 4, 7).intoDay);  // day 0 was a Thursday (4)
}

DayAndTime splitSeconds(std::int64_t epochSeconds) { return splitCount(epochSeconds, kSecondsPerDay); }

DayAndTime splitMicros(std::int64_t epochMicros) { return splitCount(epochMicros, kMicrosPerDay); }

int hourOfDay(SimTime t, std::int64_t startEpochSeconds)
{
    return int(clockOfDay(t, startEpochSeconds) / kMicrosPerHour);
}

SimTime nextHourAfter(SimTime t, std::int64_t startEpochSeconds)
{
    const std::int64_t intoHour = clockOfDay(t, startEpochSeconds) % kMicrosPerHour;
    return t + SimTime::fromMicros(kMicrosPerHour - intoHour);
}

std::int64_t wallClockSeconds(std::optional<std::int64_t> startEpoch, SimTime t)
{
    return startEpoch.value_or(kDefaultStart) + t.micros() / 1000000;
}

std::string formatRfc5322Date(std::int64_t epoch)
{
    static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const auto [days, secs] = splitSeconds(epoch);
    const CivilDate date = civilFromDays(days);
    return fmt::format("{}, {:02} {} {} {:02}:{:02}:{:02} +0000", kDays[weekdayFromDays(days)], date.day,
                       kMonths[date.month - 1], date.year, secs / 3600, (secs / 60) % 60, secs % 60);
}

} // namespace postie
