#pragma once
// postie-cli imap FILE [--port N] [--at DUR]: runs the scenario and serves its PO boxes, as they
// stand at the end (or at DUR), read-only over IMAP4rev1 on 127.0.0.1 only, so that a mail
// program (Thunderbird, mutt, Python's imaplib) shows a user's INBOX as the simulation has it.
#include <iosfwd>
#include <string>

namespace postie::cli {

struct ImapOptions {
    std::string file;
    int port = 1143;   // 0: any free port (the one taken is printed)
    std::string at;    // a simulated time; empty: at the end of the run
    int idleMinutes = 30;  // a connection silent this long is closed (RFC 3501 §5.4: at least 30)
};

// Serves until the process is stopped; returns an exit code when it cannot start.
int runImap(const ImapOptions& options, std::ostream& out, std::ostream& err);

} // namespace postie::cli
