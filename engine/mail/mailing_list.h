#pragma once
// A mailing list, as Mailman runs one: a letter to the list goes on to every member as a
// new letter from the list's bounce address (so its notices come back to the list), with the
// list's tag in the Subject and its footer under the text. Those two changes break the
// writer's DKIM signature on the way (RFC 6376 §4.1, RFC 7960 §3.2.3); munging the From:
// (Mailman's dmarc_moderation_action: munge_from) is the usual way round DMARC.
#include "mail/message.h"
#include "mail/station_config.h"

#include <string>

namespace postie {

// The letter the list sends to its members for `post`, written to the list address `list`.
// Keeps the number and creation time `fresh` already has (a new letter of the run). `postBody`
// is the post's text as its members would read it (letterBody).
void writeListPost(Message& fresh, const Message& post, const std::string& postBody, const std::string& list,
                   const ServerConfig& config);
// "parents@lists.school.test" -> "parents-bounces@lists.school.test"
std::string listBounceAddress(const std::string& list);
bool isListBounceAddress(const std::string& address);

} // namespace postie
