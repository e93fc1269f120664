#pragma once
// One IMAP4rev1 connection to the PO boxes, read-only (RFC 3501; the commands a mail program
// needs to show a mailbox): CAPABILITY, NOOP, LOGOUT, LOGIN (the user's address, password
// "postie"), LIST, SELECT and EXAMINE (both read-only), FETCH and UID FETCH (FLAGS, UID,
// INTERNALDATE, RFC822.SIZE, ENVELOPE, BODY[], BODY.PEEK[], BODY[HEADER], BODY[TEXT], RFC822,
// RFC822.HEADER, ALL, FAST, FULL), SEARCH and UID SEARCH (ALL, SEEN, UNSEEN), CLOSE, UNSELECT,
// and IDLE (RFC 2177), whose end the client's line DONE says.
// What would change a mailbox is answered NO; anything else BAD. The session turns each reading
// of the command reader into the bytes to send; the connection itself is the server's.
#include "imap/imap_command_reader.h"
#include "imap/imap_mailboxes.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace postie::imap {

inline constexpr const char* kPassword = "postie";

class ImapSession {
public:
    explicit ImapSession(const ImapMailboxes& boxes) : m_boxes(boxes) {}

    // The greeting a server sends first.
    std::string greeting() const;
    // The answer to one reading: untagged lines, then the tagged one.
    std::string answer(const Reading& reading);
    bool loggedOut() const { return m_state == State::LoggedOut; }
    // Between IDLE and the client's DONE (RFC 2177): news of the folder may be sent any time.
    bool idling() const { return !m_idleTag.empty(); }
    // After the boxes moved on (LiveMailboxes): what the client must hear now. While idling, the
    // selected folder's news: "* N EXPUNGE" for each letter that left it (a POP3 device took it),
    // "* N FETCH (FLAGS (\\Seen))" for each a device read, "* N EXISTS" when letters came;
    // "* BYE" (and loggedOut()) when the UIDs it knows were given up; else nothing, and the news
    // comes before the next answer.
    std::string refresh();
    const std::string& user() const { return m_user; }

private:
    enum class State { NotAuthenticated, Authenticated, Selected, LoggedOut };

    std::string run(const Command& c);
    std::string login(const Command& c);
    std::string list(const Command& c);
    std::string select(const Command& c);
    std::string fetch(const Command& c, bool byUid);
    std::string search(const Command& c, bool byUid);

    // The selected folder, looked up afresh: the boxes may have moved on since SELECT.
    const ImapFolder* folder() const;
    // Untagged news of the selected folder since the client was last told. Letters that left it
    // are told only when `mayExpunge`: not while a FETCH, STORE or SEARCH by sequence number is
    // answered (RFC 3501 §7.4.1), whose numbers must stay those the client knows; until then
    // the client hears nothing new.
    std::string catchUp(bool mayExpunge);

    const ImapMailboxes& m_boxes;
    State m_state = State::NotAuthenticated;
    std::string m_user;
    std::string m_folderName;      // the selected folder
    std::uint32_t m_validity = 0;  // its UIDVALIDITY at SELECT
    std::vector<ImapLetter> m_view;  // the selected folder as the client knows it: sequence numbers name these
    std::string m_idleTag;   // the IDLE command's tag, while idling
};

// A string as IMAP writes it: quoted when it can be, else a literal {n}; NIL for nothing.
std::string imapString(const std::string& text);
// The ENVELOPE of a message's header fields (RFC 3501 §7.4.2).
std::string imapEnvelope(const std::vector<std::pair<std::string, std::string>>& fields);
// The ranges of numbers a sequence set ("1:*", "2,4:6") names among 1..`highest`, merged and
// in order; none when it does not read (`ok` false). "*" is `highest`, so "1:*" of an empty
// folder names nothing (RFC 3501 §9 seq-number); numbers past `highest` name nothing too
// (§6.4.8: a UID that is not there is ignored).
using SequenceRanges = std::vector<std::pair<std::uint32_t, std::uint32_t>>;
SequenceRanges sequenceSet(const std::string& set, std::uint32_t highest, bool& ok);
// True when `n` is in `ranges`, which are walked from `at` on: asked in ascending order of `n`,
// each range is passed once.
bool inRanges(const SequenceRanges& ranges, std::size_t& at, std::uint32_t n);

} // namespace postie::imap
