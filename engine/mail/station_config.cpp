#include "mail/station_config.h"

namespace postie {

const char* stationKindName(StationKind kind)
{
    switch (kind) {
    case StationKind::Client: return "client";
    case StationKind::Outgoing: return "outgoing";
    case StationKind::Resolver: return "resolver";
    case StationKind::Incoming: return "incoming";
    case StationKind::Mailbox: return "mailbox";
    case StationKind::Router: return "router";
    }
    return "station";
}

} // namespace postie
