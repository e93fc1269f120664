#include "mail/dsn.h"

#include "mail/station.h"
#include "mail/world.h"

namespace postie {

MessagePtr makeBounce(World& world, const Station& reporter, const Message& original, const FailedRecipients& failed)
{
    if (original.mailFrom.empty() || failed.empty()) return nullptr;
    MessagePtr dsn = world.createMessage();
    dsn->mailFrom = "";  // the null reverse-path, RFC 5321 §4.5.5 / RFC 3464 §2
    dsn->rcptTo = {original.mailFrom};
    dsn->headerFrom = "Mail Delivery System <MAILER-DAEMON@" + reporter.id() + ">";
    dsn->headerTo = {original.mailFrom};
    dsn->subject = "Undelivered Mail Returned to Sender";  // Postfix's wording
    dsn->messageId = dsn->id() + "." + std::to_string(world.now().micros()) + "@" + reporter.id();
    dsn->dateAt = world.now();
    dsn->hasDate = true;
    dsn->isBounce = true;
    dsn->originalNumber = original.number;
    dsn->sizeBytes = 2048 + original.sizeBytes / 8;  // report plus the returned headers
    dsn->reportFields.push_back("Reporting-MTA: dns; " + reporter.id());
    for (const auto& [rcpt, reply] : failed) {
        dsn->reportFields.push_back("Final-Recipient: rfc822; " + rcpt);
        dsn->reportFields.push_back("Action: failed");
        dsn->reportFields.push_back("Status: " + (reply.enhanced.empty() ? std::string(reply.code >= 500 ? "5.0.0" : "4.0.0")
                                                                         : reply.enhanced));
        dsn->reportFields.push_back("Diagnostic-Code: smtp; " + reply.line());
    }
    return dsn;
}

} // namespace postie
