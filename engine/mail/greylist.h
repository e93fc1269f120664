#pragma once
// Greylisting as postgrey does it: a first letter from an unknown (client network, sender,
// recipient) triplet is turned away with a temporary failure; a real MTA comes back, a
// spam cannon seldom does. The defaults are postgrey's (postgrey(8)): --delay=300,
// --retry-window=2 days, --max-age=35 days, --auto-whitelist-clients=5, the client's /24.
#include "sim/sim_time.h"

#include <string>
#include <unordered_map>

namespace postie {

class Greylist {
public:
    static constexpr SimTime kRetryWindow = SimTime::fromSeconds(2 * 86400);
    static constexpr SimTime kMaxAge = SimTime::fromSeconds(35 * 86400);
    static constexpr int kAutoWhitelistClients = 5;

    explicit Greylist(SimTime delay = SimTime::fromSeconds(300)) : m_delay(delay) {}

    // True when the recipient may be taken now; false: answer 450 4.2.0 and wait for the retry.
    bool admit(const std::string& clientAddress, const std::string& sender, const std::string& recipient, SimTime now);
    // "192.0.2.7" -> "192.0.2": postgrey's default --lookup-by-subnet.
    static std::string network(const std::string& address);

private:
    struct Triplet {
        SimTime firstSeen;
        SimTime lastSeen;
        bool passed = false;
    };
    SimTime m_delay;
    std::unordered_map<std::string, Triplet> m_triplets;
    std::unordered_map<std::string, int> m_clientPasses;  // retries that got through, per network
};

} // namespace postie
