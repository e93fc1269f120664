#pragma once
// The trace's event types in plain words, for the event log's filter and its "Event" column:
// "Truck leaves" for road.depart, "Waits in the depot" for queue.enter. The dotted name
// (docs/trace.md) stays one tooltip away for the curious.
#include "trace/event_type.h"

#include <QString>

namespace postie::gui {

class EventWords {
public:
    // "Truck leaves"; translated. Never empty for a type of the vocabulary.
    static QString plain(EventType type);
    // "road.depart"
    static QString dotted(EventType type);
    // The plain name with the dotted one beside it: "Truck leaves (road.depart)".
    static QString both(EventType type);
};

} // namespace postie::gui
