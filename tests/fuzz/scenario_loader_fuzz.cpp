// Any bytes given to the scenario loader give a spec or diagnostics: never a crash, a hang or
// an exception. A spec that loads also builds and runs for a short simulated time.
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const postie::LoadResult result = postie::loadScenarioText(text, "fuzz.yaml");
    if (result.ok()) {
        postie::ScenarioRun run(*result.spec);
        run.start();
        run.advance(20000);  // a short run: at most 20,000 events, by the one stopping rule
    } else {
        for (const auto& d : result.errors) (void)d.format();
    }
    return 0;
}
