#include "mail/smtp_reply.h"

namespace postie {

std::string SmtpReply::line() const
{
    std::string out = std::to_string(code);
    if (!enhanced.empty()) out += " " + enhanced;
    if (!text.empty()) out += " " + text;
    return out;
}

} // namespace postie
