#pragma once
// Writes a message's header lines (RFC 5322) from its parts, top first, as a reader sees
// them: Return-Path, Received lines (newest first), then the letter's own fields.
#include "mail/message.h"
#include "sim/calendar.h"  // formatRfc5322Date, wallClockSeconds

#include <functional>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace postie {

class World;

// The boundary between a report's parts: "m5.report" (RFC 2046 §5.1.1).
std::string reportBoundary(const Message& message);
std::string receivedLine(const ReceivedStamp& stamp, const World& world);
// The fields as name and value, top first (what DKIM signs and checks).
std::vector<HeaderField> headerFields(const Message& message, const World& world);
std::vector<std::string> headerLines(const Message& message, const World& world);

} // namespace postie
