#pragma once
// The mailboxes of a town as they stand at one moment of its run: the run made again up to
// that moment (a run is the same every time for its seed) and every mailbox written out.
#include "mail/mailbox_export.h"
#include "scenario/scenario_spec.h"
#include "sim/sim_time.h"

#include <filesystem>

namespace postie {

MailboxExport exportMailboxesAt(const ScenarioSpec& spec, SimTime at, const std::filesystem::path& dir,
                                MailboxFormat format);

} // namespace postie
