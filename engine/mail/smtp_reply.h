#pragma once
// An SMTP reply: basic code (RFC 5321 §4.2), enhanced status code (RFC 3463) and text.
#include <string>

namespace postie {

struct SmtpReply {
    int code = 0;
    std::string enhanced;  // "5.1.1"; empty where the reply has none (220, 354)
    std::string text;

    bool positive() const { return code >= 200 && code < 400; }
    bool transient() const { return code >= 400 && code < 500; }
    bool permanent() const { return code >= 500; }
    std::string line() const;  // "550 5.1.1 text"
};

// A reply as the server writes it, one line per line of its text (RFC 5321 §4.2.1: every line
// but the last has a hyphen after the code): "250-mx.example.org", "250 STARTTLS", joined by
// `separator`.
std::string smtpReplyLines(int code, const std::string& enhanced, const std::string& text, const std::string& separator);

} // namespace postie
