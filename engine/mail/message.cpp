#include "mail/message.h"

namespace postie {

std::shared_ptr<Message> Message::copyFor(std::vector<std::string> recipients)
{
    // Copy everything but the envelope's recipient list, which may be long and is replaced:
    // set it aside for the copy, then put it back.
    std::vector<std::string> all = std::move(rcptTo);
    auto copy = std::make_shared<Message>(*this);
    rcptTo = std::move(all);
    copy->rcptTo = std::move(recipients);
    return copy;
}

void Message::completeIdAndDate(const std::string& host, SimTime now)
{
    if (messageId.empty()) messageId = id() + "." + std::to_string(now.micros()) + "@" + host;
    if (!hasDate) {
        dateAt = now;
        hasDate = true;
    }
}

} // namespace postie
