#pragma once
// How the playback moves, in words a class hears: the two paces, the speed presets the `[` and
// `]` keys and the speed slider go through, and how a jump over quiet time is said
// ("5 minutes later", "1 h 20 min later").
#include <QString>

#include <cstdint>
#include <span>

namespace postie::gui {

enum class Pace {
    Story,       // each caption stays readable, same-moment events told together, quiet time jumped and said
    Continuous,  // the clock runs at the speed (skipping idle time if asked): for busy towns
};

// "story" or "continuous" (a scenario's `pace:`); anything else is Story.
Pace paceNamed(const QString& name);

// The speeds a class chooses from, slowest first.
std::span<const double> speedPresets();
// The preset nearest to `speed` (on a log scale), as an index into speedPresets().
int nearestPresetIndex(double speed);
// The next preset above (`steps` > 0) or below the speed; a speed between two presets goes to
// the next one in that direction. Stays at the ends.
double presetFrom(double speed, int steps);

// "0.1×", "2×", "3600×".
QString speedText(double speed);
// How much room the words may take: in full, or brief ("9 min", "2 d 3 h") for a crowded toolbar.
enum class DurationLength { Full, Brief };
// A stretch of simulated time in words: "300 ms", "5 s", "5 minutes", "1 h 20 min", "2 days 3 h";
// brief, "5 min" and "2 d 3 h". In the UI language, its numbers as the language writes them.
QString durationWords(std::int64_t us, DurationLength length = DurationLength::Full);

} // namespace postie::gui
