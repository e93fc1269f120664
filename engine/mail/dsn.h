#pragma once
// "Return to sender": a delivery status notification in the shape of RFC 3464
// (multipart/report; report-type=delivery-status, RFC 6522), sent from the null sender <> to
// the original envelope sender. It is a message of its own and travels home like any other:
// a part for people, the message/delivery-status part and the original's header block.
#include "mail/message.h"
#include "mail/smtp_reply.h"
#include "sim/sim_time.h"

#include <string>
#include <utility>
#include <vector>

namespace postie {

class World;
class Station;

// One recipient a notice is about: the address, the reply that failed it, and the host that
// gave that reply (Remote-MTA), empty when no server answered (no MX, a closed door).
struct FailedRecipient {
    std::string address;
    SmtpReply reply;
    std::string remoteMta;
};
using FailedRecipients = std::vector<FailedRecipient>;

// nullptr when no notice may be sent: a bounce is never bounced (RFC 5321 §4.5.5).
// With `delayed`, a "still trying" warning instead: Action: delayed and Will-Retry-Until.
MessagePtr makeBounce(World& world, const Station& reporter, const Message& original, const FailedRecipients& failed,
                      bool delayed = false, SimTime retryUntil = {});

} // namespace postie
