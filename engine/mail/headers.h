#pragma once
// Writes a message's header lines (RFC 5322) from its parts, top first, as a reader sees
// them: Return-Path, Received lines (newest first), then the letter's own fields.
#include "mail/message.h"

#include <functional>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace postie {

// RFC 5322 §3.3 date-time in UTC, e.g. "Wed, 14 Jul 2010 09:00:00 +0000".
std::string formatRfc5322Date(std::int64_t epochSeconds);
// The wall-clock epoch for a simulated time; without a scenario start, t = 0 is 2000-01-01.
std::int64_t wallClockSeconds(std::optional<std::int64_t> startEpoch, SimTime t);

class World;

std::string receivedLine(const ReceivedStamp& stamp, const World& world);
std::vector<std::string> headerLines(const Message& message, const World& world);

} // namespace postie
