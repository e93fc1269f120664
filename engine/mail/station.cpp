#include "mail/station.h"

#include "mail/smtp_session.h"
#include "mail/world.h"

namespace postie {

Station::Station(World& world, std::uint32_t index, std::string id, StationKind kind)
    : m_world(world), m_id(std::move(id)), m_kind(kind), m_index(index), m_handler(world.sim().addHandler(this)),
      m_rng(RandomStream::forName(world.seed(), m_id))
{
}

std::string Station::address() const
{
    if (!m_address.empty()) return m_address;
    // RFC 5737 documentation ranges, so no real host is ever named.
    const std::uint32_t n = m_index + 1;
    return "192.0." + std::to_string(2 + (n / 250) % 250) + "." + std::to_string(n % 250 + 1);
}

void Station::setUp(bool up)
{
    m_up = up;
}

SmtpReply Station::smtpGreeting(const SmtpSession& s)
{
    if (!speaksSmtp()) return {554, "5.3.2", "no SMTP service here"};
    return {220, "", id() + (s.protocol == SmtpProtocol::Lmtp ? " LMTP ready" : " ESMTP ready")};
}

SmtpReply Station::smtpAuth(const SmtpSession&) { return {235, "2.7.0", "Authentication successful"}; }

SmtpReply Station::smtpMail(const SmtpSession& s)
{
    // RFC 6409 §4.3: a submission server refuses MAIL before AUTH (RFC 4954: 530 5.7.0).
    if (s.protocol == SmtpProtocol::Submission && !s.authenticated) return {530, "5.7.0", "Authentication required"};
    return {250, "2.1.0", "Ok"};
}

SmtpReply Station::smtpRecipient(const SmtpSession&, const std::string&) { return {250, "2.1.5", "Ok"}; }

std::vector<SmtpReply> Station::smtpMessage(SmtpSession&) { return {{250, "2.0.0", "Ok"}}; }

} // namespace postie
