#pragma once
// A station of the postal town. Stations react to events at their own place and send to
// each other only over roads (SMTP sessions, DNS queries, letters on trucks), never by
// calling each other at a distance. The SMTP server side is a set of hooks with standard
// defaults; each kind overrides what it decides.
#include "mail/message.h"
#include "mail/smtp_reply.h"
#include "mail/station_config.h"
#include "sim/random.h"
#include "sim/simulation.h"

#include <optional>
#include <string>
#include <vector>

namespace postie {

class World;
class WorkQueue;
struct SmtpSession;

class Station : public EventHandler {
public:
    // `id` is also its host name; a plain Station is a router, which only passes traffic on.
    Station(World& world, std::uint32_t index, std::string id, StationKind kind = StationKind::Router);
    ~Station() override = default;

    const std::string& id() const { return m_id; }
    StationKind kind() const { return m_kind; }
    std::uint32_t index() const { return m_index; }    // in the world and the road network
    std::uint32_t handler() const { return m_handler; }  // kernel event target
    // Its IPv4 address, as Received lines and SPF see it: the first A record of its host name,
    // else a made-up one, 192.0.2.<n> (RFC 5737 documentation range).
    std::string address() const;
    void setAddress(std::string address) { m_address = std::move(address); }

    bool up() const { return m_up; }
    virtual void setUp(bool up);

    // Called once every station exists: finds the stations this one names by id.
    virtual void findPeers() {}
    void handleEvent(const Event&) override {}

    // SMTP server hooks (RFC 5321 §4.3.2 codes). Defaults: a plain accepting server.
    virtual bool speaksSmtp() const { return false; }
    virtual SmtpReply smtpGreeting(const SmtpSession& session);
    virtual SmtpReply smtpAuth(const SmtpSession& session);
    virtual SmtpReply smtpMail(const SmtpSession& session);
    virtual SmtpReply smtpRecipient(const SmtpSession& session, const std::string& rcpt);
    // Takes the message after DATA; one reply, or for LMTP one per accepted recipient. No
    // reply at all: the station answers later through SmtpSessionDriver::answerMessage.
    virtual std::vector<SmtpReply> smtpMessage(SmtpSession& session);
    // Server side: a session this station greeted with 220 is over (QUIT, or the line dropped).
    virtual void smtpSessionClosed(const SmtpSession&) {}
    // Client side: the session this station opened has ended (after QUIT or a failure).
    virtual void smtpSessionEnded(SmtpSession&) {}
    // Client side, on the submission port: logs in (AUTH) before MAIL FROM.
    virtual bool authenticates() const { return false; }
    // TLS (RFC 3207). Server side: whether it offers STARTTLS, requires it, or takes
    // submissions on port 465 in TLS from the start. Client side: whether it starts TLS when the
    // server offers it.
    virtual TlsMode tlsMode() const { return TlsMode::None; }
    virtual bool startsTls() const { return false; }
    // Client side, after the last EHLO reply: a reply of its own that ends the session instead
    // of going on (MTA-STS in enforce mode without TLS, RFC 8461 §5); none: it goes on.
    virtual std::optional<SmtpReply> smtpTlsDemand(const SmtpSession&) const { return std::nullopt; }

    virtual const WorkQueue* workQueue() const { return nullptr; }
    RandomStream& rngForService() { return m_rng; }

protected:
    World& world() { return m_world; }
    const World& world() const { return m_world; }
    RandomStream& rng() { return m_rng; }

private:
    World& m_world;
    std::string m_id;
    StationKind m_kind;
    std::uint32_t m_index;
    std::uint32_t m_handler;
    bool m_up = true;
    RandomStream m_rng;
    std::string m_address;  // empty: the made-up one
};

} // namespace postie
