#pragma once
// The fixed vocabulary of trace events (docs/trace.md describes each one).
#include <cstdint>
#include <initializer_list>
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
    // New types go last: a run's fingerprint hashes the type's number.
    MailboxRemoved,
    AuthChecked,
    TlsStarted,   // both ends of an SMTP session now speak in TLS (STARTTLS, or port 465)
    TlsStripped,  // a snooper removed STARTTLS from an EHLO reply on its way
    LetterRead,   // a snooper on the road read what it could of a passing letter
};

inline constexpr int kEventTypeCount = int(EventType::LetterRead) + 1;

// A set of event types, so a sink can say which events it reads and the world can skip
// building records nobody reads.
class EventTypeSet {
public:
    constexpr EventTypeSet() = default;
    constexpr EventTypeSet(std::initializer_list<EventType> types)
    {
        for (EventType t : types) m_bits |= bit(t);
    }
    static constexpr EventTypeSet all() { return EventTypeSet((std::uint32_t(1) << kEventTypeCount) - 1); }

    constexpr bool contains(EventType type) const { return (m_bits & bit(type)) != 0; }
    constexpr bool empty() const { return m_bits == 0; }
    constexpr EventTypeSet operator|(EventTypeSet o) const { return EventTypeSet(m_bits | o.m_bits); }
    constexpr bool operator==(const EventTypeSet&) const = default;

private:
    static_assert(kEventTypeCount <= 32, "EventTypeSet keeps one bit per event type");
    constexpr explicit EventTypeSet(std::uint32_t bits) : m_bits(bits) {}
    static constexpr std::uint32_t bit(EventType type) { return std::uint32_t(1) << int(type); }
    std::uint32_t m_bits = 0;
};

std::string_view eventTypeName(EventType type);  // "message.created"
std::optional<EventType> eventTypeFromName(std::string_view name);

} // namespace postie
