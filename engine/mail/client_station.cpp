#include "mail/client_station.h"

#include "mail/mailbox_store.h"
#include "mail/smtp_session.h"
#include "mail/world.h"

#include <algorithm>

namespace postie {

ClientStation::ClientStation(World& world, std::uint32_t index, std::string id, const ClientConfig& config)
    : Station(world, index, std::move(id), StationKind::Client), m_config(config)
{
}

void ClientStation::findPeers()
{
    m_submitTo = world().findStation(m_config.submitTo);
    m_readFrom = dynamic_cast<MailboxStore*>(world().findStation(m_config.readFrom));
    if (!m_readFrom || m_config.check.protocol == MailCheck::Protocol::None) return;
    m_readFrom->addReader(*this);
    // POP3 and IMAP poll on a timer; an IMAP IDLE client logs in once, then waits for pushes.
    if (polls()) world().sim().schedule(m_config.check.every, handler(), kCheck, 0);
}

void ClientStation::compose(const MessagePtr& message)
{
    world().announceCreated(*message, *this);
    const std::uint32_t slot = m_outbox.acquire();
    m_outbox[slot] = Outgoing{message, message->rcptTo, kOutboxFirstRetry};
    submit(slot);
}

void ClientStation::submit(std::uint32_t slot)
{
    Outgoing& o = m_outbox[slot];
    if (!m_submitTo) {  // nowhere to send from: the writer's program shows an error at once
        for (const auto& rcpt : o.recipients)
            world().recordOutcome(*o.message, rcpt, Outcome::Bounced, *this, "5.3.0");
        m_outbox[slot] = Outgoing{};
        m_outbox.release(slot);
        return;
    }
    world().smtp().open(SmtpProtocol::Submission, *this, *m_submitTo, o.message, o.recipients, slot,
                        SimTime::fromSeconds(30));
}

void ClientStation::smtpSessionEnded(SmtpSession& s)
{
    const auto slot = std::uint32_t(s.token);
    Outgoing& o = m_outbox[slot];
    std::vector<std::string> retry;
    for (std::size_t i = 0; i < s.recipients.size(); ++i) {
        const SmtpReply& r = s.rcptReplies[i];
        if (r.positive()) continue;
        // Refused for good at submission: the writer sees the error; no bounce letter is made.
        if (r.permanent()) world().recordOutcome(*o.message, s.recipients[i], Outcome::Bounced, *this, r.enhanced);
        else retry.push_back(s.recipients[i]);
    }
    if (retry.empty()) {
        m_outbox[slot] = Outgoing{};
        m_outbox.release(slot);
        return;
    }
    o.recipients = std::move(retry);
    const SmtpReply& reason = s.rcptReplies.front();
    if (world().now() - o.message->created >= kOutboxGiveUp) {
        for (const auto& rcpt : o.recipients)
            world().recordOutcome(*o.message, rcpt, Outcome::Expired, *this, reason.enhanced);
        m_outbox[slot] = Outgoing{};
        m_outbox.release(slot);
        return;
    }
    const SimTime wait = o.nextWait;
    o.nextWait = std::min(o.nextWait * 2, kOutboxLongestWait);
    if (auto* r = world().begin(EventType::DeliveryDeferred, this)) {
        r->message = o.message->id();
        r->reason = reason.line();
        r->enhanced = reason.enhanced;
        r->retryUs = (world().now() + wait).micros();
        world().commit();
    }
    ++world().stats().deferred;
    world().sim().scheduleIn(wait, handler(), kSubmitRetry, slot);
}

std::uint64_t ClientStation::expectLetter(const MessagePtr& message)
{
    const std::uint32_t slot = m_arriving.acquire();
    m_arriving[slot] = message;
    return slot;
}

void ClientStation::check()
{
    if (!m_readFrom) return;
    RoutePtr route = world().roads().route(index(), m_readFrom->index());
    if (auto* r = world().begin(EventType::MailboxCheck, this)) {
        r->peer = m_readFrom->id();
        r->mailbox = m_config.user;
        r->access = pop3() ? MailAccess::Pop3 : MailAccess::Imap;
        if (route) {
            r->arriveUs = (world().now() + route->total).micros();
            r->path = route->path;
        }
        world().commit();
    }
    if (route) world().sim().scheduleIn(route->total, m_readFrom->handler(), MailboxStore::kFetchRequest, index());
}

void ClientStation::handleEvent(const Event& e)
{
    switch (e.kind) {
    case kCheck:
        check();
        if (e.arg == 0 && polls())
            world().sim().scheduleIn(m_config.check.every, handler(), kCheck, 0);
        break;
    case kSubmitRetry: submit(std::uint32_t(e.arg)); break;
    case kLetterArrived: {
        MessagePtr m = std::move(m_arriving[std::uint32_t(e.arg)]);
        m_arriving.release(std::uint32_t(e.arg));
        ++m_fetched;
        world().unfetchedChanged(-1);
        if (auto* r = world().begin(EventType::MailboxFetched, this)) {
            r->message = m->id();
            r->peer = m_readFrom ? m_readFrom->id() : "";
            r->mailbox = m_config.user;
            r->access = pop3() ? MailAccess::Pop3 : MailAccess::Imap;
            world().commit();
        }
        break;
    }
    }
}

} // namespace postie
