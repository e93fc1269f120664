#include "replay/playback_pace.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace postie::gui {
namespace {

// From a 20 ms road you can watch (0.01x) to a day in half a minute (3600x) and a whole
// newsletter run (10000x).
constexpr std::array kPresets{0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 60.0, 600.0, 3600.0, 10000.0};

// A number as the UI language writes it ("0,5" in German).
QString number(double value, int decimals) { return QLocale().toString(value, 'f', decimals); }
QString number(std::int64_t value) { return QLocale().toString(qlonglong(value)); }

} // namespace

Pace paceNamed(const QString& name)
{
    return name.compare(QLatin1String("continuous"), Qt::CaseInsensitive) == 0 ? Pace::Continuous : Pace::Story;
}

std::span<const double> speedPresets() { return kPresets; }

int nearestPresetIndex(double speed)
{
    int best = 0;
    double bestDistance = 1e300;
    for (std::size_t i = 0; i < kPresets.size(); ++i) {
        const double d = std::fabs(std::log(kPresets[i]) - std::log(std::max(speed, 1e-9)));
        if (d < bestDistance) {
            bestDistance = d;
            best = int(i);
        }
    }
    return best;
}

double presetFrom(double speed, int steps)
{
    constexpr double kSame = 1.001;  // a speed within a hair of a preset is that preset
    int i = nearestPresetIndex(speed);
    const double at = kPresets[std::size_t(i)];
    // Between two presets: the first step only reaches the neighbour in that direction.
    if (steps > 0 && at > speed * kSame) --steps;
    if (steps < 0 && at * kSame < speed) ++steps;
    i = std::clamp(i + steps, 0, int(kPresets.size()) - 1);
    return kPresets[std::size_t(i)];
}

QString speedText(double speed)
{
    if (speed < 1) return QStringLiteral("%1×").arg(QLocale().toString(speed, 'g', 2));
    return QStringLiteral("%1×").arg(number(std::llround(speed)));
}

// The words live in the context "PlaybackPace", written out at each call so that lupdate finds
// them there too.
QString durationWords(std::int64_t us, DurationLength length)
{
    constexpr std::int64_t kSecond = 1'000'000, kMinute = 60 * kSecond, kHour = 60 * kMinute, kDay = 24 * kHour;
    const bool brief = length == DurationLength::Brief;
    if (us < kSecond)
        return QCoreApplication::translate("PlaybackPace", "%1 ms").arg(number(std::max<std::int64_t>(1, us / 1000)));
    if (us < kMinute) {
        const double s = double(us) / kSecond;
        return QCoreApplication::translate("PlaybackPace", "%1 s").arg(s < 10 ? number(s, 1) : number(std::llround(s)));
    }
    if (us < kHour) {
        const std::int64_t m = (us + kMinute / 2) / kMinute;
        return brief ? QCoreApplication::translate("PlaybackPace", "%1 min").arg(number(m))
                     : QCoreApplication::translate("PlaybackPace", "%n minute(s)", nullptr, int(m));
    }
    if (us < kDay) {
        const std::int64_t m = (us + kMinute / 2) / kMinute;
        const std::int64_t h = m / 60, rest = m % 60;
        return rest == 0 ? QCoreApplication::translate("PlaybackPace", "%1 h").arg(number(h))
                         : QCoreApplication::translate("PlaybackPace", "%1 h %2 min").arg(number(h), number(rest));
    }
    const std::int64_t h = (us + kHour / 2) / kHour;
    const std::int64_t d = h / 24, rest = h % 24;
    if (brief)
        return rest == 0 ? QCoreApplication::translate("PlaybackPace", "%1 d").arg(number(d))
                         : QCoreApplication::translate("PlaybackPace", "%1 d %2 h").arg(number(d), number(rest));
    const QString days = QCoreApplication::translate("PlaybackPace", "%Ln day(s)", nullptr, int(d));
    //: A number of days (already in words, "2 days") and of hours: "2 days 3 h".
    return rest == 0 ? days : QCoreApplication::translate("PlaybackPace", "%1 %2 h").arg(days, number(rest));
}

} // namespace postie::gui
