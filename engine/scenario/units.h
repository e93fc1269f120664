#pragma once
// Units in scenario files, read from text and written back.
//
//   durations      250us  30ms  2s  5m  1h  5d   (also 1.5s, 0s; `min` = `m` = minutes)
//                  A bare number is an error: write 30s, not 30.
//   rates          100/s  2/min  2/m  30/h  10/d  (letters per unit of time; 0.5/s allowed)
//   sizes          512B  12KB  3MB  1GB  1TB      (binary: 1KB = 1024 B, 1MB = 1024 KB, ...;
//                                                  KiB, MiB, GiB, TiB are accepted as well)
//   speeds         0.1x  2x  600x                 (times real time; the x may be left out)
//   distributions  const(2ms)  exp(5ms)  uniform(1ms, 3ms)  lognormal(20ms, 5ms),
//                  and a plain duration, which means const(...)
//
// Numbers are decimal, with at most 6 digits after the point, never in exponent form. Parsing
// does not depend on the C locale. Errors are plain words for a teacher, say what is wrong and
// how to write it instead; the caller adds the file position.
#include "sim/distribution.h"
#include "sim/sim_time.h"
#include "words/phrasebook.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace postie {

// A parsed value, or the reason there is none.
template <typename T>
struct Parsed {
    std::optional<T> value;
    std::string error;  // set exactly when value is empty

    bool ok() const { return value.has_value(); }
    static Parsed success(T v) { return Parsed{std::move(v), {}}; }
    static Parsed failure(std::string text) { return Parsed{std::nullopt, std::move(text)}; }
};

// A duration; may be negative ("-5s") so that callers can say "cannot be negative" with the key
// name. Finer than one microsecond (e.g. 1.5us) is an error, since the clock counts microseconds.
Parsed<SimTime> parseDuration(std::string_view text);
// A rate in events per second.
Parsed<double> parseRate(std::string_view text);
// A playback speed, times real time ("0.25x"); must be more than 0.
Parsed<double> parseSpeed(std::string_view text);
// A size in bytes, rounded to the nearest byte (0.1KB = 102 B).
Parsed<std::uint64_t> parseSize(std::string_view text);
// A distribution of durations; its arguments must not be negative; uniform needs low <= high.
Parsed<Distribution> parseDistribution(std::string_view text);

// Back to text, in the largest unit that is exact: 300000us -> "300ms", 90s -> "90s",
// 3600s -> "1h", 0 -> "0s".
std::string formatDuration(SimTime t);
// For a sentence, rounded to what a reader needs: "4.2 s", "10 min", "1 h 20 min", "2 d 3 h".
std::string formatSpokenDuration(SimTime t);
// The same in the book's words ("10 min", German "3,5 s", French "2 j 4 h").
std::string formatSpokenDuration(SimTime t, const Phrasebook& book);
// 30/h rather than 0.00833333/s: the largest of /s, /min, /h, /d that gives a whole number of
// at least 1, else per second with up to 6 significant digits.
std::string formatRate(double perSecond);
// 0.25 -> "0.25x", 600 -> "600x".
std::string formatSpeed(double times);
std::string formatNumber(double v);  // 6.5, -1, 0
// 4096 -> "4KB", 1000 -> "1000B", 0 -> "0B".
std::string formatSize(std::uint64_t bytes);
// "exp(5ms)", "const(0s)", "uniform(1ms, 3ms)", "lognormal(20ms, 5ms)".
std::string formatDistribution(const Distribution& d);

} // namespace postie
