#include "replay/station_labels.h"

#include "replay/lesson_words.h"

namespace postie::gui {

QString stationLabel(const StationSpec& station)
{
    // An empty label stays empty in every language: the id stands for it.
    if (station.label.empty()) return {};
    return QString::fromStdString(station.labelIn(LessonWords::language().toStdString()));
}

QString stationName(const StationSpec& station)
{
    const QString label = stationLabel(station);
    return label.isEmpty() ? QString::fromStdString(station.id) : label;
}

} // namespace postie::gui
