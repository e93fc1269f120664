#pragma once
// Every user's letters as the PO boxes hold them at one moment: the one list that both the
// mailbox files (mailbox_export.h) and the IMAP view (imap/imap_mailboxes.h) are made from, so
// the two can never disagree on which letters a user has, in which folder and in which order.
#include "mail/message.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace postie {

class World;

struct FiledLetter {
    MessagePtr message;
    std::uint64_t number = 0;  // its place among every letter the user's box ever filed, from 1 (the IMAP UID)
    bool seen = false;         // the \Seen flag: some IMAP device has read it
    std::int64_t filedAt = 0;  // epoch seconds: when the PO box took it (INTERNALDATE, an mbox From_ line)
};

struct UserLetters {
    std::string address;              // as the PO box spells it
    std::vector<FiledLetter> inbox;   // in filing order
    std::vector<FiledLetter> junk;    // the letters the spam filter marked, in filing order
    std::size_t forgotten = 0;        // letters in the box the store no longer remembers (World::lettersKeptPerUser)
    std::uint64_t filed = 0;          // letters the box ever filed: the next one is number filed + 1
};

// Every user of every PO box of `world`, by address in lower case, in order. A user with boxes in
// two stores (their addresses differing only in case, or one address served twice) gets one list:
// the first store's letters, then the second's, numbered after the first's.
std::vector<UserLetters> lettersByUser(const World& world);
// Grows whenever any PO box of `world` files a letter, lets one go or has one seen: while it
// stays the same, so does lettersByUser (a clock that ticks need not look at every box).
std::uint64_t mailboxChanges(const World& world);

} // namespace postie
