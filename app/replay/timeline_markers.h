#pragma once
// The incidents of a run, as marks along the scrubber: a station closed or opened, a road cut
// or mended, a letter deferred or returned to sender, and the changes the class made while
// watching. Read from the records as they arrive (each is looked at once), so a long run's
// marks grow with it.
#include "replay/intervention.h"
#include "trace/narrator.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace postie::gui {

class ScenarioSession;

struct TimelineMarker {
    enum class Kind { StationDown, StationUp, RoadCut, RoadMended, Deferred, Bounced, Intervention };
    Kind kind = Kind::StationDown;
    std::size_t cursor = 0;  // the scrubber's value once it has happened
    std::int64_t timeUs = 0;
    QString tip;  // "09:00:00.000 The sorting station … closes"
};

class TimelineMarkers {
public:
    // Reads the records not yet seen (all of them for a new run) and places the interventions.
    // True when the marks changed.
    bool update(const ScenarioSession* session, const std::vector<Intervention>& interventions);
    const std::vector<TimelineMarker>& markers() const { return m_markers; }

private:
    const ScenarioSession* m_session = nullptr;  // which run was read (compared, never read)
    NarrationWords m_words = NarrationWords::Postal;  // the words the tips were told in
    std::size_t m_scanned = 0;
    std::vector<TimelineMarker> m_fromRecords;
    std::vector<TimelineMarker> m_markers;  // from records, then the interventions
    std::size_t m_interventionCount = 0;
};

} // namespace postie::gui
