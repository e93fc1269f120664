#include "mail/snooper.h"

namespace postie {

std::vector<std::string> readableLines(const Message& m, Seal seal)
{
    std::vector<std::string> lines;
    if (seal == Seal::Envelope) return lines;  // TLS: the whole dialogue is sealed, envelope included
    lines.push_back("MAIL FROM:<" + m.mailFrom + ">");
    for (const auto& rcpt : m.rcptTo) lines.push_back("RCPT TO:<" + rcpt + ">");
    lines.push_back("From: " + m.headerFrom);
    if (!m.headerTo.empty()) {
        std::string to = "To: ";
        for (std::size_t i = 0; i < m.headerTo.size(); ++i) to += (i ? ", " : "") + m.headerTo[i];
        lines.push_back(to);
    }
    lines.push_back("Subject: " + m.subject);
    // S/MIME and OpenPGP lock the text only: the header lines stay readable (RFC 8551 §3.1).
    if (seal == Seal::LockedBox) lines.push_back("(the text is locked: only the recipient's key opens it)");
    else if (!m.body.empty()) lines.push_back(m.body);
    return lines;
}

ReadOnTheRoad readOnTheRoad(const std::vector<std::string>& lines, Seal seal)
{
    ReadOnTheRoad read;
    bool afterSubject = false;
    for (const auto& line : lines) {
        if (line.starts_with("Subject: ")) {
            read.subject = line.substr(9);
            afterSubject = true;
        } else if (afterSubject && seal == Seal::Postcard) {
            read.text += (read.text.empty() ? "" : " ") + line;
        }
    }
    return read;
}

} // namespace postie
