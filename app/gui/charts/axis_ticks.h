#pragma once
// Ticks a class can read. Time axes say the town's clock, as the caption does ("07:00",
// "day 2" at midnight), at round steps of the clock (a minute, ten minutes, an hour, ...)
// that are few enough for the width they have. Count axes say whole numbers only (0, 1, 2,
// never 0, 0.5, 1, 1, 2).
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

class QFont;
class QValueAxis;

namespace postie::gui {

struct ClockTick {
    std::int64_t us;  // from the start of the run
    QString label;    // "09:30", "day 2", "day 2 06:00", or "09:30:15" for steps under a minute
};

struct ClockTicks {
    std::int64_t stepUs = 0;
    std::int64_t axisEndUs = 0;  // the first tick at or after the end of the run
    std::vector<ClockTick> ticks;
};

// The clock at the start of the run, as a time of day (`start:` of the scenario; 00:00 without).
// Ticks fall on multiples of the step in clock time; the step is the smallest round one that
// gives at most `maxTicks` ticks from 0 to the end of the run (at least 2 are kept).
// With the date of the start (days since 1970-01-01), a later day is marked as the caption
// writes it ("Thu 15"); without, "day 2".
ClockTicks clockTicks(std::int64_t startOfDayUs, std::int64_t runUs, int maxTicks, std::optional<std::int64_t> startDay = {});
// "09:30" (with seconds when `withSeconds`), "day 2" at a later midnight, "day 2 06:00" for
// the first tick of a later day that is not at midnight.
QString clockLabel(std::int64_t startOfDayUs, std::int64_t us, bool withSeconds, bool dayMark,
                   std::optional<std::int64_t> startDay = {});

// A count axis from 0 with whole-number ticks: a step of 1, 2 or 5 times a power of ten, at most
// `maxTicks` ticks, the top the first tick at or above `highest`.
void setWholeNumberTicks(QValueAxis& axis, double highest, int maxTicks);

// How many labels as wide as `widest` fit side by side in `pixels`, with a gap between.
int labelsThatFit(const QFont& font, const QString& widest, double pixels);

} // namespace postie::gui
