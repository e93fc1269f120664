#include "mail/dsn.h"

#include "mail/headers.h"
#include "mail/station.h"
#include "mail/world.h"

namespace postie {

MessagePtr makeBounce(World& world, const Station& reporter, const Message& original, const FailedRecipients& failed,
                      bool delayed, SimTime retryUntil)
{
    if (original.mailFrom.empty() || failed.empty()) return nullptr;
    MessagePtr dsn = world.createMessage();
    dsn->mailFrom = "";  // the null reverse-path, RFC 5321 §4.5.5 / RFC 3464 §2
    dsn->rcptTo = {original.mailFrom};
    dsn->headerFrom = "Mail Delivery System <MAILER-DAEMON@" + reporter.id() + ">";
    dsn->headerTo = {original.mailFrom};
    // Postfix's wording (bounce_templates.c)
    dsn->subject = delayed ? "Delayed Mail (still being retried)" : "Undelivered Mail Returned to Sender";
    dsn->completeIdAndDate(reporter.id(), world.now());
    dsn->isBounce = true;
    dsn->originalNumber = original.number;
    dsn->sizeBytes = 2048 + original.sizeBytes / 8;  // report plus the returned headers
    dsn->reportFields.push_back("Reporting-MTA: dns; " + reporter.id());
    for (const auto& [rcpt, reply] : failed) {
        dsn->reportFields.push_back("Final-Recipient: rfc822; " + rcpt);
        dsn->reportFields.push_back(delayed ? "Action: delayed" : "Action: failed");
        dsn->reportFields.push_back("Status: " + (reply.enhanced.empty() ? std::string(reply.code >= 500 ? "5.0.0" : "4.0.0")
                                                                         : reply.enhanced));
        dsn->reportFields.push_back("Diagnostic-Code: smtp; " + reply.line());
        if (delayed)
            dsn->reportFields.push_back("Will-Retry-Until: " +
                                        formatRfc5322Date(wallClockSeconds(world.startEpoch(), retryUntil)));
    }
    return dsn;
}

} // namespace postie
