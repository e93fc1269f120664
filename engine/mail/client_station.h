#pragma once
// The writer at home: a mail program that submits letters to its outgoing server (port 587,
// with AUTH) and fetches its own mail from a mailbox store by POP3 polling or IMAP IDLE.
#include "mail/station.h"
#include "sim/slot_table.h"

#include <string>
#include <vector>

namespace postie {

class MailboxStore;

class ClientStation : public Station {
public:
    enum Kind : std::uint32_t { kCheck, kLetterArrived, kSubmitRetry };
    // A mail program keeps a letter it could not hand over in its outbox and tries again:
    // after a minute, then twice as long each time up to an hour; after a day it gives up and
    // tells the writer (the letter never left the house: expired, no bounce letter).
    static constexpr SimTime kOutboxFirstRetry = SimTime::fromSeconds(60);
    static constexpr SimTime kOutboxLongestWait = SimTime::fromSeconds(3600);
    static constexpr SimTime kOutboxGiveUp = SimTime::fromSeconds(86400);

    ClientStation(World& world, std::uint32_t index, std::string id, const ClientConfig& config);
    const ClientConfig& config() const { return m_config; }

    void findPeers() override;
    void handleEvent(const Event& event) override;
    void smtpSessionEnded(SmtpSession& session) override;
    bool authenticates() const override { return m_config.authenticates; }
    bool startsTls() const override { return m_config.startsTls; }

    // A new letter written on this device.
    void compose(const MessagePtr& message);
    // The mailbox store sends a letter to this device; returns the argument for kLetterArrived.
    std::uint64_t expectLetter(const MessagePtr& message);

    bool pop3() const { return m_config.check.protocol == MailCheck::Protocol::Pop3; }
    // POP3 as mail programs use it by default: RETR, then DELE (RFC 1939 §6).
    bool deletesAfterFetch() const { return pop3() && !m_config.check.leaveOnServer; }
    bool idles() const { return m_config.check.protocol == MailCheck::Protocol::ImapIdle; }
    bool polls() const
    {
        return m_config.check.protocol == MailCheck::Protocol::Pop3 || m_config.check.protocol == MailCheck::Protocol::Imap;
    }
    std::uint64_t fetched() const { return m_fetched; }

private:
    void submit(std::uint32_t slot);
    void check();

    struct Outgoing {
        MessagePtr message;
        std::vector<std::string> recipients;
        SimTime nextWait;  // before the next try
    };
    ClientConfig m_config;
    Station* m_submitTo = nullptr;
    MailboxStore* m_readFrom = nullptr;
    SlotTable<Outgoing> m_outbox;
    SlotTable<MessagePtr> m_arriving;
    std::uint64_t m_fetched = 0;
};

} // namespace postie
