#include "mail/headers.h"

#include "mail/world.h"
#include "sim/calendar.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace postie {
namespace {

std::string joinAddresses(const std::vector<std::string>& list)
{
    std::string out;
    for (const auto& a : list) out += (out.empty() ? "" : ", ") + a;
    return out;
}

} // namespace

std::string reportBoundary(const Message& m) { return m.id() + ".report"; }

std::string receivedLine(const ReceivedStamp& s, const World& world)
{
    // RFC 5321 §4.4 / RFC 5322 §3.6.7: from, by, with, id, for; then the date.
    const Station& from = world.station(s.fromStation);
    std::string line = fmt::format("Received: from {} ({} [{}]) by {} with {} id {}", from.id(), from.id(),
                                   from.address(), world.station(s.byStation).id(), s.protocol, s.queueId);
    if (!s.forRecipient.empty()) line += " for <" + s.forRecipient + ">";
    line += "; " + formatRfc5322Date(wallClockSeconds(world.startEpoch(), s.at));
    return line;
}

std::vector<HeaderField> headerFields(const Message& m, const World& world)
{
    const auto startEpoch = world.startEpoch();
    std::vector<HeaderField> out;
    if (m.hasReturnPath) out.push_back({"Return-Path", "<" + m.returnPath + ">"});
    for (const auto& stamp : m.received) {
        out.insert(out.end(), stamp.above.begin(), stamp.above.end());
        std::string line = receivedLine(stamp, world);
        out.push_back({"Received", line.substr(std::string_view("Received: ").size())});
    }
    out.insert(out.end(), m.writerFields.begin(), m.writerFields.end());
    out.push_back({"From", m.headerFrom});
    if (!m.headerTo.empty()) out.push_back({"To", joinAddresses(m.headerTo)});
    if (!m.headerCc.empty()) out.push_back({"Cc", joinAddresses(m.headerCc)});
    out.push_back({"Subject", m.subject});
    if (m.hasDate) out.push_back({"Date", formatRfc5322Date(wallClockSeconds(startEpoch, m.dateAt))});
    if (!m.messageId.empty()) out.push_back({"Message-ID", "<" + m.messageId + ">"});
    // MIME (RFC 2045 §4): a text letter, or a report in parts whose boundary is given (RFC 2046
    // §5.1.1, RFC 6522); Postfix writes them like this. A writer's own Content-Type stands.
    const bool ownType = std::any_of(m.writerFields.begin(), m.writerFields.end(), [](const HeaderField& f) {
        return f.name.size() == 12 && std::equal(f.name.begin(), f.name.end(), "Content-Type",
                                                  [](char a, char b) { return std::tolower(a) == std::tolower(b); });
    });
    if (!ownType) {
        out.push_back({"MIME-Version", "1.0"});
        if (m.isBounce) {
            out.push_back({"Content-Type", "multipart/report; report-type=delivery-status; boundary=\"" + reportBoundary(m) + "\""});
        } else {
            out.push_back({"Content-Type", "text/plain; charset=utf-8"});
            out.push_back({"Content-Transfer-Encoding", "8bit"});
        }
    }
    return out;
}

std::vector<std::string> headerLines(const Message& m, const World& world)
{
    std::vector<std::string> out;
    for (const auto& f : headerFields(m, world)) out.push_back(f.name + ": " + f.value);
    return out;
}

} // namespace postie
