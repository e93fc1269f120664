#include "mail/mailing_list.h"

#include "mail/address.h"

namespace postie {

std::string listBounceAddress(const std::string& list)
{
    const auto at = list.find('@');
    return at == std::string::npos ? list + "-bounces" : list.substr(0, at) + "-bounces" + list.substr(at);
}

bool isListBounceAddress(const std::string& address)
{
    const auto at = address.find('@');
    return at != std::string::npos && address.substr(0, at).ends_with("-bounces");
}

void writeListPost(Message& fresh, const Message& post, const std::string& postBody, const std::string& list,
                   const ServerConfig& config)
{
    const std::uint64_t number = fresh.number;
    const SimTime created = fresh.created;
    fresh = post;  // the same letter, its Received lines and its signature kept
    fresh.number = number;
    fresh.created = created;
    fresh.mailFrom = listBounceAddress(list);
    fresh.rcptTo = config.listMembers;
    fresh.hasReturnPath = false;
    fresh.junk = false;
    if (!config.listTag.empty() && !fresh.subject.starts_with(config.listTag))
        fresh.subject = config.listTag + " " + fresh.subject;
    fresh.body = postBody;  // the text itself now, a generated one too: the footer goes under it
    if (!config.listFooter.empty()) {
        if (!fresh.body.empty() && fresh.body.back() != '\n') fresh.body += '\n';
        fresh.body += "-- \n" + config.listFooter;
    }
    if (config.listMungeFrom) {
        // The list's own address in From: (aligned with its own SPF), the writer's in the name.
        fresh.headerFrom = "\"" + post.headerFrom + " via " + list.substr(0, list.find('@')) + "\" <" + list + ">";
    }
}

} // namespace postie
