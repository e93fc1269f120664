#include "mail/greylist.h"

#include "mail/address.h"

namespace postie {

std::string Greylist::network(const std::string& address)
{
    const auto dot = address.rfind('.');
    return dot == std::string::npos ? address : address.substr(0, dot);
}

bool Greylist::admit(const std::string& clientAddress, const std::string& sender, const std::string& recipient,
                     SimTime now)
{
    const std::string net = network(clientAddress);
    // A network that has come back often enough is trusted with everything (the AWL).
    if (auto it = m_clientPasses.find(net); it != m_clientPasses.end() && it->second >= kAutoWhitelistClients)
        return true;
    const std::string key = net + "/" + toLower(sender) + "/" + toLower(recipient);
    auto [it, fresh] = m_triplets.try_emplace(key, Triplet{now, now, false});
    Triplet& t = it->second;
    if (!fresh) {
        // A triplet unseen for too long, or one that never came back in time, starts again.
        const bool stale = t.passed ? now - t.lastSeen > kMaxAge : now - t.firstSeen > kRetryWindow;
        if (stale) t = Triplet{now, now, false};
    }
    t.lastSeen = now;
    if (t.passed) return true;
    if (now - t.firstSeen < m_delay) return false;
    t.passed = true;  // it came back after the delay: a real MTA
    ++m_clientPasses[net];
    return true;
}

} // namespace postie
