#pragma once
// postie-cli imap FILE [--port N] [--at DUR] [--speed X]: runs the scenario and serves its PO
// boxes, as they stand at the end (or at DUR), read-only over IMAP4rev1 on 127.0.0.1 only, so
// that a mail program (Thunderbird, mutt, Python's imaplib) shows a user's INBOX as the
// simulation has it. With --speed the town's clock runs on from DUR (or its start) and letters
// arrive as it goes: an idling client (IDLE, RFC 2177) hears of each at once.
#include <iosfwd>
#include <string>

namespace postie::cli {

struct ImapOptions {
    std::string file;
    int port = 1143;   // 0: any free port (the one taken is printed)
    std::string at;    // a simulated time; empty: at the end of the run
    double speed = 0;  // simulated seconds per real second; 0: the boxes stand still
    int idleMinutes = 30;  // a connection silent this long is closed (RFC 3501 §5.4: at least 30)
};

// Serves until the process is stopped; returns an exit code when it cannot start.
int runImap(const ImapOptions& options, std::ostream& out, std::ostream& err);

} // namespace postie::cli
