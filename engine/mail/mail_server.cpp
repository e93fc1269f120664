#include "mail/mail_server.h"

#include "mail/address.h"
#include "mail/mailbox_store.h"
#include "mail/mailing_list.h"
#include "mail/message_text.h"
#include "mail/smtp_session.h"
#include "mail/world.h"

#include <algorithm>
#include <fmt/format.h>

namespace postie {
namespace {
// A letter that already carries this many Received lines is refused after DATA with
// 554 5.4.6 (X.4.6 routing loop detected, RFC 3463): Postfix hopcount_limit. RFC 5321 §6.3
// asks for at least 100; Postfix's 50 is what the class would meet.
constexpr std::size_t kHopLimit = 50;
} // namespace

MailServer::MailServer(World& world, std::uint32_t index, std::string id, StationKind kind, const ServerConfig& config)
    : Station(world, index, std::move(id), kind), m_config(config),
      m_queue(world, *this, config.workers, config.service, kServiceDone),
      m_agent(world, *this, RetryPolicy(config.retry), config.destinationConcurrency, config.destinationRecipients)
{
    m_agent.setDepot(&m_queue);
}

SmtpReply MailServer::smtpGreeting(const SmtpSession& s)
{
    // Too many sessions at once: Postfix's smtpd answers 421 4.7.0 and hangs up
    // (smtpd_client_connection_count_limit); the sender tries another MX or later.
    if (m_config.maxConnections > 0 && m_connections >= m_config.maxConnections)
        return {421, "4.7.0", id() + " Error: too many connections; try again later"};
    ++m_connections;
    return Station::smtpGreeting(s);
}

void MailServer::smtpSessionClosed(const SmtpSession&) { --m_connections; }

SmtpReply MailServer::smtpMail(const SmtpSession& s)
{
    const SmtpReply plain = Station::smtpMail(s);  // a submission without AUTH is refused first
    if (!plain.positive()) return plain;
    // A full depot takes no more letters for now (RFC 5321 §4.2.3: 452, insufficient system
    // storage; Postfix 452 4.3.1 when its queue file system is full).
    if (depotFull()) return {452, "4.3.1", "Insufficient system storage"};
    // Postfix's anvil rate limit answers 450 4.7.1 (smtpd_client_message_rate_limit).
    if (m_config.rateLimitPerSecond > 0 && !takeRateToken(s.client->index()))
        return {450, "4.7.1", "Error: too much mail from " + s.client->id()};
    return plain;
}

bool MailServer::depotFull() const
{
    return m_config.queueLimit > 0 && m_queue.length() >= std::size_t(m_config.queueLimit);
}

bool MailServer::takeRateToken(std::uint32_t client)
{
    const double rate = m_config.rateLimitPerSecond;
    const double capacity = std::max(1.0, rate * 60.0);
    auto [it, fresh] = m_rateBuckets.try_emplace(client, RateBucket{capacity, world().now()});
    RateBucket& b = it->second;
    b.tokens = std::min(capacity, b.tokens + (world().now() - b.refilled).seconds() * rate);
    b.refilled = world().now();
    if (b.tokens < 1.0) return false;
    b.tokens -= 1.0;
    return true;
}

void MailServer::findPeers()
{
    Station* resolver = m_config.resolver.empty() ? world().nearest(*this, StationKind::Resolver)
                                                : world().findStation(m_config.resolver);
    m_agent.setResolver(resolver);
    findSigningKey();
}

void MailServer::setUp(bool up)
{
    Station::setUp(up);
    if (up) m_queue.resume();
}

std::string MailServer::nextQueueId()
{
    // Postfix-like hexadecimal queue ids, unique per station.
    return fmt::format("{:X}{:05X}", index() + 1, ++m_queueIds);
}

std::vector<SmtpReply> MailServer::smtpMessage(SmtpSession& s)
{
    if (s.message->received.size() >= kHopLimit)
        return {{554, "5.4.6", "Too many hops: " + std::to_string(s.message->received.size()) + " Received lines"}};
    // The depot may have filled while the letter travelled (RFC 5321 §4.2.5 allows 452 here).
    if (depotFull()) return {{452, "4.3.1", "Insufficient system storage"}};

    std::vector<std::string> accepted;
    for (std::size_t i = 0; i < s.recipients.size(); ++i)
        if (s.rcptAccepted[i]) accepted.push_back(s.recipients[i]);
    auto copy = s.message->copyFor(accepted);  // this server's own copy in its queue
    // The submission server completes what the writer's program left out (RFC 6409 §8).
    if (s.protocol == SmtpProtocol::Submission) copy->completeIdAndDate(id(), world().now());
    const std::string queueId = nextQueueId();
    ReceivedStamp stamp{s.client->index(), index(), receivedProtocol(s), queueId,
                        accepted.size() == 1 ? accepted.front() : std::string(), world().now(), {}};
    if (m_config.authenticate)
        if (auto refusal = checkAuthenticity(s, *copy, stamp)) return {*refusal};
    if (m_config.spamFilter) filterSpam(*copy, stamp);
    s.serverQueueId = queueId;
    copy->received.insert(copy->received.begin(), std::move(stamp));
    if (s.protocol == SmtpProtocol::Submission) signWithDkim(*copy, copy->received.front());

    const std::uint32_t slot = m_parcels.acquire();
    m_parcels[slot] = Parcel{copy, std::move(accepted), world().now()};
    m_queue.enter(slot, copy->number);
    return {{250, "2.0.0", "Ok: queued as " + queueId}};
}

void MailServer::handleEvent(const Event& e)
{
    if (e.kind == kDmarcReportDay) {
        sendDmarcReports();
        return;
    }
    if (e.kind != kServiceDone) return;
    m_queue.done();
    const auto slot = std::uint32_t(e.arg);
    Parcel parcel = std::move(m_parcels[slot]);
    m_parcels[slot] = Parcel{};
    m_parcels.release(slot);
    forward(parcel);
}

void OutgoingServer::forward(const Parcel& p)
{
    if (!config().relayTo.empty()) {  // a smarthost (Postfix's relayhost): every letter goes there
        agent().deliverViaHost(p.message, p.recipients, config().relayTo, p.arrived);
        return;
    }
    agent().deliverByMx(p.message, p.recipients, p.arrived);
}

bool IncomingServer::servesDomainOf(const std::string& rcpt) const
{
    const auto& accepts = config().accepts;
    return std::find(accepts.begin(), accepts.end(), domainOf(rcpt)) != accepts.end();
}

void IncomingServer::findPeers()
{
    MailServer::findPeers();
    // A notice this station writes to one of its own domains is delivered here, not by MX to
    // itself (a list's notices to its bounce address, an open relay's to its own users).
    agent().setLocal(config().accepts, [this](const MessagePtr& letter, std::vector<std::string> recipients) {
        forwardOwn({letter, std::move(recipients), world().now()});
    });
    if (!config().deliverTo.empty()) m_mailbox = dynamic_cast<MailboxStore*>(world().findStation(config().deliverTo));
}

SmtpReply IncomingServer::smtpRecipient(const SmtpSession& s, const std::string& rcpt)
{
    if (!servesDomainOf(rcpt)) {
        // An open relay takes mail for anyone; a well-kept one refuses it (Postfix's
        // reject_unauth_destination with relay_domains_reject_code).
        if (config().openRelay) return {250, "2.1.5", "Ok"};
        return {554, "5.7.1", "<" + rcpt + ">: Relay access denied"};
    }
    // Unknown users are refused at once, as Postfix does with its recipient maps; a relay
    // (relay_to) has no mailbox to ask and leaves that to the next hop.
    if (m_mailbox && !m_mailbox->hasUser(rcpt))
        return {550, "5.1.1", "<" + rcpt + ">: Recipient address rejected: User unknown in local recipient table"};
    // postgrey answers through Postfix's check_policy_service, after the recipient checks.
    if (config().greylist && !m_greylist.admit(s.client->address(), s.message->mailFrom, rcpt, world().now()))
        return {450, "4.2.0", "<" + rcpt + ">: Recipient address rejected: Greylisted"};
    return {250, "2.1.5", "Ok"};
}

void IncomingServer::forward(const Parcel& p)
{
    if (config().openRelay) {  // letters for other domains go on by MX, as from a post office
        std::vector<std::string> ours, theirs;
        for (const auto& rcpt : p.recipients) (servesDomainOf(rcpt) ? ours : theirs).push_back(rcpt);
        if (!theirs.empty()) agent().deliverByMx(p.message, theirs, p.arrived);
        if (ours.empty()) return;
        forwardOwn({p.message, std::move(ours), p.arrived});
        return;
    }
    forwardOwn(p);
}

void IncomingServer::forwardOwn(const Parcel& p)
{
    if (!config().listMembers.empty()) {
        sendToList(p);
        return;
    }
    if (!config().relayTo.empty()) {  // a relay: it becomes the SMTP client for the next hop (RFC 5321 §3.6.2)
        agent().deliverViaHost(p.message, p.recipients, config().relayTo, p.arrived);
        return;
    }
    if (!m_mailbox) {  // the loader refuses such files; never lose a letter silently all the same
        for (const auto& rcpt : p.recipients) world().recordOutcome(*p.message, rcpt, Outcome::Discarded, *this);
        return;
    }
    agent().deliverDirect(p.message, p.recipients, *m_mailbox, SmtpProtocol::Lmtp, p.arrived);
}

void IncomingServer::sendToList(const Parcel& p)
{
    for (const auto& rcpt : p.recipients) {
        // The list is this letter's last stop: it has taken it, and a notice to its bounce
        // address ends with the list's bounce processing.
        world().recordOutcome(*p.message, rcpt, Outcome::Delivered, *this);
        if (isListBounceAddress(rcpt)) continue;
        MessagePtr post = world().createMessage();
        writeListPost(*post, *p.message, letterBody(*p.message, world()), rcpt, config());
        world().announceCreated(*post, *this);
        agent().deliverByMx(post, post->rcptTo, world().now());
    }
}

} // namespace postie
