#pragma once
// SMTP as a real dialogue (RFC 5321 §3, §4.3): every command and every reply crosses the
// road, one round trip each. One driver runs the client side of all sessions; the server's
// answers come from the server station's hooks. Submission (RFC 6409, port 587, AUTH),
// relay (port 25) and LMTP delivery (RFC 2033) share it.
#include "mail/message.h"
#include "mail/road_network.h"
#include "mail/smtp_reply.h"
#include "sim/simulation.h"
#include "sim/slot_table.h"

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace postie {

class World;
class Station;

enum class SmtpProtocol { Submission, Relay, Lmtp };
enum class SmtpStep { Connect, Ehlo, Auth, Mail, Rcpt, Data, Content, Quit, Done };

int smtpPort(SmtpProtocol protocol);
const char* smtpProtocolName(SmtpProtocol protocol);  // for Received: ESMTPSA, ESMTP, LMTP

struct SmtpSession {
    std::uint32_t slot = 0;
    std::uint64_t id = 0;  // unique in the run, from 1: tells apart sessions that run side by side
    SmtpProtocol protocol = SmtpProtocol::Relay;
    Station* client = nullptr;
    Station* server = nullptr;
    MessagePtr message;
    std::vector<std::string> recipients;
    std::uint64_t token = 0;  // the client's own reference (its delivery)
    SimTime connectTimeout;

    SmtpStep step = SmtpStep::Connect;
    std::size_t rcptIndex = 0;
    RoutePtr route;
    std::vector<SmtpReply> rcptReplies;  // final reply per recipient (code 0: none yet)
    std::vector<bool> rcptAccepted;      // got a 2xx to its RCPT TO
    bool connected = false;              // got a 220
    bool serverHolds = false;            // the server counts this session as open
    bool authenticated = false;
    std::string serverQueueId;           // the server's id for the accepted message

    std::size_t acceptedCount() const;
};

class SmtpSessions : public EventHandler {
public:
    explicit SmtpSessions(World& world);

    // Opens a session from client to server. The client's smtpSessionEnded() is called when
    // it is over; every recipient then has a reply in rcptReplies.
    void open(SmtpProtocol protocol, Station& client, Station& server, MessagePtr message,
              std::vector<std::string> recipients, std::uint64_t token, SimTime connectTimeout);
    void handleEvent(const Event& event) override;
    std::size_t active() const { return m_slots.inUse(); }
    // A server whose smtpMessage() answered nothing answers here once it has dealt with the
    // message (an LMTP store replies after its clerk has filed the letter, RFC 2033 §4.2).
    SmtpSession& session(std::uint32_t slot) { return m_slots[slot]; }
    void answerMessage(std::uint32_t slot, std::vector<SmtpReply> replies);

private:
    enum Kind : std::uint32_t { kServerReceive, kClientReceive, kConnectTimeout, kContentArrived };

    void sendCommand(SmtpSession& s, SmtpStep step);
    void serverReceive(SmtpSession& s);
    void clientReceive(SmtpSession& s);
    void replyToClient(SmtpSession& s);
    void failAll(SmtpSession& s, const SmtpReply& reply);
    void closeServerSide(SmtpSession& s);
    void finish(SmtpSession& s);

    World& m_world;
    std::uint32_t m_handler;
    SlotTable<SmtpSession> m_slots;
    std::deque<std::vector<SmtpReply>> m_pendingReplies;  // per slot, in flight to the client
    std::uint64_t m_opened = 0;
};

} // namespace postie
