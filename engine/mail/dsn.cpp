#include "mail/dsn.h"

#include "mail/headers.h"
#include "mail/message_text.h"
#include "mail/station.h"
#include "mail/world.h"

namespace postie {
namespace {

std::string dateAt(const World& world, SimTime at) { return formatRfc5322Date(wallClockSeconds(world.startEpoch(), at)); }

// When the letter reached the reporting server: its Received line there, else its writing.
SimTime arrivalAt(const Message& original, const Station& reporter)
{
    for (const auto& stamp : original.received)
        if (stamp.byStation == reporter.index()) return stamp.at;
    return original.created;
}

// The part for people, in Postfix's words (bounce_templates.c).
std::string humanPart(const Station& reporter, const FailedRecipients& failed, bool delayed)
{
    std::string out = "This is the mail system at host " + reporter.id() + ".\n\n";
    out += delayed ? "####################################################################\n"
                     "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                     "####################################################################\n\n"
                     "Your message could not be delivered for some time. It will be retried\n"
                     "until it is too old.\n\n"
                   : "I'm sorry to have to inform you that your message could not\n"
                     "be delivered to one or more recipients. It's attached below.\n\n";
    for (const auto& f : failed) {
        out += "<" + f.address + ">: ";
        out += f.remoteMta.empty() ? f.reply.line() : "host " + f.remoteMta + " said: " + f.reply.line();
        out += "\n";
    }
    return out;
}

} // namespace

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
    // The delivery-status fields (RFC 3464 §2.2 and §2.3): those of the message, then a group
    // for each recipient, the groups apart by a blank line in the part.
    auto& report = dsn->reportFields;
    report.push_back("Reporting-MTA: dns; " + reporter.id());
    report.push_back("Arrival-Date: " + dateAt(world, arrivalAt(original, reporter)));
    std::string status = "\n";
    for (const std::string& field : report) status += foldedLine(field, "\n");
    for (const auto& f : failed) {
        const std::size_t first = report.size();
        report.push_back("Final-Recipient: rfc822; " + f.address);
        report.push_back(delayed ? "Action: delayed" : "Action: failed");
        report.push_back("Status: " + (f.reply.enhanced.empty() ? std::string(f.reply.code >= 500 ? "5.0.0" : "4.0.0")
                                                                : f.reply.enhanced));
        if (!f.remoteMta.empty()) report.push_back("Remote-MTA: dns; " + f.remoteMta);
        report.push_back("Diagnostic-Code: smtp; " + f.reply.line());
        report.push_back("Last-Attempt-Date: " + dateAt(world, world.now()));
        if (delayed) report.push_back("Will-Retry-Until: " + dateAt(world, retryUntil));
        status += "\n";
        for (std::size_t i = first; i < report.size(); ++i) status += foldedLine(report[i], "\n");
    }
    // RFC 6522: the report in three parts; the original's header block, not its text (Postfix
    // returns headers only by default too).
    const std::string boundary = "--" + reportBoundary(*dsn);
    std::string& body = dsn->body;
    body = "This is a MIME-encapsulated message.\n\n";
    body += boundary + "\nContent-Description: Notification\nContent-Type: text/plain; charset=utf-8\n\n";
    body += humanPart(reporter, failed, delayed) + "\n";
    body += boundary + "\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n" + status + "\n";
    body += boundary + "\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n";
    for (const auto& f : headerFields(original, world)) body += foldedField(f, "\n");
    body += "\n" + boundary + "--\n";
    dsn->sizeBytes = wireLength(messageText(*dsn, world));
    return dsn;
}

} // namespace postie
