// Any bytes as a real message (postie-cli headers, File > Trace a real email): the Received
// chain reads without a crash, a hang or undefined behaviour, and the town it makes of it, when
// it makes one, always loads: a real message never gives a scenario the loader refuses.
#include "realmail/journey_town.h"
#include "realmail/received_chain.h"
#include "scenario/scenario_loader.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view message(reinterpret_cast<const char*>(data), size);
    const postie::ReceivedChain chain = postie::readReceivedChain(message);
    for (std::size_t i = 1; i < chain.hops.size(); ++i)
        if (chain.hops[i].delaySeconds && !(chain.hops[i].utc && chain.hops[i - 1].utc)) std::abort();
    const std::string town = postie::journeyTown(chain, "fuzz.eml");
    if (town.empty()) return 0;
    const auto loaded = postie::loadScenarioText(town, "town.yaml");
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s\n%s\n", loaded.errors.front().format().c_str(), town.c_str());
        std::abort();
    }
    return 0;
}
