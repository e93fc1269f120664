#pragma once
// "Return to sender": a delivery status notification in the shape of RFC 3464
// (multipart/report; report-type=delivery-status), sent from the null sender <> to the
// original envelope sender. It is a message of its own and travels home like any other.
#include "mail/message.h"
#include "mail/smtp_reply.h"
#include "sim/sim_time.h"

#include <string>
#include <utility>
#include <vector>

namespace postie {

class World;
class Station;

using FailedRecipients = std::vector<std::pair<std::string, SmtpReply>>;

// nullptr when no notice may be sent: a bounce is never bounced (RFC 5321 §4.5.5).
// With `delayed`, a "still trying" warning instead: Action: delayed and Will-Retry-Until.
MessagePtr makeBounce(World& world, const Station& reporter, const Message& original, const FailedRecipients& failed,
                      bool delayed = false, SimTime retryUntil = {});

} // namespace postie
