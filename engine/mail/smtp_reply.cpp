#include "mail/smtp_reply.h"

namespace postie {

std::string SmtpReply::line() const
{
    std::string out = std::to_string(code);
    if (!enhanced.empty()) out += " " + enhanced;
    if (!text.empty()) out += " " + text;
    return out;
}

std::string smtpReplyLines(int code, const std::string& enhanced, const std::string& text, const std::string& separator)
{
    std::string out;
    std::size_t start = 0;
    while (true) {
        const auto end = text.find('\n', start);
        const bool last = end == std::string::npos;
        if (!out.empty()) out += separator;
        out += std::to_string(code) + (last ? " " : "-");
        if (!enhanced.empty()) out += enhanced + " ";
        out += text.substr(start, last ? std::string::npos : end - start);
        if (last) break;
        start = end + 1;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

} // namespace postie
