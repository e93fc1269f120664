#include "trace/series_csv.h"

#include "sim/calendar.h"

#include <fmt/format.h>

#include <ostream>

namespace postie {
namespace {

// Seconds as an exact decimal: "3", "0.25", "1.000001".
std::string seconds(SimTime t)
{
    const std::int64_t us = t.micros();
    std::string out = fmt::format("{}", us / 1000000);
    if (std::int64_t frac = us % 1000000; frac != 0) {
        std::string digits = fmt::format("{:06}", frac < 0 ? -frac : frac);
        while (digits.back() == '0') digits.pop_back();
        out += "." + digits;
    }
    return out;
}

std::string rate(std::optional<double> value) { return value ? fmt::format("{:.4f}", *value) : std::string(); }

} // namespace

std::string isoTime(SimTime t, std::optional<std::int64_t> startEpoch)
{
    const std::int64_t us = t.micros();
    std::int64_t secs = startEpoch.value_or(0) + us / 1000000;
    std::int64_t sub = us % 1000000;
    if (sub < 0) {
        sub += 1000000;
        --secs;
    }
    const auto [days, inDay] = splitSeconds(secs);
    const CivilDate date = civilFromDays(days);
    const std::string fraction = sub % 1000 == 0 ? fmt::format("{:03}", sub / 1000) : fmt::format("{:06}", sub);
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{}Z", date.year, date.month, date.day, inDay / 3600,
                       (inDay / 60) % 60, inDay % 60, fraction);
}

void writeSeriesCsv(std::ostream& out, const SeriesRecorder& series, std::optional<std::int64_t> startEpoch)
{
    out << "t_s,time,created,in_flight,delivered,bounced,expired,discarded,deferred";
    for (const auto& id : series.queueStations()) out << ",queue:" << id;  // host names: no commas or quotes
    out << ",dns_answers,dns_hit_rate,dns_hit_rate_total\n";
    for (const SeriesSample& s : series.samples()) {
        out << fmt::format("{},{},{},{},{},{},{},{},{}", seconds(s.time), isoTime(s.time, startEpoch), s.created,
                           s.inFlight, s.delivered, s.bounced, s.expired, s.discarded, s.deferred);
        for (std::uint64_t q : s.queues) out << ',' << q;
        out << ',' << s.dnsAnswers << ',' << rate(s.dnsHitRate()) << ',' << rate(s.dnsHitRateTotal()) << '\n';
    }
}

} // namespace postie
