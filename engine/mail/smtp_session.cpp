#include "mail/smtp_session.h"

#include "mail/letter_transit.h"
#include "mail/snooper.h"
#include "mail/station.h"
#include "mail/world.h"

namespace postie {

int smtpPort(SmtpProtocol p)
{
    switch (p) {
    case SmtpProtocol::Submission: return 587;  // RFC 6409
    case SmtpProtocol::Relay: return 25;
    case SmtpProtocol::Lmtp: return 24;         // RFC 2033's customary port
    }
    return 25;
}

const char* receivedProtocol(const SmtpSession& s)
{
    if (s.protocol == SmtpProtocol::Lmtp) return "LMTP";
    // RFC 3848 §2: S for TLS, A for AUTH.
    if (s.tls) return s.authenticated ? "ESMTPSA" : "ESMTPS";
    return s.authenticated ? "ESMTPA" : "ESMTP";
}

Seal SmtpSession::seal() const
{
    if (message && message->encrypted) return Seal::LockedBox;
    return tls ? Seal::Envelope : Seal::Postcard;
}

namespace {
constexpr std::string_view kStartTlsKeyword = "\nSTARTTLS";  // a line of the EHLO reply (RFC 3207 §4)
}

std::size_t SmtpSession::acceptedCount() const
{
    std::size_t n = 0;
    for (bool a : rcptAccepted) n += a;
    return n;
}

SmtpSessionDriver::SmtpSessionDriver(World& world) : m_world(world), m_handler(world.sim().addHandler(this)) {}

void SmtpSessionDriver::open(SmtpProtocol protocol, Station& client, Station& server, MessagePtr message,
                        std::vector<std::string> recipients, std::uint64_t token, SimTime connectTimeout)
{
    const std::uint32_t slot = m_slots.acquire();
    if (m_pendingReplies.size() < m_slots.size()) m_pendingReplies.emplace_back();
    SmtpSession& s = m_slots[slot];
    s = SmtpSession{};
    s.slot = slot;
    s.id = ++m_opened;
    s.protocol = protocol;
    s.client = &client;
    s.server = &server;
    s.message = std::move(message);
    s.recipients = std::move(recipients);
    s.rcptReplies.assign(s.recipients.size(), SmtpReply{});
    s.rcptAccepted.assign(s.recipients.size(), false);
    s.token = token;
    s.connectTimeout = connectTimeout;
    s.step = SmtpStep::Connect;
    s.port = smtpPort(protocol);
    // RFC 8314 §3.3: on port 465 TLS begins before the greeting.
    const bool implicitTls = protocol == SmtpProtocol::Submission && server.tlsMode() == TlsMode::Implicit &&
                             client.startsTls();
    if (implicitTls) s.port = 465;

    RoutePtr route = m_world.roads().route(client.index(), server.index());
    if (auto* r = m_world.begin(EventType::SmtpConnect, &client)) {
        r->message = s.message->id();
        r->peer = server.id();
        r->session = std::int64_t(s.id);
        r->port = s.port;
        if (route) {
            r->arriveUs = (m_world.now() + route->total).micros();
            r->path = route->path;
        }
        m_world.commit();
    }
    if (!route) {
        // Nothing answers behind a closed road: the client waits out its connect timeout.
        m_world.sim().scheduleIn(connectTimeout, m_handler, kConnectTimeout, slot);
        return;
    }
    s.route = route;
    if (implicitTls) tlsStarted(s);
    m_world.sim().scheduleIn(route->total, m_handler, kServerReceive, slot);
}

void SmtpSessionDriver::tlsStarted(SmtpSession& s)
{
    s.tls = true;
    if (auto* r = m_world.begin(EventType::TlsStarted, s.client)) {
        r->message = s.message->id();
        r->peer = s.server->id();
        r->session = std::int64_t(s.id);
        r->port = s.port;
        m_world.commit();
    }
}

void SmtpSessionDriver::stripOnTheWay(SmtpSession& s, SmtpReply& reply)
{
    const auto at = reply.text.find(kStartTlsKeyword);
    if (at == std::string::npos) return;
    for (std::uint32_t node : s.route->nodes) {
        const Station& on = m_world.station(node);
        if (on.kind() != StationKind::Snooper || !on.up() || !static_cast<const Snooper&>(on).stripsStartTls()) continue;
        reply.text.erase(at, kStartTlsKeyword.size());
        if (auto* r = m_world.begin(EventType::TlsStripped, &on)) {
            r->message = s.message->id();
            r->from = s.server->id();
            r->to = s.client->id();
            r->session = std::int64_t(s.id);
            m_world.commit();
        }
        return;
    }
}

void SmtpSessionDriver::handleEvent(const Event& e)
{
    SmtpSession& s = m_slots[std::uint32_t(e.arg)];
    switch (e.kind) {
    case kServerReceive:
    case kContentArrived: serverReceive(s); break;
    case kClientReceive: clientReceive(s); break;
    case kConnectTimeout: {
        if (auto* r = m_world.begin(EventType::ConnectFailed, s.client)) {
            r->message = s.message->id();
            r->peer = s.server->id();
            r->session = std::int64_t(s.id);
            r->reason = "connection timed out";
            m_world.commit();
        }
        failAll(s, {451, "4.4.1", "connect to " + s.server->id() + " timed out"});
        finish(s);
        break;
    }
    }
}

std::string commandLine(const SmtpSession& s, SmtpStep step)
{
    switch (step) {
    case SmtpStep::Ehlo: return (s.protocol == SmtpProtocol::Lmtp ? "LHLO " : "EHLO ") + s.client->id();
    case SmtpStep::StartTls: return "STARTTLS";
    case SmtpStep::Auth: return "AUTH PLAIN ********";
    case SmtpStep::Mail: return "MAIL FROM:<" + s.message->mailFrom + ">";
    case SmtpStep::Rcpt: return "RCPT TO:<" + s.recipients[s.rcptIndex] + ">";
    case SmtpStep::Data: return "DATA";
    case SmtpStep::Quit: return "QUIT";
    default: return {};
    }
}

void SmtpSessionDriver::sendCommand(SmtpSession& s, SmtpStep step)
{
    s.step = step;
    if (auto* r = m_world.begin(EventType::SmtpCommand, s.client)) {  // the words only when someone listens
        r->message = s.message->id();
        r->peer = s.server->id();
        r->session = std::int64_t(s.id);
        r->command = commandLine(s, step);
        r->port = s.port;  // which dialogue the line belongs to: 24 is LMTP
        r->arriveUs = (m_world.now() + s.route->total).micros();
        r->path = s.route->path;
        m_world.commit();
    }
    m_world.sim().scheduleIn(s.route->total, m_handler, kServerReceive, s.slot);
}

void SmtpSessionDriver::serverReceive(SmtpSession& s)
{
    Station& server = *s.server;
    std::vector<SmtpReply>& replies = m_pendingReplies[s.slot];  // filled in place: its storage is reused
    replies.clear();
    if (!server.up()) {
        // A closed station sends back only a reset: refused at connect, a lost connection later.
        s.line = s.step == SmtpStep::Connect ? SmtpLine::Refused : SmtpLine::Lost;
        m_world.sim().scheduleIn(s.route->total, m_handler, kClientReceive, s.slot);
        return;
    }
    switch (s.step) {
    case SmtpStep::Connect:
        replies.push_back(server.smtpGreeting(s));
        s.serverHolds = replies.back().code == 220;
        break;
    case SmtpStep::Ehlo: {
        // RFC 3207 §4: STARTTLS is listed until TLS is on, and never again after it.
        SmtpReply reply{250, "", server.id()};
        if (s.protocol != SmtpProtocol::Lmtp && server.tlsMode() != TlsMode::None && !s.tls)
            reply.text += kStartTlsKeyword;
        replies.push_back(std::move(reply));
        break;
    }
    case SmtpStep::StartTls: replies.push_back({220, "2.0.0", "Ready to start TLS"}); break;
    case SmtpStep::Auth:
    case SmtpStep::Mail:
        // RFC 3207 §4: a server that requires TLS answers 530 to everything before STARTTLS.
        if (server.tlsMode() == TlsMode::Require && !s.tls)
            replies.push_back({530, "5.7.0", "Must issue a STARTTLS command first"});
        else replies.push_back(s.step == SmtpStep::Auth ? server.smtpAuth(s) : server.smtpMail(s));
        break;
    case SmtpStep::Rcpt: replies.push_back(server.smtpRecipient(s, s.recipients[s.rcptIndex])); break;
    case SmtpStep::Data: replies.push_back({354, "", "End data with <CR><LF>.<CR><LF>"}); break;
    case SmtpStep::Content:
        replies = server.smtpMessage(s);
        if (replies.empty()) return;  // the server answers later, through answerMessage
        break;
    case SmtpStep::Quit:
        replies.push_back({221, "2.0.0", "Bye"});
        closeServerSide(s);
        break;
    case SmtpStep::Done: break;
    }
    replyToClient(s);
}

void SmtpSessionDriver::answerMessage(std::uint32_t slot, std::vector<SmtpReply> replies)
{
    m_pendingReplies[slot] = std::move(replies);
    replyToClient(m_slots[slot]);
}

void SmtpSessionDriver::dropLine(std::uint32_t slot)
{
    SmtpSession& s = m_slots[slot];
    s.line = SmtpLine::Lost;
    // The trace shows the drop as the client will report it.
    m_pendingReplies[slot] = {lostLineReply(s)};
    replyToClient(s);
}

SmtpReply SmtpSessionDriver::lostLineReply(const SmtpSession& s)
{
    return {451, "4.4.2", "lost connection with " + s.server->id()};
}

void SmtpSessionDriver::replyToClient(SmtpSession& s)
{
    if (s.step == SmtpStep::Ehlo && !m_pendingReplies[s.slot].empty()) stripOnTheWay(s, m_pendingReplies[s.slot].front());
    for (const auto& reply : m_pendingReplies[s.slot]) {
        if (auto* r = m_world.begin(EventType::SmtpReply, s.server)) {
            r->message = s.message->id();
            r->peer = s.client->id();
            r->session = std::int64_t(s.id);
            r->code = reply.code;
            r->enhanced = reply.enhanced;
            r->replyText = reply.text;
            r->port = s.port;
            r->arriveUs = (m_world.now() + s.route->total).micros();
            r->path = s.route->pathBack;  // the answer comes back the way the words went
            m_world.commit();
        }
    }
    m_world.sim().scheduleIn(s.route->total, m_handler, kClientReceive, s.slot);
}

void SmtpSessionDriver::clientReceive(SmtpSession& s)
{
    const bool lmtp = s.protocol == SmtpProtocol::Lmtp;
    if (s.line == SmtpLine::Refused) {
        if (auto* r = m_world.begin(EventType::ConnectFailed, s.client)) {
            r->message = s.message->id();
            r->peer = s.server->id();
            r->session = std::int64_t(s.id);
            r->reason = "connection refused";
            m_world.commit();
        }
        failAll(s, {451, "4.4.1", "connect to " + s.server->id() + ": connection refused"});
        finish(s);
        return;
    }
    if (s.line == SmtpLine::Lost) {
        if (s.step != SmtpStep::Quit) failAll(s, lostLineReply(s));  // RFC 5321 §3.8: act as on a 451
        finish(s);  // lost during QUIT: over all the same
        return;
    }
    const std::vector<SmtpReply>& replies = m_pendingReplies[s.slot];  // kept: its storage is reused
    const SmtpReply& reply = replies.front();
    if (reply.code == 421) {
        failAll(s, reply);  // the server is closing the line: no QUIT (RFC 5321 §3.8)
        finish(s);
        return;
    }

    switch (s.step) {
    case SmtpStep::Connect:
        if (reply.code != 220) break;
        s.connected = true;
        sendCommand(s, SmtpStep::Ehlo);
        return;
    case SmtpStep::Ehlo:
        if (!reply.positive()) break;
        // RFC 3207: a client that can, starts TLS when the reply lists STARTTLS, then says EHLO again.
        if (!s.tls && s.client->startsTls() && reply.text.find(kStartTlsKeyword) != std::string::npos) {
            sendCommand(s, SmtpStep::StartTls);
            return;
        }
        if (auto demand = s.client->smtpTlsDemand(s)) {
            failAll(s, *demand);
            sendCommand(s, SmtpStep::Quit);
            return;
        }
        if (s.protocol == SmtpProtocol::Submission && s.client->authenticates()) sendCommand(s, SmtpStep::Auth);
        else sendCommand(s, SmtpStep::Mail);
        return;
    case SmtpStep::StartTls:
        if (reply.code != 220) break;
        tlsStarted(s);
        sendCommand(s, SmtpStep::Ehlo);
        return;
    case SmtpStep::Auth:
        if (!reply.positive()) break;
        s.authenticated = true;
        sendCommand(s, SmtpStep::Mail);
        return;
    case SmtpStep::Mail:
        if (!reply.positive()) break;
        s.rcptIndex = 0;
        sendCommand(s, SmtpStep::Rcpt);
        return;
    case SmtpStep::Rcpt:
        if (reply.positive()) s.rcptAccepted[s.rcptIndex] = true;
        else s.rcptReplies[s.rcptIndex] = reply;
        if (++s.rcptIndex < s.recipients.size()) {
            sendCommand(s, SmtpStep::Rcpt);
            return;
        }
        // RFC 5321 §3.3: no DATA when every recipient was refused.
        if (s.acceptedCount() > 0) sendCommand(s, SmtpStep::Data);
        else sendCommand(s, SmtpStep::Quit);
        return;
    case SmtpStep::Data:
        if (reply.code != 354) break;
        // The letter itself now travels: a truck along the road, then the final reply.
        s.step = SmtpStep::Content;
        m_world.transit().send(*s.message, s.route, m_handler, kContentArrived, s.slot, s.seal(), s.tls);
        return;
    case SmtpStep::Content: {
        // SMTP answers once for all recipients; LMTP once per accepted recipient (RFC 2033 §4.2).
        std::size_t next = 0;
        for (std::size_t i = 0; i < s.recipients.size(); ++i) {
            if (!s.rcptAccepted[i]) continue;
            s.rcptReplies[i] = lmtp && next < replies.size() ? replies[next++] : replies.front();
        }
        sendCommand(s, SmtpStep::Quit);
        return;
    }
    case SmtpStep::Quit:
        finish(s);
        return;
    case SmtpStep::Done: return;
    }
    // A refusal before the message was accepted: it applies to every open recipient.
    failAll(s, reply);
    sendCommand(s, SmtpStep::Quit);
}

void SmtpSessionDriver::failAll(SmtpSession& s, const SmtpReply& reply)
{
    for (auto& r : s.rcptReplies)
        if (r.code == 0) r = reply;
}

void SmtpSessionDriver::closeServerSide(SmtpSession& s)
{
    if (!s.serverHolds) return;
    s.serverHolds = false;
    s.server->smtpSessionClosed(s);
}

void SmtpSessionDriver::finish(SmtpSession& s)
{
    closeServerSide(s);
    failAll(s, {451, "4.3.0", "session ended early"});
    s.step = SmtpStep::Done;
    const std::uint32_t slot = s.slot;
    s.client->smtpSessionEnded(s);
    m_slots[slot].message.reset();
    m_slots.release(slot);
}

} // namespace postie
