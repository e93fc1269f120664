#pragma once
// The scenario's wall clock. Simulated time 0 is the scenario's start, given in seconds since
// 1970-01-01T00:00:00Z; these turn a moment into a date, a weekday and a time of day. POSIX time
// (every day 86,400 seconds, no leap seconds) on the proleptic Gregorian calendar, as RFC 5322
// §3.3 dates and ISO 8601 times are written. One copy for the headers, the series CSV, the
// loader's `start`, the narrator and the daily mail profile.
#include "sim/sim_time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace postie {

inline constexpr std::int64_t kSecondsPerDay = 86'400;
inline constexpr std::int64_t kMicrosPerHour = 3'600'000'000;
inline constexpr std::int64_t kMicrosPerDay = 24 * kMicrosPerHour;

struct CivilDate {
    std::int64_t year = 1970;
    unsigned month = 1;  // 1..12
    unsigned day = 1;    // 1..31
};

// Days since 1970-01-01 to a date and back (Howard Hinnant's civil_from_days / days_from_civil).
CivilDate civilFromDays(std::int64_t days);
std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day);
// 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday).
unsigned weekdayFromDays(std::int64_t days);

// A count of seconds (or microseconds) since the epoch as whole days and the rest of the day,
// rounded down: a moment before 1970 falls on the day before with a positive time of day.
struct DayAndTime {
    std::int64_t day = 0;     // days since 1970-01-01
    std::int64_t intoDay = 0; // 0 <= intoDay < one day, in the unit of the count
};
DayAndTime splitSeconds(std::int64_t epochSeconds);
DayAndTime splitMicros(std::int64_t epochMicros);

// The wall-clock epoch for a simulated time; without a scenario start, t = 0 is 2000-01-01.
std::int64_t wallClockSeconds(std::optional<std::int64_t> startEpoch, SimTime t);
// RFC 5322 §3.3 date-time in UTC, e.g. "Wed, 14 Jul 2010 09:00:00 +0000".
std::string formatRfc5322Date(std::int64_t epochSeconds);
// A date-time as real mail writes it, back to seconds since the epoch: RFC 5322 §3.3 and the
// obsolete forms of §4.3 that old servers still send (no weekday, a two-digit year, no seconds,
// the zones UT, GMT, EST ... PDT and military letters, -0000 for "UTC, place unknown"); a
// trailing comment such as "(CET)" is ignored. Nothing when it is not a date.
std::optional<std::int64_t> parseRfc5322Date(std::string_view text);

// The hour of the day (0..23) at simulated time t, with t = 0 shown as `startEpochSeconds`.
int hourOfDay(SimTime t, std::int64_t startEpochSeconds);
// The next full hour of that clock after t.
SimTime nextHourAfter(SimTime t, std::int64_t startEpochSeconds);

} // namespace postie
