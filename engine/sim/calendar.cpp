#include "sim/calendar.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <vector>

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

namespace {

// Words of a date: runs of letters or digits; ',' ':' '+' '-' stand alone; comments are dropped.
std::vector<std::string> dateWords(std::string_view text)
{
    std::vector<std::string> words;
    int depth = 0;
    bool inWord = false;
    for (const char c : text) {
        const bool alnum = std::isalnum(static_cast<unsigned char>(c)) != 0;
        if (c == '(') ++depth;
        if (depth > 0 || !alnum) {
            if (c == ')' && depth > 0) --depth;
            inWord = false;
            if (depth == 0 && (c == ',' || c == ':' || c == '+' || c == '-')) words.emplace_back(1, c);
            continue;
        }
        if (inWord) words.back() += c;
        else words.emplace_back(1, c);
        inWord = true;
    }
    return words;
}

bool allDigits(const std::string& s, std::size_t min, std::size_t max)
{
    return s.size() >= min && s.size() <= max &&
           std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

// RFC 5322 §4.3 obs-zone, in minutes east of UTC; military letters count as 0 (as §4.3 says
// their meaning was never sure).
std::optional<int> namedZone(std::string zone)
{
    for (char& c : zone) c = char(std::toupper(static_cast<unsigned char>(c)));
    static const std::pair<const char*, int> kZones[] = {{"UT", 0},     {"UTC", 0},    {"GMT", 0},    {"Z", 0},
                                                         {"EST", -300}, {"EDT", -240}, {"CST", -360}, {"CDT", -300},
                                                         {"MST", -420}, {"MDT", -360}, {"PST", -480}, {"PDT", -420}};
    for (const auto& [name, minutes] : kZones)
        if (zone == name) return minutes;
    if (zone.size() == 1 && std::isalpha(static_cast<unsigned char>(zone[0])) && zone != "J") return 0;
    return std::nullopt;
}

} // namespace

std::optional<std::int64_t> parseRfc5322Date(std::string_view text)
{
    static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec"};
    std::vector<std::string> w = dateWords(text);
    std::size_t i = 0;
    // [day-of-week ","]
    if (i < w.size() && std::isalpha(static_cast<unsigned char>(w[i][0]))) {
        ++i;
        if (i < w.size() && w[i] == ",") ++i;
    }
    if (i + 2 >= w.size() || !allDigits(w[i], 1, 2)) return std::nullopt;
    const unsigned day = unsigned(std::stoi(w[i++]));
    std::string month = w[i++];
    for (char& c : month) c = char(std::tolower(static_cast<unsigned char>(c)));
    unsigned monthNumber = 0;
    for (unsigned m = 0; m < 12; ++m)
        if (month == kMonths[m]) monthNumber = m + 1;
    if (monthNumber == 0 || !allDigits(w[i], 2, 4)) return std::nullopt;
    std::int64_t year = std::stoll(w[i++]);
    if (w[i - 1].size() == 2) year += year < 50 ? 2000 : 1900;  // §4.3: 00-49 are 2000-2049
    else if (w[i - 1].size() == 3) year += 1900;
    // hour ":" minute [":" second]
    if (i + 2 >= w.size() || !allDigits(w[i], 1, 2) || w[i + 1] != ":" || !allDigits(w[i + 2], 2, 2)) return std::nullopt;
    const int hour = std::stoi(w[i]);
    const int minute = std::stoi(w[i + 2]);
    i += 3;
    int second = 0;
    if (i + 1 < w.size() && w[i] == ":" && allDigits(w[i + 1], 2, 2)) {
        second = std::stoi(w[i + 1]);
        i += 2;
    }
    if (day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return std::nullopt;
    int zoneMinutes = 0;
    if (i + 1 < w.size() && (w[i] == "+" || w[i] == "-") && allDigits(w[i + 1], 4, 4)) {
        const int hhmm = std::stoi(w[i + 1]);
        zoneMinutes = (hhmm / 100) * 60 + hhmm % 100;
        if (w[i] == "-") zoneMinutes = -zoneMinutes;
    } else if (i < w.size()) {
        const auto named = namedZone(w[i]);
        if (!named) return std::nullopt;
        zoneMinutes = *named;
    } else {
        return std::nullopt;  // a date without a zone says no moment
    }
    const std::int64_t local = daysFromCivil(year, monthNumber, day) * kSecondsPerDay + hour * 3600 + minute * 60 + second;
    return local - std::int64_t(zoneMinutes) * 60;
}

} // namespace postie
