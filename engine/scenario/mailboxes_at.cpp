#include "scenario/mailboxes_at.h"

#include "scenario/scenario_run.h"

namespace postie {

MailboxExport exportMailboxesAt(const ScenarioSpec& spec, SimTime at, const std::filesystem::path& dir,
                                MailboxFormat format)
{
    ScenarioRun run(spec);
    run.world().keepEveryLetter();
    run.runThrough(at);
    return exportMailboxes(run.world(), dir, format);
}

} // namespace postie
