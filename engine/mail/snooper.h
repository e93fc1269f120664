#pragma once
// Someone on the road who reads what passes: a router that also listens. A letter without TLS
// is a postcard it reads whole; with TLS a sealed envelope it cannot open; an end-to-end
// encrypted letter a locked box whose label (envelope and header lines) it reads but not the
// text inside. Optionally an attacker that strips STARTTLS from EHLO replies (a downgrade).
#include "mail/message.h"
#include "mail/station.h"
#include "trace/trace_words.h"  // Seal

#include <string>
#include <vector>

namespace postie {

// What someone on the road reads of a letter so sealed: envelope, header lines and text for a
// postcard; envelope and header lines for a locked box sent in clear; nothing in an envelope.
std::vector<std::string> readableLines(const Message& message, Seal seal);

// What those lines (a letter.read record's) say to a reader: the Subject, and the text after it
// on a postcard (a locked box's last line only says that the text is locked).
struct ReadOnTheRoad {
    std::string subject;
    std::string text;  // the lines after the Subject, joined by spaces; empty but for a postcard
};
ReadOnTheRoad readOnTheRoad(const std::vector<std::string>& lines, Seal seal);

class Snooper : public Station {
public:
    Snooper(World& world, std::uint32_t index, std::string id, SnooperConfig config)
        : Station(world, index, std::move(id), StationKind::Snooper), m_config(config)
    {
    }
    bool stripsStartTls() const { return m_config.stripStartTls; }

private:
    SnooperConfig m_config;
};

} // namespace postie
