#pragma once
// The fixed vocabulary of trace events (docs/trace.md describes each one).
#include <cstdint>
#include <optional>
#include <string_view>

namespace postie {

enum class EventType : std::uint8_t {
    MessageCreated,
    RoadDepart,
    RoadArrive,
    QueueEnter,
    QueueLeave,
    DnsQuery,
    DnsAnswer,
    SmtpConnect,
    ConnectFailed,
    SmtpCommand,
    SmtpReply,
    DeliveryDeferred,
    MailboxStored,
    MailboxCheck,
    MailboxFetched,
    BounceCreated,
    StationDown,
    StationUp,
    RoadDown,
    RoadUp,
    MessageFinal,
};

inline constexpr int kEventTypeCount = int(EventType::MessageFinal) + 1;

std::string_view eventTypeName(EventType type);  // "message.created"
std::optional<EventType> eventTypeFromName(std::string_view name);

} // namespace postie
