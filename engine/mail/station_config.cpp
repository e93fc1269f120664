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
    case StationKind::Snooper: return "snooper";
    }
    return "station";
}

const char* tlsModeName(TlsMode mode)
{
    switch (mode) {
    case TlsMode::None: return "none";
    case TlsMode::Offer: return "offer";
    case TlsMode::Require: return "require";
    case TlsMode::Implicit: return "implicit";
    }
    return "none";
}

} // namespace postie
