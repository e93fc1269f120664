#pragma once
// The SMTP client side of a server: takes a message for some recipients and delivers it,
// by MX (RFC 5321 §5.1) or straight to a known next station (LMTP to the mailbox store).
// Soft failures try the next MX within the same attempt, then defer with the station's
// retry profile; hard failures and expiry bounce the recipients with a DSN. Shared by the
// outgoing and the incoming server, so this logic lives once.
#include "mail/dsn.h"
#include "mail/message.h"
#include "mail/retry_policy.h"
#include "mail/smtp_reply.h"
#include "mail/smtp_session.h"
#include "sim/simulation.h"
#include "sim/slot_table.h"
#include "trace/event_type.h"

#include <deque>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace postie {

class World;
class Station;
class WorkQueue;

class DeliveryAgent : public EventHandler {
public:
    // `concurrency`: deliveries to one destination at the same time; `recipientLimit`:
    // recipients per delivery (Postfix's default_destination_concurrency_limit, 20, and
    // default_destination_recipient_limit, 50).
    DeliveryAgent(World& world, Station& owner, RetryPolicy policy, int concurrency = 20, int recipientLimit = 50);

    void setResolver(Station* resolver) { m_resolver = resolver; }
    // The owner's depot, so letters waiting for a lane count in its queue.
    void setDepot(WorkQueue* depot) { m_depot = depot; }
    Station* resolver() const { return m_resolver; }

    // Delivers to the MX hosts of each recipient's domain (one delivery per domain).
    void deliverByMx(const MessagePtr& message, const std::vector<std::string>& recipients, SimTime queuedAt);
    // Letters for these domains are the owner's own (Postfix's mydestination): deliverByMx hands
    // their recipients to `take` instead of looking up an MX that is the owner itself.
    using LocalTaker = std::function<void(const MessagePtr&, std::vector<std::string>)>;
    void setLocal(std::vector<std::string> domains, LocalTaker take)
    {
        m_localDomains = std::move(domains);
        m_takeLocal = std::move(take);
    }
    // Relays to one named host (a smarthost, like Postfix's relayhost = [host]): its A record is
    // looked up and the letter goes there over SMTP, port 25, whatever the recipients' MX say.
    void deliverViaHost(const MessagePtr& message, const std::vector<std::string>& recipients,
                        const std::string& host, SimTime queuedAt);
    // Delivers straight to `target` with `protocol` (the incoming server's LMTP hand-off).
    void deliverDirect(const MessagePtr& message, const std::vector<std::string>& recipients, Station& target,
                       SmtpProtocol protocol, SimTime queuedAt);
    // Called by the owner for sessions it opened through this agent.
    void sessionEnded(SmtpSession& session);
    // Sends a "return to sender" notice (RFC 3464) for recipients that failed for good.
    void bounce(const Message& original, const FailedRecipients& failed, bool delayed = false, SimTime retryUntil = {});

    void handleEvent(const Event& event) override;
    std::size_t deferred() const { return m_deferred; }
    std::size_t active() const { return m_deliveries.inUse(); }
    // Deliveries waiting for a free lane to their destination: part of the station's queue.
    std::size_t waitingForLane() const { return m_laneWaiting; }

private:
    enum Kind : std::uint32_t { kMxAnswer, kAddressAnswer, kRetry };

    struct Delivery {
        MessagePtr message;
        std::vector<std::string> recipients;  // still to deliver
        std::string domain;
        Station* direct = nullptr;
        std::string relayHost;                // deliverViaHost: the one host to try
        SmtpProtocol protocol = SmtpProtocol::Relay;
        std::vector<std::string> hosts;       // MX hosts in the order to try
        std::size_t hostIndex = 0;
        bool anyAddress = false;              // some host had an A record
        SimTime queuedAt;
        SimTime attemptBegan;                 // the retry's time stamp counts from here
        RetryState retry;
        SmtpReply lastError;
        std::string lastRemote;  // the host that gave lastError, when a server gave it
        bool warned = false;  // the one "still trying" notice was sent
        bool holdsLane = false;  // an attempt to its destination is under way
    };
    // The deliveries to one destination that are under way, and those waiting for a lane.
    struct Lane {
        int busy = 0;
        std::deque<std::uint32_t> waiting;
    };

    std::uint32_t allocate();
    void startAttempt(std::uint32_t slot);
    void beginAttempt(std::uint32_t slot);
    void freeLane(std::uint32_t slot);
    std::string destinationOf(const Delivery& d) const;
    void noteLaneQueue(EventType type, const Delivery& d, const std::string& destination);
    void onMxAnswer(std::uint32_t slot, std::uint64_t ticket);
    void onAddressAnswer(std::uint32_t slot, std::uint64_t ticket);
    void tryNextHost(std::uint32_t slot);
    void failPermanently(std::uint32_t slot, const SmtpReply& reply);
    void attemptFailed(std::uint32_t slot);
    void release(std::uint32_t slot);

    World& m_world;
    Station& m_owner;
    RetryPolicy m_policy;
    std::vector<std::string> m_localDomains;
    LocalTaker m_takeLocal;
    Station* m_resolver = nullptr;
    WorkQueue* m_depot = nullptr;
    std::uint32_t m_handler;
    SlotTable<Delivery> m_deliveries;
    std::size_t m_deferred = 0;
    int m_concurrency;
    std::size_t m_recipientLimit;
    std::unordered_map<std::string, Lane> m_lanes;  // by destination: domain or next station
    std::size_t m_laneWaiting = 0;
};

} // namespace postie
