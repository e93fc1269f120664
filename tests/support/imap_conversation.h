#pragma once
// A mail program's side of an IMAP session, without a socket: the bytes it sends go through
// the command reader into the session, and say() gives back every answer, in order.
#include "imap/imap_command_reader.h"
#include "imap/imap_session.h"

#include <string>

namespace postie::testing {

struct ImapConversation {
    explicit ImapConversation(const ImapMailboxes& boxes) : session(boxes) {}
    std::string say(const std::string& bytes)
    {
        reader.feed(bytes);
        std::string out;
        while (auto r = reader.next()) out += session.answer(*r);
        return out;
    }
    imap::CommandReader reader;
    imap::ImapSession session;
};

} // namespace postie::testing
