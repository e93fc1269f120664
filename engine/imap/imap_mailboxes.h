#pragma once
// The PO boxes as an IMAP server shows them at one moment: each user's INBOX and Junk, their
// letters in filing order with a UID each (1, 2, ... in one UIDVALIDITY) and the \Seen flag a
// device set. Read-only: nothing an IMAP client says changes them. A letter's text is made
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
    std::vector<ImapLetter> letters;
    std::uint32_t uidNext() const { return letters.empty() ? 1 : letters.back().uid + 1; }
};

class ImapMailboxes {
public:
    // The boxes of every PO box of `world` as they stand now. `world` must outlive this.
    // `uidValidity` names this numbering of the letters (RFC 3501 §2.3.1.1).
    static ImapMailboxes of(const World& world, std::uint32_t uidValidity = 1);

    // True when every folder of `earlier` is the start of the same folder here: letters were
    // only added, so UIDs a client knows still name the same letters.
    bool grewFrom(const ImapMailboxes& earlier) const;
    // True when no folder here differs from `other` in its letters or their \Seen flags.
    bool sameLettersAs(const ImapMailboxes& other) const;
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
