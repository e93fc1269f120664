#pragma once
// The PO boxes as an IMAP server shows them at one moment: each user's INBOX and Junk, their
// letters in filing order with a UID each and the \Seen flag a device set. A letter's UID is
// its place among every letter its box ever filed (FiledLetter::number), so it stays the same
// while the run goes on and letters come and go (RFC 3501 §2.3.1.1: ascending, never reused). Read-only: nothing an IMAP client says changes them. A letter's text is made
// when a client asks for it, never kept for all (a 100,000-letter INBOX stays small).
#include "mail/message.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace postie {

class World;

struct ImapLetter {
    std::uint32_t uid = 0;
    MessagePtr message;
    bool seen = false;
    std::int64_t filedAt = 0;  // epoch seconds: INTERNALDATE
};

struct ImapFolder {
    std::string name;  // "INBOX", "Junk"
    std::vector<ImapLetter> letters;  // by UID, ascending
    std::uint32_t nextUid = 1;        // the UID the next letter filed will have
    std::uint32_t uidNext() const { return nextUid; }
};

class ImapMailboxes {
public:
    // The boxes of every PO box of `world` as they stand now. `world` must outlive this.
    // `uidValidity` names this numbering of the letters (RFC 3501 §2.3.1.1).
    static ImapMailboxes of(const World& world, std::uint32_t uidValidity = 1);

    // True when UIDs a client got from `earlier` still hold here: each names the same letter or
    // none (it left the folder), and no folder's next UID went down. A run going on keeps them;
    // a run made again from an earlier moment does not (its next UIDs went down).
    bool continues(const ImapMailboxes& earlier) const;
    std::uint32_t uidValidity() const { return m_uidValidity; }
    // Names this numbering anew: for boxes that did not only grow, so UIDs a client kept are void.
    void setUidValidity(std::uint32_t uidValidity) { m_uidValidity = uidValidity; }

    // Every user's address, lower case, in order.
    std::vector<std::string> users() const;
    // A user's folders (INBOX first), by their address in any case; null for no such user.
    const std::vector<ImapFolder>* folders(const std::string& user) const;
    // The letter's whole text, CRLF line ends, as it is stored (messageText); the last one made is kept.
    const std::string& text(const ImapLetter& letter) const;
    const World& world() const { return *m_world; }

private:
    const World* m_world = nullptr;
    std::uint32_t m_uidValidity = 1;
    std::map<std::string, std::vector<ImapFolder>> m_users;  // by lower-case address
    mutable std::uint64_t m_textOf = 0;
    mutable std::string m_text;
};

} // namespace postie
