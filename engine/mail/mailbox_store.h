#pragma once
// The PO boxes: a mailbox store (IMAP/POP3 server) that takes final delivery over LMTP,
// keeps each user's letters and hands them to the user's devices when they ask. POP3
// downloads (RETR), marks for deletion (DELE) and removes at QUIT (RFC 1939); IMAP sends a
// copy, sets \Seen and keeps the letter (RFC 9051); IDLE pushes news at once (RFC 2177).
// Its clerks (workers) file each LMTP delivery for a service time, in turn as the sorting
// stations do, and the store answers the final dot when the letter is filed.
#include "mail/station.h"
#include "mail/work_queue.h"

#include <deque>
#include <map>
#include <string>
#include <vector>

namespace postie {

class ClientStation;

class MailboxStore : public Station {
public:
    enum Kind : std::uint32_t { kFetchRequest, kPop3Quit, kDeliveryFiled };
    MailboxStore(World& world, std::uint32_t index, std::string id, const MailboxConfig& config);

    bool speaksSmtp() const override { return true; }
    SmtpReply smtpRecipient(const SmtpSession& session, const std::string& rcpt) override;
    std::vector<SmtpReply> smtpMessage(SmtpSession& session) override;
    void handleEvent(const Event& event) override;
    void setUp(bool up) override;
    // The clerks' depot, when filing takes time; with no service time the store answers at once.
    const WorkQueue* workQueue() const override { return filingTakesTime() ? &m_clerks : nullptr; }

    bool hasUser(const std::string& address) const;
    void addReader(ClientStation& client);

    struct StoredLetter {
        MessagePtr message;
        SimTime storedAt;
        std::vector<std::uint32_t> fetchedBy;  // client station indices
        bool seen = false;  // the \Seen flag: some device has read it
        std::uint64_t number = 0;  // 1 for the box's first letter ever, 2 for the next: its IMAP UID
    };
    struct Box {
        std::deque<StoredLetter> letters;
        std::uint64_t bytes = 0;
        std::uint64_t stored = 0;   // ever
        std::uint64_t removed = 0;  // ever, by POP3 at QUIT
        std::uint64_t held() const { return stored - removed; }  // letters in the box now
    };
    const std::map<std::string, Box>& boxes() const { return m_boxes; }
    // Grows whenever a letter is filed, leaves a box or is first seen: the same number, the same letters.
    std::uint64_t changes() const { return m_changes; }

private:
    bool filingTakesTime() const { return !m_config.service.isZero(); }
    std::vector<SmtpReply> file(SmtpSession& session);  // one LMTP reply per accepted recipient
    void store(const std::string& user, const MessagePtr& message);
    void forget(Box& box, const std::string& user, std::size_t i);
    const std::vector<ClientStation*>& readersOf(const std::string& user) const;
    void fetch(ClientStation& client);
    void quit(ClientStation& client);

    MailboxConfig m_config;
    std::uint64_t m_changes = 0;
    std::map<std::string, Box> m_boxes;  // by lower-case address
    std::map<std::string, std::vector<ClientStation*>> m_readers;  // by lower-case user
    // POP3 sessions between RETR and QUIT: the letters each device has marked with DELE.
    std::map<std::uint32_t, std::vector<MessagePtr>> m_marked;  // by client station index
    WorkQueue m_clerks;  // jobs: the SMTP session slots of deliveries waiting to be filed
};

} // namespace postie
