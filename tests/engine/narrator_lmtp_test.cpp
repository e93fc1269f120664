// The last hop, into the PO boxes, speaks LMTP (RFC 2033, port 24): the narration says so,
// and the SMTP hops before it stay SMTP.
#include "support/recorded_run.h"
#include "support/spec_builder.h"
#include "trace/narrator.h"

#include <gtest/gtest.h>

namespace postie {
namespace {

using namespace postie::testing;

std::vector<std::string> tellAll(const ScenarioSpec& spec, const Records& records)
{
    std::map<std::string, StationInfo> stations;
    for (const auto& s : spec.stations) stations[s.id] = StationInfo{stationKindName(s.kind), s.label};
    const Narrator narrator(stations, std::nullopt);
    std::vector<std::string> lines;
    for (const auto& r : records)
        if (r.type == EventType::SmtpConnect || r.type == EventType::SmtpCommand || r.type == EventType::SmtpReply)
            lines.push_back(narrator.tell(r));
    return lines;
}

bool anyHas(const std::vector<std::string>& lines, const std::string& words)
{
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.find(words) != std::string::npos; });
}

TEST(NarratorLmtp, TheHopIntoThePoBoxesIsToldAsLmtp)
{
    ScenarioSpec spec = simpleChain(SimTime::fromMillis(10));
    spec.letters = {letter(SimTime::zero(), {"bob@example.org"})};
    const auto run = runRecorded(spec);
    const auto lines = tellAll(spec, run.records);
    EXPECT_TRUE(anyHas(lines, "(LMTP connection, port 24)"));
    EXPECT_TRUE(anyHas(lines, "\"LHLO mx1.example.org\" to the PO boxes at box.example.org (LMTP LHLO)"));
    EXPECT_TRUE(anyHas(lines, "(LMTP RCPT)"));
    EXPECT_TRUE(anyHas(lines, "\"220 box.example.org LMTP ready\" (LMTP reply)"));
    // Every line of the LMTP session says LMTP; the submission and the relay stay SMTP.
    std::map<std::string, StationInfo> stations;
    for (const auto& s : spec.stations) stations[s.id] = StationInfo{stationKindName(s.kind), s.label};
    const Narrator narrator(stations, std::nullopt);
    int lmtpLines = 0;
    for (const auto& r : run.records) {
        if (r.port != 24) continue;
        ++lmtpLines;
        const std::string line = narrator.tell(r);
        EXPECT_EQ(line.find("SMTP"), std::string::npos) << line;
        EXPECT_NE(line.find("LMTP"), std::string::npos) << line;
    }
    EXPECT_GE(lmtpLines, 11);  // the knock, LHLO, MAIL, RCPT, DATA and their replies, and the final one
    EXPECT_TRUE(anyHas(lines, "(SMTP connection, port 587)"));
    EXPECT_TRUE(anyHas(lines, "(SMTP connection, port 25)"));
    EXPECT_TRUE(anyHas(lines, "(SMTP EHLO)"));
}

} // namespace
} // namespace postie
