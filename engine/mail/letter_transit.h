#pragma once
// The mail truck: carries a letter along a route one road at a time (road.depart,
// road.arrive), then hands it to the waiting party as a kernel event.
#include "mail/message.h"
#include "mail/road_network.h"
#include "sim/simulation.h"
#include "sim/slot_table.h"
#include "trace/trace_words.h"  // Seal

#include <optional>
#include <string>

#include <vector>

namespace postie {

class World;

class LetterTransit : public EventHandler {
public:
    explicit LetterTransit(World& world);
    // On arrival, an event (kind, arg) is delivered to handler `target`. `seal` says how the
    // letter travels (an SMTP or LMTP trip: a locked box when encrypted end to end, else a sealed
    // envelope in TLS, else a postcard); a snooper on the way reads what TLS and the seal let it.
    void send(const Message& message, RoutePtr route, std::uint32_t target, std::uint32_t kind,
              std::uint64_t arg, std::optional<Seal> seal = std::nullopt, bool tls = false);
    void handleEvent(const Event& event) override;
    std::size_t onTheRoad() const { return m_trips.inUse(); }

private:
    struct TruckTrip {
        std::uint64_t messageNumber = 0;
        RoutePtr route;
        std::size_t leg = 0;
        std::uint32_t target = 0;
        std::uint32_t kind = 0;
        std::uint64_t arg = 0;
        std::optional<Seal> seal;
        Seal seen = Seal::Postcard;         // what a snooper sees: an envelope whenever in TLS
        std::vector<std::string> readable;  // what a snooper on the way can read (only when one is)
    };
    void depart(std::uint32_t slot);

    World& m_world;
    std::uint32_t m_handler;
    SlotTable<TruckTrip> m_trips;
};

} // namespace postie
