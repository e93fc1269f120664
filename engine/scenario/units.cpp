#include "scenario/units.h"

#include "scenario/scenario_keys.h"
#include "words/phrase_fill.h"

#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <vector>

namespace postie {
namespace {

constexpr int kMaxFractionDigits = 6;
constexpr int kMaxWholeDigits = 18;

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

std::string inQuotes(std::string_view s)
{
    constexpr std::size_t kMax = 60;
    if (s.size() > kMax) return "'" + std::string(s.substr(0, kMax)) + "...'";
    return "'" + std::string(s) + "'";
}

// A decimal number written as [+-]digits[.digits], split off the front of a text.
struct Decimal {
    bool negative = false;
    std::uint64_t whole = 0;
    std::uint64_t fraction = 0;  // the digits after the point, as an integer
    int fractionDigits = 0;
    bool present = false;        // at least one digit was read

    double toDouble() const
    {
        double v = double(whole) + double(fraction) / std::pow(10.0, fractionDigits);
        return negative ? -v : v;
    }
};

std::uint64_t pow10(int n)
{
    std::uint64_t p = 1;
    for (int i = 0; i < n; ++i) p *= 10;
    return p;
}

// Reads the number at the front of `text`; `rest` gets what follows (trimmed). Returns an error
// text for numbers we cannot hold exactly, or an empty string.
std::string readDecimal(std::string_view text, Decimal& out, std::string_view& rest)
{
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
        out.negative = text[i] == '-';
        ++i;
    }
    int wholeDigits = 0;
    while (i < text.size() && isDigit(text[i])) {
        if (++wholeDigits > kMaxWholeDigits) return "the number in " + inQuotes(text) + " is too large";
        out.whole = out.whole * 10 + std::uint64_t(text[i] - '0');
        out.present = true;
        ++i;
    }
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && isDigit(text[i])) {
            if (++out.fractionDigits > kMaxFractionDigits)
                return "the number in " + inQuotes(text) + " has more than " +
                       std::to_string(kMaxFractionDigits) + " digits after the point";
            out.fraction = out.fraction * 10 + std::uint64_t(text[i] - '0');
            out.present = true;
            ++i;
        }
    }
    rest = trim(text.substr(i));
    return {};
}

struct TimeUnit {
    std::string_view name;
    std::int64_t micros;
};
constexpr std::array<TimeUnit, 8> kTimeUnits{{
    {"us", 1},
    {"\xC2\xB5s", 1},  // µs
    {"ms", 1000},
    {"s", 1000000},
    {"m", 60'000'000},
    {"min", 60'000'000},
    {"h", 3'600'000'000},
    {"d", 86'400'000'000},
}};

const TimeUnit* findTimeUnit(std::string_view name)
{
    for (const auto& u : kTimeUnits)
        if (u.name == name) return &u;
    return nullptr;
}

// value = decimal * scale, exactly; nullopt on overflow; `inexact` when a remainder is left.
std::optional<std::uint64_t> scaleExact(const Decimal& d, std::uint64_t scale, bool& inexact,
                                        bool roundToNearest)
{
    std::uint64_t whole = 0;
    if (__builtin_mul_overflow(d.whole, scale, &whole)) return std::nullopt;
    std::uint64_t fracScaled = 0;
    if (__builtin_mul_overflow(d.fraction, scale, &fracScaled)) return std::nullopt;
    const std::uint64_t divisor = pow10(d.fractionDigits);
    std::uint64_t fracPart = fracScaled / divisor;
    const std::uint64_t remainder = fracScaled % divisor;
    inexact = remainder != 0;
    if (roundToNearest && remainder * 2 >= divisor) ++fracPart;
    std::uint64_t total = 0;
    if (__builtin_add_overflow(whole, fracPart, &total)) return std::nullopt;
    return total;
}

std::string numberAsWritten(std::string_view text)
{
    // the number part of e.g. "30" or "1.5", for "write 30s" suggestions
    std::size_t n = 0;
    while (n < text.size() && (isDigit(text[n]) || text[n] == '.' || text[n] == '-' || text[n] == '+')) ++n;
    return std::string(text.substr(0, n));
}

std::string trimmedDecimal(double v, int decimals)
{
    std::array<char, 64> buf{};
    auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed,
                                   decimals);
    if (ec != std::errc()) return "0";
    std::string s(buf.data(), end);
    if (s.find('.') != std::string::npos) {
        while (!s.empty() && s.back() == '0') s.pop_back();
        if (!s.empty() && s.back() == '.') s.pop_back();
    }
    return s;
}

} // namespace

Parsed<SimTime> parseDuration(std::string_view raw)
{
    using R = Parsed<SimTime>;
    const std::string_view text = trim(raw);
    if (text.empty()) return R::failure("the duration is empty; write for example 30s or 5m");
    Decimal d;
    std::string_view unit;
    if (auto err = readDecimal(text, d, unit); !err.empty()) return R::failure(err);
    if (!d.present)
        return R::failure(inQuotes(text) + " is not a duration; write a number and a unit, for example 30s or 5m");
    if (unit.empty()) {
        const std::string n = numberAsWritten(text);
        return R::failure("duration " + inQuotes(text) + " has no unit; write for example " + n + "s or " + n + "ms");
    }
    const TimeUnit* u = findTimeUnit(unit);
    if (!u) {
        std::string hint;
        if (unit == "M") hint = " (minutes are m)";
        else if (unit == "S") hint = " (seconds are s)";
        else if (unit == "H") hint = " (hours are h)";
        else if (unit == "D") hint = " (days are d)";
        return R::failure("unknown time unit " + inQuotes(unit) + " in " + inQuotes(text) +
                          "; use us, ms, s, m (minutes), h or d" + hint);
    }
    bool inexact = false;
    auto micros = scaleExact(d, std::uint64_t(u->micros), inexact, false);
    if (!micros || *micros > std::uint64_t(SimTime::max().micros()))
        return R::failure("duration " + inQuotes(text) + " is too large");
    if (inexact)
        return R::failure("duration " + inQuotes(text) +
                          " is finer than one microsecond, the smallest step of the clock");
    const auto us = std::int64_t(*micros);
    return R::success(SimTime::fromMicros(d.negative ? -us : us));
}

Parsed<double> parseRate(std::string_view raw)
{
    using R = Parsed<double>;
    const std::string_view text = trim(raw);
    if (text.empty()) return R::failure("the rate is empty; write for example 30/h or 2/min");
    const auto slash = text.find('/');
    const std::string_view left = trim(text.substr(0, slash));
    Decimal d;
    std::string_view after;
    if (auto err = readDecimal(left, d, after); !err.empty()) return R::failure(err);
    if (!d.present || !after.empty())
        return R::failure(inQuotes(text) + " is not a rate; write a number of letters per unit of time, "
                          "for example 30/h, 2/min or 100/s");
    if (slash == std::string_view::npos) {
        const std::string n = numberAsWritten(text);
        return R::failure("rate " + inQuotes(text) + " has no time unit; write for example " + n + "/h or " + n + "/min");
    }
    const std::string_view unit = trim(text.substr(slash + 1));
    double seconds = 0;
    if (unit == "s") seconds = 1;
    else if (unit == "m" || unit == "min") seconds = 60;
    else if (unit == "h") seconds = 3600;
    else if (unit == "d") seconds = 86400;
    else
        return R::failure("unknown time unit " + inQuotes(unit) + " in rate " + inQuotes(text) +
                          "; use /s, /min (or /m), /h or /d");
    if (d.negative && (d.whole != 0 || d.fraction != 0))
        return R::failure("rate " + inQuotes(text) + " is negative; a rate counts letters, so it is 0 or more");
    return R::success(std::fabs(d.toDouble()) / seconds);
}

Parsed<std::uint64_t> parseSize(std::string_view raw)
{
    using R = Parsed<std::uint64_t>;
    const std::string_view text = trim(raw);
    if (text.empty()) return R::failure("the size is empty; write for example 4KB or 2MB");
    Decimal d;
    std::string_view unit;
    if (auto err = readDecimal(text, d, unit); !err.empty()) return R::failure(err);
    if (!d.present)
        return R::failure(inQuotes(text) + " is not a size; write a number and a unit, for example 4KB or 2MB");
    if (unit.empty()) {
        const std::string n = numberAsWritten(text);
        return R::failure("size " + inQuotes(text) + " has no unit; write for example " + n + "B or " + n + "KB");
    }
    std::string upper(unit);
    for (char& c : upper)
        if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
    std::uint64_t scale = 0;
    if (upper == "B") scale = 1;
    else if (upper == "KB" || upper == "KIB") scale = 1ull << 10;
    else if (upper == "MB" || upper == "MIB") scale = 1ull << 20;
    else if (upper == "GB" || upper == "GIB") scale = 1ull << 30;
    else if (upper == "TB" || upper == "TIB") scale = 1ull << 40;
    else
        return R::failure("unknown size unit " + inQuotes(unit) + " in " + inQuotes(text) +
                          "; use B, KB, MB, GB or TB (1KB = 1024 bytes)");
    if (d.negative && (d.whole != 0 || d.fraction != 0))
        return R::failure("size " + inQuotes(text) + " is negative; sizes are 0B or more");
    bool inexact = false;
    auto bytes = scaleExact(d, scale, inexact, true);
    if (!bytes) return R::failure("size " + inQuotes(text) + " is too large");
    return R::success(*bytes);
}

Parsed<Distribution> parseDistribution(std::string_view raw)
{
    using R = Parsed<Distribution>;
    const std::string_view text = trim(raw);
    constexpr std::string_view kForms =
        "const(2ms), exp(5ms), uniform(1ms, 3ms), lognormal(20ms, 5ms) or a plain duration like 2ms";
    if (text.empty()) return R::failure("the distribution is empty; write for example " + std::string(kForms));
    const auto open = text.find('(');
    if (open == std::string_view::npos) {
        const char c = text.front();
        if (!isDigit(c) && c != '.' && c != '-' && c != '+')
            return R::failure(inQuotes(text) + " is not a duration or a distribution; write for example " +
                              std::string(kForms));
        auto d = parseDuration(text);
        if (!d.ok()) return R::failure(d.error);
        if (*d.value < SimTime::zero())
            return R::failure("duration " + inQuotes(text) + " is negative; a time is 0s or more");
        return R::success(Distribution::constant(*d.value));
    }
    if (text.back() != ')')
        return R::failure(inQuotes(text) + " lacks its closing ')'. Inside { } a comma ends the value, so put a "
                          "distribution with two times in quotes, like \"uniform(1ms, 3ms)\"");
    std::string name(trim(text.substr(0, open)));
    for (char& c : name)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    const std::string_view inside = text.substr(open + 1, text.size() - open - 2);
    if (inside.find_first_of("()") != std::string_view::npos)
        return R::failure(inQuotes(text) + " has brackets inside brackets; write for example exp(5ms)");

    Distribution::Kind kind{};
    std::size_t arity = 1;
    std::string_view usage;
    if (name == "const" || name == "constant") { kind = Distribution::Kind::Constant; usage = "const(2ms)"; }
    else if (name == "exp" || name == "exponential") { kind = Distribution::Kind::Exponential; usage = "exp(5ms)"; }
    else if (name == "uniform") { kind = Distribution::Kind::Uniform; arity = 2; usage = "uniform(1ms, 3ms)"; }
    else if (name == "lognormal") { kind = Distribution::Kind::Lognormal; arity = 2; usage = "lognormal(20ms, 5ms)"; }
    else {
        static const std::vector<std::string_view> kNames{"const", "exp", "uniform", "lognormal"};
        std::string text2 = "unknown distribution " + inQuotes(name) + " in " + inQuotes(text);
        if (auto s = closestMatch(name, kNames)) text2 += "; did you mean '" + *s + "'?";
        return R::failure(text2 + " The distributions are " + std::string(kForms));
    }

    std::vector<std::string_view> args;
    std::size_t start = 0;
    while (true) {
        const auto comma = inside.find(',', start);
        args.push_back(trim(inside.substr(start, comma == std::string_view::npos ? std::string_view::npos
                                                                                  : comma - start)));
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    if (args.size() == 1 && args[0].empty()) args.clear();
    if (args.size() != arity)
        return R::failure(name + " takes " + (arity == 1 ? "one duration" : "two durations") + ", like " +
                          std::string(usage) + ", but " + inQuotes(text) + " has " + std::to_string(args.size()));
    SimTime values[2];
    for (std::size_t i = 0; i < args.size(); ++i) {
        auto d = parseDuration(args[i]);
        if (!d.ok()) return R::failure("in " + inQuotes(text) + ": " + d.error);
        if (*d.value < SimTime::zero())
            return R::failure("in " + inQuotes(text) + ": " + inQuotes(args[i]) + " is negative; times are 0s or more");
        values[i] = *d.value;
    }
    Distribution dist;
    dist.kind = kind;
    dist.a = values[0];
    dist.b = arity == 2 ? values[1] : SimTime::zero();
    if (kind == Distribution::Kind::Uniform && dist.b < dist.a)
        return R::failure(inQuotes(text) + " has its low end above its high end; write the smaller time first, like uniform(" +
                          formatDuration(dist.b) + ", " + formatDuration(dist.a) + ")");
    if (kind == Distribution::Kind::Lognormal && dist.a == SimTime::zero() && dist.b > SimTime::zero())
        return R::failure(inQuotes(text) + " has a mean of 0s; a lognormal with a spread needs a mean above 0s");
    return R::success(dist);
}

std::string formatDuration(SimTime t)
{
    std::int64_t us = t.micros();
    if (us == 0) return "0s";
    std::string sign;
    if (us < 0) {
        if (us == std::numeric_limits<std::int64_t>::min()) return std::to_string(us) + "us";
        sign = "-";
        us = -us;
    }
    static constexpr std::array<TimeUnit, 6> kOrder{{
        {"d", 86'400'000'000}, {"h", 3'600'000'000}, {"m", 60'000'000},
        {"s", 1'000'000},      {"ms", 1000},         {"us", 1},
    }};
    for (const auto& u : kOrder)
        if (us % u.micros == 0) return sign + std::to_string(us / u.micros) + std::string(u.name);
    return sign + std::to_string(us) + "us";
}

Parsed<double> parseSpeed(std::string_view raw)
{
    using R = Parsed<double>;
    std::string_view text = trim(raw);
    if (text.empty()) return R::failure("the speed is empty; write for example 0.25x or 60x");
    std::string_view number = text;
    if (number.ends_with("x") || number.ends_with("X")) number.remove_suffix(1);
    else if (number.ends_with("\u00d7")) number.remove_suffix(std::string_view("\u00d7").size());
    Decimal d;
    std::string_view after;
    if (auto err = readDecimal(trim(number), d, after); !err.empty()) return R::failure(err);
    if (!d.present || !after.empty())
        return R::failure(inQuotes(text) + " is not a speed; write how many times real time, for example 0.25x or 60x");
    if (d.negative || (d.whole == 0 && d.fraction == 0))
        return R::failure("speed " + inQuotes(text) + " is not more than 0; write for example 0.1x (slow motion)");
    return R::success(d.toDouble());
}

std::string formatSpeed(double times) { return trimmedDecimal(times, 6) + "x"; }

std::string formatNumber(double v) { return v == 0 ? "0" : trimmedDecimal(v, 6); }

std::string formatSpokenDuration(SimTime t) { return formatSpokenDuration(t, englishPhrasebook()); }

std::string formatSpokenDuration(SimTime t, const Phrasebook& book)
{
    const std::int64_t us = t.micros();
    const auto say = [&book](const Phrase& phrase, std::int64_t big, std::int64_t small = 0) {
        PhraseSlots slots;
        slots.push_back(fmt::arg("n", big));
        slots.push_back(fmt::arg("m", small));
        return fill(book, phrase, slots);
    };
    if (us < 10'000'000) {  // tenths of a second
        const std::int64_t tenths = (us + 50'000) / 100'000;
        return say(POSTIE_PHRASE("Durations", "{n}.{m} s"), tenths / 10, tenths % 10);
    }
    const std::int64_t s = (us + 500'000) / 1'000'000;
    if (s < 60) return say(POSTIE_PHRASE("Durations", "{n} s"), s);
    if (s < 3600)
        return s % 60 ? say(POSTIE_PHRASE("Durations", "{n} min {m} s"), s / 60, s % 60)
                      : say(POSTIE_PHRASE("Durations", "{n} min"), s / 60);
    if (s < 86400) {
        const std::int64_t m = (s + 30) / 60;
        return m % 60 ? say(POSTIE_PHRASE("Durations", "{n} h {m} min"), m / 60, m % 60)
                      : say(POSTIE_PHRASE("Durations", "{n} h"), m / 60);
    }
    const std::int64_t h = (s + 1800) / 3600;
    return h % 24 ? say(POSTIE_PHRASE("Durations", "{n} d {m} h"), h / 24, h % 24)
                  : say(POSTIE_PHRASE("Durations", "{n} d"), h / 24);
}

std::string formatRate(double perSecond)
{
    if (!(perSecond > 0) || !std::isfinite(perSecond)) return "0/s";
    struct PerUnit { std::string_view name; double seconds; };
    static constexpr std::array<PerUnit, 4> kUnits{{{"/s", 1}, {"/min", 60}, {"/h", 3600}, {"/d", 86400}}};
    for (const auto& u : kUnits) {
        const double v = perSecond * u.seconds;
        const double r = std::round(v);
        if (v >= 1 && v < 1e15 && std::fabs(v - r) <= 1e-9 * v) return trimmedDecimal(r, 0) + std::string(u.name);
    }
    for (const auto& u : kUnits) {
        const double v = perSecond * u.seconds;
        if (v >= 1 || u.name == "/d") return trimmedDecimal(v, 3) + std::string(u.name);
    }
    return "0/s";
}

std::string formatSize(std::uint64_t bytes)
{
    if (bytes == 0) return "0B";
    struct SizeUnit { std::string_view name; std::uint64_t bytes; };
    static constexpr std::array<SizeUnit, 5> kUnits{{
        {"TB", 1ull << 40}, {"GB", 1ull << 30}, {"MB", 1ull << 20}, {"KB", 1ull << 10}, {"B", 1},
    }};
    for (const auto& u : kUnits)
        if (bytes % u.bytes == 0) return std::to_string(bytes / u.bytes) + std::string(u.name);
    return std::to_string(bytes) + "B";
}

std::string formatDistribution(const Distribution& d)
{
    switch (d.kind) {
    case Distribution::Kind::Constant: return "const(" + formatDuration(d.a) + ")";
    case Distribution::Kind::Exponential: return "exp(" + formatDuration(d.a) + ")";
    case Distribution::Kind::Uniform: return "uniform(" + formatDuration(d.a) + ", " + formatDuration(d.b) + ")";
    case Distribution::Kind::Lognormal:
        return "lognormal(" + formatDuration(d.a) + ", " + formatDuration(d.b) + ")";
    }
    return {};
}

} // namespace postie
