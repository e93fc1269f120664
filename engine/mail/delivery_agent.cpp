#include "mail/delivery_agent.h"

#include "mail/address.h"
#include "mail/dns_exchange.h"
#include "mail/dsn.h"
#include "mail/station.h"
#include "mail/work_queue.h"
#include "mail/world.h"

#include <algorithm>
#include <map>

namespace postie {
namespace {
constexpr std::size_t kMxAddressLimit = 5;  // Postfix smtp_mx_address_limit
} // namespace

DeliveryAgent::DeliveryAgent(World& world, Station& owner, RetryPolicy policy, int concurrency, int recipientLimit)
    : m_world(world), m_owner(owner), m_policy(policy), m_handler(world.sim().addHandler(this)),
      m_concurrency(std::max(1, concurrency)), m_recipientLimit(std::size_t(std::max(1, recipientLimit)))
{
}

std::uint32_t DeliveryAgent::allocate()
{
    const std::uint32_t slot = m_deliveries.acquire();
    m_deliveries[slot] = Delivery{};
    return slot;
}

void DeliveryAgent::release(std::uint32_t slot)
{
    freeLane(slot);
    m_deliveries[slot] = Delivery{};
    m_deliveries.release(slot);
}

void DeliveryAgent::deliverByMx(const MessagePtr& message, const std::vector<std::string>& recipients,
                                SimTime queuedAt)
{
    // One delivery per destination domain, in a stable order (Postfix's per-destination
    // queues), and at most recipientLimit recipients in each.
    std::map<std::string, std::vector<std::string>> byDomain;
    std::vector<std::string> local;
    for (const auto& r : recipients) {
        std::string domain = domainOf(r);
        if (std::find(m_localDomains.begin(), m_localDomains.end(), domain) != m_localDomains.end()) local.push_back(r);
        else byDomain[std::move(domain)].push_back(r);
    }
    if (!local.empty() && m_takeLocal) m_takeLocal(message, std::move(local));
    for (auto& [domain, list] : byDomain)
        for (std::size_t first = 0; first < list.size(); first += m_recipientLimit) {
            const std::uint32_t slot = allocate();
            Delivery& d = m_deliveries[slot];
            d.message = message;
            const std::size_t last = std::min(list.size(), first + m_recipientLimit);
            d.recipients.assign(list.begin() + std::ptrdiff_t(first), list.begin() + std::ptrdiff_t(last));
            d.domain = domain;
            d.queuedAt = queuedAt;
            startAttempt(slot);
        }
}

void DeliveryAgent::deliverViaHost(const MessagePtr& message, const std::vector<std::string>& recipients,
                                   const std::string& host, SimTime queuedAt)
{
    const std::uint32_t slot = allocate();
    Delivery& d = m_deliveries[slot];
    d.message = message;
    d.recipients = recipients;
    d.domain = host;
    d.relayHost = host;
    d.queuedAt = queuedAt;
    startAttempt(slot);
}

void DeliveryAgent::deliverDirect(const MessagePtr& message, const std::vector<std::string>& recipients,
                                  Station& target, SmtpProtocol protocol, SimTime queuedAt)
{
    for (std::size_t first = 0; first < recipients.size(); first += m_recipientLimit) {
        const std::uint32_t slot = allocate();
        Delivery& d = m_deliveries[slot];
        d.message = message;
        const std::size_t last = std::min(recipients.size(), first + m_recipientLimit);
        d.recipients.assign(recipients.begin() + std::ptrdiff_t(first), recipients.begin() + std::ptrdiff_t(last));
        d.direct = &target;
        d.protocol = protocol;
        d.queuedAt = queuedAt;
        startAttempt(slot);
    }
}

std::string DeliveryAgent::destinationOf(const Delivery& d) const { return d.direct ? d.direct->id() : d.domain; }

void DeliveryAgent::startAttempt(std::uint32_t slot)
{
    // At most m_concurrency attempts to one destination at once; the rest wait their turn in
    // the depot (Postfix's qmgr and default_destination_concurrency_limit).
    Delivery& d = m_deliveries[slot];
    const std::string destination = destinationOf(d);
    Lane& lane = m_lanes[destination];
    if (lane.busy >= m_concurrency) {
        lane.waiting.push_back(slot);
        ++m_laneWaiting;
        if (m_depot) m_depot->setWaitingElsewhere(m_laneWaiting);
        noteLaneQueue(EventType::QueueEnter, d, destination);
        return;
    }
    ++lane.busy;
    d.holdsLane = true;
    beginAttempt(slot);
}

void DeliveryAgent::freeLane(std::uint32_t slot)
{
    Delivery& d = m_deliveries[slot];
    if (!d.holdsLane) return;
    d.holdsLane = false;
    const std::string destination = destinationOf(d);
    Lane& lane = m_lanes[destination];
    --lane.busy;
    if (lane.waiting.empty()) return;
    const std::uint32_t next = lane.waiting.front();
    lane.waiting.pop_front();
    --m_laneWaiting;
    if (m_depot) m_depot->setWaitingElsewhere(m_laneWaiting);
    ++lane.busy;
    m_deliveries[next].holdsLane = true;
    noteLaneQueue(EventType::QueueLeave, m_deliveries[next], destination);
    beginAttempt(next);
}

void DeliveryAgent::noteLaneQueue(EventType type, const Delivery& d, const std::string& destination)
{
    if (auto* r = m_world.begin(type, &m_owner)) {
        r->message = d.message->id();
        r->queueLength = std::int64_t(m_depot ? m_depot->length() : m_laneWaiting);
        r->reason = type == EventType::QueueEnter
                        ? "waiting for a free lane to " + destination + ": " + std::to_string(m_concurrency) +
                              " deliveries there are under way, the most at once"
                        : "a lane to " + destination + " is free";
        m_world.commit();
    }
}

void DeliveryAgent::beginAttempt(std::uint32_t slot)
{
    Delivery& d = m_deliveries[slot];
    d.attemptBegan = m_world.now();
    d.hostIndex = 0;
    d.anyAddress = false;
    d.hosts.clear();
    if (d.direct) {
        m_world.smtp().open(d.protocol, m_owner, *d.direct, d.message, d.recipients, slot, m_policy.connectTimeout());
        return;
    }
    if (!d.relayHost.empty()) {  // no MX lookup for a smarthost, only its address
        d.hosts = {d.relayHost};
        tryNextHost(slot);
        return;
    }
    m_world.dnsExchange().ask(m_owner, m_resolver, d.domain, DnsType::MX, m_handler, kMxAnswer, slot);
}

void DeliveryAgent::handleEvent(const Event& e)
{
    if (e.kind == kRetry) {
        startAttempt(std::uint32_t(e.arg));
        return;
    }
    DnsQuery* q = m_world.dnsExchange().find(e.arg);
    if (!q) return;
    const auto slot = std::uint32_t(q->token);
    if (e.kind == kMxAnswer) onMxAnswer(slot, e.arg);
    else onAddressAnswer(slot, e.arg);
}

void DeliveryAgent::onMxAnswer(std::uint32_t slot, std::uint64_t ticket)
{
    const auto [timedOut, answer] = m_world.dnsExchange().take(ticket);
    Delivery& d = m_deliveries[slot];

    if (timedOut || answer.rcode == DnsRcode::ServFail) {
        // A temporary DNS failure queues the message (RFC 5321 §5.1; Postfix status 4.4.3).
        d.lastError = {451, "4.4.3", "Host or domain name lookup failed for " + d.domain + ": temporary failure"};
        d.lastRemote.clear();  // no server answered
        attemptFailed(slot);
        return;
    }
    if (answer.rcode == DnsRcode::NxDomain) {
        // A domain that does not exist is an error, not a reason to wait (RFC 5321 §5.1).
        failPermanently(slot, {550, "5.4.4", "Host or domain name not found. Name service error for name=" + d.domain +
                                                 " type=MX: Host not found"});
        return;
    }
    if (answer.records.empty()) {
        // No MX at all: the domain itself is the implicit MX, preference 0 (RFC 5321 §5.1).
        d.hosts = {d.domain};
        tryNextHost(slot);
        return;
    }
    std::vector<DnsRecord> mx;
    for (const auto& r : answer.records)
        if (!r.host.empty()) mx.push_back(r);
    if (mx.empty()) {
        // Null MX: the domain accepts no mail; fail at once, never connect (RFC 7505 §3, 556 5.1.10).
        failPermanently(slot, {556, "5.1.10", "Recipient address has null MX: " + d.domain + " accepts no mail"});
        return;
    }
    // Lowest preference first; equal preferences in random (seeded) order (RFC 5321 §5.1).
    std::stable_sort(mx.begin(), mx.end(), [](const auto& a, const auto& b) { return a.preference < b.preference; });
    for (std::size_t i = 0; i < mx.size();) {
        std::size_t j = i;
        while (j < mx.size() && mx[j].preference == mx[i].preference) ++j;
        for (std::size_t k = j - 1; k > i; --k) std::swap(mx[k], mx[i + m_owner.rngForService().below(k - i + 1)]);
        i = j;
    }
    // A sender that is itself an MX drops itself and every equal or worse one (RFC 5321 §5.1).
    for (std::size_t i = 0; i < mx.size(); ++i) {
        if (toLower(mx[i].host) != toLower(m_owner.id())) continue;
        const int own = mx[i].preference;
        mx.erase(std::remove_if(mx.begin(), mx.end(), [own](const auto& r) { return r.preference >= own; }), mx.end());
        if (mx.empty()) {
            failPermanently(slot, {554, "5.4.6", "mail for " + d.domain + " loops back to myself"});
            return;
        }
        break;
    }
    for (const auto& r : mx) d.hosts.push_back(r.host);
    tryNextHost(slot);
}

void DeliveryAgent::tryNextHost(std::uint32_t slot)
{
    Delivery& d = m_deliveries[slot];
    if (d.hostIndex >= d.hosts.size() || d.hostIndex >= kMxAddressLimit) {
        if (!d.anyAddress && d.lastError.code == 0) {
            // No MX host has an address at all: Postfix bounces with 5.4.4.
            failPermanently(slot, {550, "5.4.4", "Host or domain name not found: no address for the mail servers of " +
                                                     d.domain});
            return;
        }
        attemptFailed(slot);
        return;
    }
    m_world.dnsExchange().ask(m_owner, m_resolver, d.hosts[d.hostIndex], DnsType::A, m_handler, kAddressAnswer, slot);
}

void DeliveryAgent::onAddressAnswer(std::uint32_t slot, std::uint64_t ticket)
{
    const auto [timedOut, answer] = m_world.dnsExchange().take(ticket);
    Delivery& d = m_deliveries[slot];
    const std::string host = d.hosts[d.hostIndex];

    if (timedOut || answer.rcode == DnsRcode::ServFail) {
        d.lastError = {451, "4.4.3", "Host or domain name lookup failed for " + host + ": temporary failure"};
        d.lastRemote.clear();  // no server answered
        ++d.hostIndex;
        tryNextHost(slot);
        return;
    }
    if (answer.records.empty()) {  // a name with no A record cannot be reached
        ++d.hostIndex;
        tryNextHost(slot);
        return;
    }
    d.anyAddress = true;
    Station* target = m_world.findStation(host);
    if (!target || !target->speaksSmtp()) {
        d.lastError = {451, "4.4.1", "connect to " + host + "[" + answer.records.front().address + "]:25: No route to host"};
        d.lastRemote.clear();  // no server answered
        ++d.hostIndex;
        tryNextHost(slot);
        return;
    }
    m_world.smtp().open(SmtpProtocol::Relay, m_owner, *target, d.message, d.recipients, slot, m_policy.connectTimeout());
}

void DeliveryAgent::sessionEnded(SmtpSession& s)
{
    const auto slot = std::uint32_t(s.token);
    Delivery& d = m_deliveries[slot];
    std::vector<std::string> remaining;
    FailedRecipients failed;
    for (std::size_t i = 0; i < s.recipients.size(); ++i) {
        const SmtpReply& r = s.rcptReplies[i];
        if (r.positive()) continue;  // the next station is responsible now (RFC 5321 §4.2.5)
        if (r.permanent()) {
            failed.push_back({s.recipients[i], r, s.server->id()});
        } else {
            remaining.push_back(s.recipients[i]);
            d.lastError = r;
            d.lastRemote = s.server->id();
        }
    }
    const MessagePtr message = d.message;
    for (const auto& f : failed) m_world.recordOutcome(*message, f.address, Outcome::Bounced, m_owner, f.reply.enhanced);
    if (!failed.empty()) bounce(*message, failed);

    Delivery& again = m_deliveries[slot];  // bounce() may have grown the table
    again.recipients = std::move(remaining);
    if (again.recipients.empty()) {
        release(slot);
        return;
    }
    if (again.direct) {
        attemptFailed(slot);
        return;
    }
    // A soft failure at one MX: try the next within the same attempt (Postfix smtp_trouble.c).
    ++again.hostIndex;
    tryNextHost(slot);
}

void DeliveryAgent::failPermanently(std::uint32_t slot, const SmtpReply& reply)
{
    const Delivery d = m_deliveries[slot];
    FailedRecipients failed;
    for (const auto& rcpt : d.recipients) {
        m_world.recordOutcome(*d.message, rcpt, Outcome::Bounced, m_owner, reply.enhanced);
        failed.push_back({rcpt, reply, {}});
    }
    release(slot);
    bounce(*d.message, failed);
}

void DeliveryAgent::attemptFailed(std::uint32_t slot)
{
    Delivery& d = m_deliveries[slot];
    const SimTime now = m_world.now();
    if (m_policy.giveUp(now, d.queuedAt, d.retry)) {
        // Expired: returned with the last temporary status and Action: failed (Postfix bounce_notify_util.c).
        const Delivery copy = d;
        FailedRecipients failed;
        for (const auto& rcpt : copy.recipients) {
            m_world.recordOutcome(*copy.message, rcpt, Outcome::Expired, m_owner, copy.lastError.enhanced);
            failed.push_back({rcpt, copy.lastError, copy.lastRemote});
        }
        release(slot);
        bounce(*copy.message, failed);
        return;
    }
    const SimTime next = m_policy.nextAttemptAt(d.attemptBegan, now, d.queuedAt, d.retry);
    const SimTime delay = next - now;
    freeLane(slot);  // a deferred letter waits without holding a lane
    ++m_world.stats().deferred;
    if (auto* r = m_world.begin(EventType::DeliveryDeferred, &m_owner)) {
        r->message = d.message->id();
        r->reason = d.lastError.line();
        r->enhanced = d.lastError.enhanced;
        r->retryUs = (now + delay).micros();
        for (const auto& rcpt : d.recipients) r->recipient += (r->recipient.empty() ? "" : ", ") + rcpt;
        m_world.commit();
    }
    m_world.sim().scheduleIn(delay, m_handler, kRetry, slot);
    if (!d.warned && m_policy.warnDelay(now, d.queuedAt)) {
        // One "still trying" notice, Action: delayed (Postfix delay_warning_time, RFC 3464 §2.3.3).
        d.warned = true;
        const Delivery copy = d;
        FailedRecipients waiting;
        for (const auto& rcpt : copy.recipients) waiting.push_back({rcpt, copy.lastError, copy.lastRemote});
        bounce(*copy.message, waiting, true, copy.queuedAt + m_policy.config().giveUp);
    }
}

void DeliveryAgent::bounce(const Message& original, const FailedRecipients& failed, bool delayed, SimTime retryUntil)
{
    MessagePtr dsn = makeBounce(m_world, m_owner, original, failed, delayed, retryUntil);
    if (!dsn) return;
    m_world.announceCreated(*dsn, m_owner);
    if (auto* r = m_world.begin(EventType::BounceCreated, &m_owner)) {
        r->message = dsn->id();
        r->original = original.id();
        r->status = failed.front().reply.enhanced;
        r->noticeAction = delayed ? NoticeAction::Delayed : NoticeAction::Failed;
        r->recipient = original.mailFrom;
        m_world.commit();
    }
    deliverByMx(dsn, dsn->rcptTo, m_world.now());
}

} // namespace postie
