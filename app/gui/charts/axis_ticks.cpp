#include "charts/axis_ticks.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace postie::gui {
namespace {

constexpr std::int64_t kSecond = 1'000'000;
constexpr std::int64_t kDay = 86400 * kSecond;

// Round steps of a clock, in seconds.
constexpr std::int64_t kSteps[] = {1,    2,    5,    10,   15,    30,    60,    120,   300,       600,       900,
                                   1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 7 * 86400, 14 * 86400};

std::int64_t floorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
std::int64_t ceilDiv(std::int64_t a, std::int64_t b) { return -floorDiv(-a, b); }

} // namespace

QString clockLabel(std::int64_t startOfDayUs, std::int64_t us, bool withSeconds, bool dayMark, std::optional<std::int64_t> startDay)
{
    const std::int64_t clock = startOfDayUs + us;
    const std::int64_t day = floorDiv(clock, kDay);
    const std::int64_t inDay = clock - day * kDay;
    const int h = int(inDay / (3600 * kSecond)), m = int(inDay / (60 * kSecond) % 60), s = int(inDay / kSecond % 60);
    QString time = QStringLiteral("%1:%2").arg(h, 2, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0'));
    if (withSeconds) time += QStringLiteral(":%1").arg(s, 2, 10, QLatin1Char('0'));
    if (!dayMark || day <= 0) return time;
    // The caption's words: its date with a `start:` (the day's name in the UI language), else
    // "day 2" (the first day has no number).
    const QString mark = startDay ? QLocale().toString(QDate(1970, 1, 1).addDays(*startDay + day), QStringLiteral("ddd d"))
                                  : QCoreApplication::translate("postie::gui::ChartPanel", "day %1").arg(day + 1);
    return inDay == 0 ? mark : mark + QLatin1Char(' ') + time;
}

ClockTicks clockTicks(std::int64_t startOfDayUs, std::int64_t runUs, int maxTicks, std::optional<std::int64_t> startDay)
{
    runUs = std::max<std::int64_t>(runUs, 1);
    maxTicks = std::max(maxTicks, 2);
    ClockTicks out;
    for (const std::int64_t seconds : kSteps) {
        const std::int64_t step = seconds * kSecond;
        const std::int64_t first = ceilDiv(startOfDayUs, step) * step - startOfDayUs;
        const std::int64_t last = ceilDiv(startOfDayUs + runUs, step) * step - startOfDayUs;
        out.stepUs = step;
        out.axisEndUs = last;
        if ((last - first) / step + 1 <= maxTicks) break;
    }
    const bool withSeconds = out.stepUs < 60 * kSecond;
    std::int64_t dayBefore = floorDiv(startOfDayUs, kDay);
    for (std::int64_t t = ceilDiv(startOfDayUs, out.stepUs) * out.stepUs - startOfDayUs; t <= out.axisEndUs; t += out.stepUs) {
        const std::int64_t day = floorDiv(startOfDayUs + t, kDay);
        out.ticks.push_back({t, clockLabel(startOfDayUs, t, withSeconds, day != dayBefore, startDay)});
        dayBefore = day;
    }
    return out;
}

void setWholeNumberTicks(QValueAxis& axis, double highest, int maxTicks)
{
    highest = std::max(highest, 1.0);
    maxTicks = std::max(maxTicks, 2);
    double step = 1;
    for (double decade = 1;; decade *= 10) {
        bool found = false;
        for (const double f : {1.0, 2.0, 5.0}) {
            step = f * decade;
            if (std::ceil(highest / step) + 1 <= maxTicks) {
                found = true;
                break;
            }
        }
        if (found) break;
    }
    const int n = int(std::ceil(highest / step));
    axis.setTickType(QValueAxis::TicksFixed);
    axis.setRange(0, n * step);
    axis.setTickCount(n + 1);
    axis.setMinorTickCount(0);
    axis.setLabelFormat(QStringLiteral("%.0f"));
}

int labelsThatFit(const QFont& font, const QString& widest, double pixels)
{
    const double gap = QFontMetricsF(font).horizontalAdvance(QStringLiteral("  "));
    // Qt Charts cuts a label short well before it meets the next: half as much room again.
    const double width = QFontMetricsF(font).horizontalAdvance(widest) * 1.5 + gap;
    return std::max(2, int((pixels + gap) / width));
}

} // namespace postie::gui
