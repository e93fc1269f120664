#include "mail/mailbox_store.h"

#include "mail/address.h"
#include "mail/client_station.h"
#include "mail/headers.h"
#include "mail/letter_transit.h"
#include "mail/smtp_session.h"
#include "mail/world.h"

#include <algorithm>

namespace postie {

MailboxStore::MailboxStore(World& world, std::uint32_t index, std::string id, const MailboxConfig& config)
    : Station(world, index, std::move(id), StationKind::Mailbox), m_config(config),
      m_clerks(world, *this, config.workers, config.service, kDeliveryFiled)
{
    for (const auto& user : config.users) m_boxes[toLower(user)];
}

bool MailboxStore::hasUser(const std::string& address) const
{
    // Envelope addresses are lower case from the moment a letter is written.
    return m_boxes.count(address) > 0 || m_boxes.count(toLower(address)) > 0;
}

void MailboxStore::addReader(ClientStation& client) { m_readers[toLower(client.config().user)].push_back(&client); }

const std::vector<ClientStation*>& MailboxStore::readersOf(const std::string& user) const
{
    static const std::vector<ClientStation*> kNone;
    auto it = m_readers.find(user);
    return it == m_readers.end() ? kNone : it->second;
}

SmtpReply MailboxStore::smtpRecipient(const SmtpSession&, const std::string& rcpt)
{
    if (!hasUser(rcpt)) return {550, "5.1.1", "<" + rcpt + ">: Recipient address rejected: User unknown"};
    return {250, "2.1.5", "Ok"};
}

std::vector<SmtpReply> MailboxStore::smtpMessage(SmtpSession& s)
{
    if (!filingTakesTime()) return file(s);
    // The delivery waits for a free clerk; the LMTP client waits for the replies (RFC 2033 §4.2).
    m_clerks.enter(s.slot, s.message->number);
    return {};
}

void MailboxStore::setUp(bool up)
{
    Station::setUp(up);
    if (up) {
        m_clerks.resume();
        return;
    }
    // A store that closes drops the LMTP connections still waiting for a clerk.
    for (const std::uint64_t slot : m_clerks.dropWaiting()) world().smtp().dropLine(std::uint32_t(slot));
}

std::vector<SmtpReply> MailboxStore::file(SmtpSession& s)
{
    // LMTP: one reply per accepted recipient (RFC 2033 §4.2), so one full box refuses alone.
    std::vector<SmtpReply> replies;
    for (std::size_t i = 0; i < s.recipients.size(); ++i) {
        if (!s.rcptAccepted[i]) continue;
        const std::string& user = s.recipients[i];  // lower case since the letter was written
        Box& box = m_boxes[user];
        if (m_config.quotaBytes > 0 && box.bytes + s.message->sizeBytes > m_config.quotaBytes) {
            replies.push_back({552, "5.2.2", "<" + s.recipients[i] + ">: Mailbox full"});
            continue;
        }
        auto copy = s.message->copyFor({user});  // the copy in this box: one recipient
        copy->received.insert(copy->received.begin(),
                              ReceivedStamp{s.client->index(), index(), "LMTP",
                                            copy->id() + "." + std::to_string(box.stored + 1), s.recipients[i],
                                            world().now()});
        // Final delivery writes exactly one Return-Path (RFC 5321 §4.4).
        copy->returnPath = copy->mailFrom;
        copy->hasReturnPath = true;
        store(user, copy);
        replies.push_back({250, "2.0.0", "<" + s.recipients[i] + "> Ok"});
    }
    return replies;
}

void MailboxStore::store(const std::string& user, const MessagePtr& message)
{
    Box& box = m_boxes[user];
    ++box.stored;
    box.letters.push_back(StoredLetter{message, world().now(), {}, false, box.stored});
    box.bytes += message->sizeBytes;
    ++m_changes;
    if (auto* r = world().begin(EventType::MailboxStored, this)) {
        r->message = message->id();
        r->mailbox = user;
        r->headers = headerLines(*message, world());
        r->report = message->reportFields;
        r->sizeBytes = std::int64_t(message->sizeBytes);
        r->junk = message->junk;
        world().commit();
    }
    world().recordOutcome(*message, user, Outcome::Delivered, *this);
    // A letter filed in Junk waits there: mail programs check the inbox (POP3 sees nothing
    // else, RFC 1939), so no device fetches it and IDLE says nothing.
    if (message->junk) {
        if (box.letters.size() > world().lettersKeptPerUser()) forget(box, user, 0);
        return;
    }
    for (ClientStation* reader : readersOf(user)) {
        world().unfetchedChanged(+1);
        if (!reader->idles()) continue;
        // IMAP IDLE: the server pushes "* EXISTS" down the open connection.
        if (RoutePtr route = world().roads().route(index(), reader->index()))
            world().sim().scheduleIn(route->total, reader->handler(), ClientStation::kCheck, 1);
    }
    if (box.letters.size() > world().lettersKeptPerUser()) forget(box, user, 0);
}

void MailboxStore::forget(Box& box, const std::string& user, std::size_t i)
{
    const StoredLetter& letter = box.letters[i];
    if (!letter.message->junk)
        for (ClientStation* reader : readersOf(user))
            if (std::find(letter.fetchedBy.begin(), letter.fetchedBy.end(), reader->index()) == letter.fetchedBy.end())
                world().unfetchedChanged(-1);  // this device will never see it
    box.bytes -= std::min(box.bytes, letter.message->sizeBytes);
    box.letters.erase(box.letters.begin() + long(i));
    ++m_changes;
}

void MailboxStore::handleEvent(const Event& e)
{
    if (e.kind == kDeliveryFiled) {
        m_clerks.done();
        const auto slot = std::uint32_t(e.arg);
        // A store that closed while its clerk was filing has dropped the connection: nothing filed.
        if (up()) world().smtp().answerMessage(slot, file(world().smtp().session(slot)));
        else world().smtp().dropLine(slot);
        return;
    }
    auto* client = dynamic_cast<ClientStation*>(&world().station(std::uint32_t(e.arg)));
    if (!client) return;
    switch (e.kind) {
    case kFetchRequest:
        if (up()) fetch(*client);  // a closed store does not answer
        break;
    case kPop3Quit: quit(*client); break;
    default: break;
    }
}

void MailboxStore::fetch(ClientStation& client)
{
    RoutePtr route = world().roads().route(index(), client.index());
    if (!route) return;
    const std::string user = toLower(client.config().user);
    Box& box = m_boxes[user];
    std::vector<MessagePtr>* marked = nullptr;
    for (StoredLetter& letter : box.letters) {
        if (letter.message->junk) continue;  // in the Junk folder: the device checks the inbox
        auto& by = letter.fetchedBy;
        if (std::find(by.begin(), by.end(), client.index()) != by.end()) continue;  // it has this one (UIDL)
        by.push_back(client.index());
        // IMAP FETCH BODY[] sets \Seen (RFC 9051 §6.4.5); POP3 RETR does too in Dovecot
        // (pop3_no_flag_updates = no).
        if (!letter.seen) ++m_changes;
        letter.seen = true;
        world().transit().send(*letter.message, route, client.handler(), ClientStation::kLetterArrived,
                               client.expectLetter(letter.message));
        if (!client.deletesAfterFetch()) continue;
        // POP3 DELE only marks the letter; it stays in the box until the session's QUIT.
        if (!marked) marked = &m_marked[client.index()];
        marked->push_back(letter.message);
    }
    if (!marked) return;
    // The device says QUIT once the last letter has reached it: one round trip from now.
    world().deletionsPending(+1);
    world().sim().scheduleIn(route->total * 2, handler(), kPop3Quit, client.index());
}

void MailboxStore::quit(ClientStation& client)
{
    world().deletionsPending(-1);
    auto it = m_marked.find(client.index());
    if (it == m_marked.end()) return;
    const std::vector<MessagePtr> marked = std::move(it->second);
    m_marked.erase(it);
    // A session whose line dropped (or whose store closed) before QUIT never reaches UPDATE:
    // nothing is deleted (RFC 1939 §6).
    if (!up() || !world().roads().route(client.index(), index())) return;
    const std::string user = toLower(client.config().user);
    Box& box = m_boxes[user];
    for (const MessagePtr& message : marked) {
        const auto at = std::find_if(box.letters.begin(), box.letters.end(),
                                     [&](const StoredLetter& l) { return l.message == message; });
        // A letter already forgotten (World::lettersKeptPerUser) is still in the real box: it goes too.
        if (at != box.letters.end()) forget(box, user, std::size_t(at - box.letters.begin()));
        ++box.removed;
        if (auto* r = world().begin(EventType::MailboxRemoved, this)) {
            r->message = message->id();
            r->mailbox = user;
            r->peer = client.id();
            r->access = MailAccess::Pop3;
            r->queueLength = std::int64_t(box.held());
            world().commit();
        }
    }
}

} // namespace postie
