// The sending server's part in keeping letters sealed: MTA-STS (RFC 8461). A domain that
// publishes a policy in enforce mode is sent to only over TLS and only at the MX hosts it lists.
#include "mail/address.h"
#include "mail/mail_server.h"
#include "mail/smtp_session.h"
#include "mail/world.h"
#include "trust/mta_sts.h"

namespace postie {

std::optional<SmtpReply> MailServer::smtpTlsDemand(const SmtpSession& s) const
{
    // MTA-STS applies to delivery by MX (§4), not to a relay host named by the server's own settings.
    if (s.protocol != SmtpProtocol::Relay || s.recipients.empty() || s.server->id() == m_config.relayTo)
        return std::nullopt;
    const std::string domain = domainOf(s.recipients.front());
    const auto policy = findStsPolicy(world().dns(), domain);
    if (!policy || policy->mode != StsMode::Enforce) return std::nullopt;  // testing: report only (§5)
    // §5: a sender MUST NOT deliver to an MX the policy does not list, or without valid TLS; it
    // treats either as a temporary failure and tries the next MX or later. Postfix words them so.
    if (!stsMxMatches(*policy, s.server->id()))
        return SmtpReply{451, "4.7.5", "MTA-STS policy of " + domain + " does not list " + s.server->id() +
                                           " as a mail host"};
    if (!s.tls)
        return SmtpReply{451, "4.7.4", "TLS is required, but was not offered by host " + s.server->id() +
                                           " (MTA-STS policy of " + domain + ")"};
    return std::nullopt;
}

} // namespace postie
