#include "trace/event_type.h"

#include <array>

namespace postie {
namespace {
constexpr std::array<std::string_view, kEventTypeCount> kNames = {
    "message.created", "road.depart",       "road.arrive",    "queue.enter",     "queue.leave",
    "dns.query",       "dns.answer",        "smtp.connect",   "connect.failed",  "smtp.command",
    "smtp.reply",      "delivery.deferred", "mailbox.stored", "mailbox.check", "mailbox.fetched", "bounce.created",
    "station.down",    "station.up",        "road.down",      "road.up",         "message.final",
    "mailbox.removed", "auth.checked", "tls.started", "tls.stripped", "letter.read",
};
} // namespace

std::string_view eventTypeName(EventType type) { return kNames[std::size_t(type)]; }

std::optional<EventType> eventTypeFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name) return EventType(i);
    return std::nullopt;
}

} // namespace postie
