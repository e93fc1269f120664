#pragma once
// From a validated scenario to the mail model: each station's part of its StationSpec becomes
// that kind's configuration (mail/station_config.h), the file positions stay behind, and the
// world is built from them.
#include "mail/incident.h"
#include "mail/letter_plan.h"
#include "mail/world.h"
#include "scenario/scenario_spec.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace postie {

ClientConfig clientConfig(const StationSpec& spec);
ServerConfig serverConfig(const StationSpec& spec);
MailboxConfig mailboxConfig(const StationSpec& spec);
ResolverConfig resolverConfig(const StationSpec& spec);

std::vector<DnsRecord> dnsRecords(const ScenarioSpec& spec);
std::vector<ScheduledLetter> scheduledLetters(const ScenarioSpec& spec);
std::vector<GeneratorConfig> generatorConfigs(const ScenarioSpec& spec);
std::vector<Incident> incidents(const ScenarioSpec& spec);

// The stations, roads and DNS of the scenario, with the given seed (not yet started).
std::unique_ptr<World> buildWorld(const ScenarioSpec& spec, std::uint64_t seed);

} // namespace postie
