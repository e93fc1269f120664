#pragma once
// A station's label as the app shows it: in the app's language (LessonWords::language()) where
// the file gives one in it, else the English or plain one. postie-cli keeps the English.
#include "scenario/scenario_spec.h"

#include <QString>

namespace postie::gui {

// The label; empty when the file gives none.
QString stationLabel(const StationSpec& station);
// The label, or the id when the file gives none: what the map and the lists call the station.
QString stationName(const StationSpec& station);

} // namespace postie::gui
