#pragma once
// SMTP as a real dialogue (RFC 5321 §3, §4.3): every command and every reply crosses the
// road, one round trip each. One driver (SmtpSessionDriver) runs the dialogue of every session;
// what a server answers is the server station's decision (its smtp* hooks, station.h).
// Submission (RFC 6409, port 587, AUTH), relay (port 25) and LMTP delivery (RFC 2033) share it.
#include "mail/message.h"
#include "mail/road_network.h"
#include "mail/smtp_reply.h"
#include "sim/simulation.h"
#include "sim/slot_table.h"
#include "trace/trace_words.h"  // Seal

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace postie {

class World;
class Station;

enum class SmtpProtocol { Submission, Relay, Lmtp };
enum class SmtpStep { Connect, Ehlo, StartTls, Auth, Mail, Rcpt, Data, Content, Quit, Done };
// The line under a session, as the client finds it when the server's answer is due: open, or a
// reset from a closed server (refused at connect, lost once the dialogue had begun).
enum class SmtpLine { Open, Refused, Lost };

int smtpPort(SmtpProtocol protocol);

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
    SmtpLine line = SmtpLine::Open;
    bool serverHolds = false;            // the server counts this session as open
    bool authenticated = false;
    std::string serverQueueId;           // the server's id for the accepted message
    int port = 25;                       // 587 or 465 for submission, 25 relay, 24 LMTP
    bool tls = false;                    // the words now travel in TLS (STARTTLS or port 465)

    std::size_t acceptedCount() const;
    // The letter's wrapping on the road: locked box (end to end), sealed envelope (TLS), postcard.
    Seal seal() const;
};

// The `with` word of the Received line for this session (RFC 3848): ESMTP, ESMTPA (AUTH),
// ESMTPS (TLS), ESMTPSA (both), LMTP.
const char* receivedProtocol(const SmtpSession& session);

class SmtpSessionDriver : public EventHandler {
public:
    explicit SmtpSessionDriver(World& world);

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
    // Or the server drops the line instead (a store closing while the letter waits for its clerk).
    void dropLine(std::uint32_t slot);

private:
    enum Kind : std::uint32_t { kServerReceive, kClientReceive, kConnectTimeout, kContentArrived };

    void sendCommand(SmtpSession& s, SmtpStep step);
    void serverReceive(SmtpSession& s);
    void clientReceive(SmtpSession& s);
    void replyToClient(SmtpSession& s);
    void tlsStarted(SmtpSession& s);
    // The EHLO reply as it reaches the client: a snooper on the way that strips STARTTLS takes
    // the keyword out (and says so in the trace).
    void stripOnTheWay(SmtpSession& s, SmtpReply& ehloReply);
    static SmtpReply lostLineReply(const SmtpSession& s);  // as the client reports a lost line
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
