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

} // namespace postie
