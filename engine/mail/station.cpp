#include "mail/station.h"

#include "mail/smtp_session.h"
#include "mail/world.h"

namespace postie {

Station::Station(World& world, const StationSpec& spec, std::uint32_t index)
    : m_world(world), m_spec(spec), m_index(index), m_handler(world.sim().addHandler(this)),
      m_rng(RandomStream::forName(world.seed(), spec.id))
{
}

std::string Station::address() const
{
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

SmtpReply Station::smtpMail(const SmtpSession&) { return {250, "2.1.0", "Ok"}; }

SmtpReply Station::smtpRecipient(const SmtpSession&, const std::string&) { return {250, "2.1.5", "Ok"}; }

std::vector<SmtpReply> Station::smtpMessage(SmtpSession&) { return {{250, "2.0.0", "Ok"}}; }

} // namespace postie
