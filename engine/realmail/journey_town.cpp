#include "realmail/journey_town.h"

#include "mail/address.h"
#include "scenario/scenario_text_checks.h"
#include "scenario/yaml_guard.h"
#include "sim/calendar.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

namespace postie {
namespace {

using scenario_reading::checkAddress;
using scenario_reading::checkDomain;
using scenario_reading::checkIpv4;
using scenario_reading::checkStationId;
using scenario_reading::firstInvalidUtf8;

// A YAML double-quoted text: control characters and bytes that are not UTF-8 left out (a
// scenario is UTF-8 text), at most 200 bytes of it.
std::string quoted(std::string text)
{
    for (std::size_t bad; (bad = firstInvalidUtf8(text)) != std::string::npos;) text.erase(bad, 1);
    std::string out = "\"";
    std::size_t kept = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) continue;
        if (++kept > 200 && (static_cast<unsigned char>(c) & 0xC0) != 0x80) break;
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

// An address the scenario accepts, as the loader reads it; empty when it is not one. Braces,
// which RFC 5322 allows before the @, are the loader's address patterns (user{1..5}@...).
std::string acceptedAddress(const std::string& text)
{
    std::string out;
    if (text.empty() || text.find_first_of("{}") != std::string::npos) return {};
    return checkAddress(text, out).empty() ? out : std::string();
}

// The address in "Name <a@b>" or "a@b (Name)"; empty when there is none.
std::string addressIn(const std::string& field)
{
    const auto open = field.find('<');
    const auto close = field.find('>', open == std::string::npos ? 0 : open);
    if (open != std::string::npos && close != std::string::npos) return field.substr(open + 1, close - open - 1);
    std::size_t start = 0;
    while (start < field.size()) {
        std::size_t end = field.find_first_of(" ,;()\t", start);
        if (end == std::string::npos) end = field.size();
        const std::string word = field.substr(start, end - start);
        if (word.find('@') != std::string::npos && word.front() != '@' && word.back() != '@') return word;
        start = end + 1;
    }
    return {};
}

std::string domainPart(const std::string& address)
{
    const auto at = address.rfind('@');
    return at == std::string::npos ? std::string() : toLower(address.substr(at + 1));
}

// A host name that can be a station's id and a DNS name both; an IP address is not one.
bool usableHostName(const std::string& name)
{
    std::string domain;
    const bool letter = std::any_of(name.begin(), name.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    return letter && checkStationId(name).empty() && checkDomain(name, true, domain).empty();
}

bool ipv4(const std::string& s) { return !s.empty() && checkIpv4(s).empty(); }

// A long host name's first part, as the map's caption (the id under it says the rest):
// "AM6PR04MB1234.eurprd04.prod.outlook.com" is "AM6PR04MB1234".
std::string captionOf(const std::string& host)
{
    const auto dot = host.find('.');
    if (host.size() <= 20 || dot == std::string::npos) return {};
    return host.substr(0, dot);
}

struct Node {
    std::string id;     // the station's id: the server's name, or a made-up one for an address
    std::string label;  // what the Received line called it, when that is not the id
    const ReceivedHop* hop = nullptr;  // the line this server wrote
};

// How long a server holds the letter before the next one has it: the time the next line is
// dated after its own, as the server's service time (at most the hour a service may take).
std::string holding(const Node& next)
{
    const ReceivedHop* hop = next.hop;
    if (!hop || !hop->delaySeconds) return {};
    if (*hop->delaySeconds < 0)
        return fmt::format("}}  # the next line is dated {} s before this one's: the clocks disagree (skew)",
                           -*hop->delaySeconds);
    if (*hop->delaySeconds == 0) return {};
    const std::int64_t held = std::min<std::int64_t>(*hop->delaySeconds, 3600);
    std::string out = fmt::format(", service: const({}s)}}", held);
    if (held < *hop->delaySeconds) out += fmt::format("  # held {} s in the message; a service takes at most 1h", *hop->delaySeconds);
    return out;
}


} // namespace

std::string journeyTown(const ReceivedChain& chain, const std::string& sourceName)
{
    // The servers in the order the message passed them: each hop's "by", once in a row.
    std::vector<Node> nodes;
    std::set<std::string> ids;
    // A station id not taken yet, and a valid DNS name when it has dots (A and MX records name
    // it): a server met twice is "gw-2.example.org", its number in its first part.
    const auto uniqueId = [&ids](std::string id) {
        id = toLower(id);
        while (!id.empty() && id.back() == '.') id.pop_back();
        const auto dot = id.find('.');
        for (int n = 1;; ++n) {
            std::string candidate = n == 1               ? id
                                    : dot == std::string::npos ? fmt::format("{}-{}", id, n)
                                                               : fmt::format("{}-{}{}", id.substr(0, dot), n, id.substr(dot));
            std::string domain;
            const bool valid = checkStationId(candidate).empty() &&
                               (candidate.find('.') == std::string::npos || checkDomain(candidate, true, domain).empty());
            if (!valid) candidate = fmt::format("station{}-{}.unnamed", ids.size() + 1, n);
            if (ids.insert(candidate).second) return candidate;
        }
    };
    for (const ReceivedHop& hop : chain.hops) {
        if (!hop.by) continue;  // a server's note to itself (qmail's "invoked by uid 89")
        if (!nodes.empty() && toLower(nodes.back().hop->by.value_or("")) == toLower(*hop.by)) continue;
        Node node;
        node.hop = &hop;
        if (usableHostName(*hop.by)) {
            node.id = uniqueId(*hop.by);
            node.label = captionOf(*hop.by);
        } else {
            node.id = uniqueId(fmt::format("server{}.unnamed", nodes.size() + 1));
            node.label = *hop.by;
        }
        nodes.push_back(std::move(node));
    }
    if (nodes.empty()) return {};

    std::string to = acceptedAddress(addressIn(chain.to));
    const std::string firstFrom = chain.hops.front().from.value_or("");
    std::string from = acceptedAddress(addressIn(chain.from));
    if (from.empty()) from = acceptedAddress("writer@" + toLower(firstFrom));
    if (from.empty()) from = "writer@sender.test";
    const std::string senderDomain = domainPart(from);
    if (to.empty()) to = acceptedAddress("reader@" + chain.receiverDomain);
    if (to.empty()) to = "reader@receiver.test";
    const std::string rcptDomain = domainPart(to);

    // The sorting station: the first server the receiver vouches for, else the last one.
    std::size_t mx = nodes.size() - 1;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].hop->trusted) {
            mx = i;
            break;
        }
    // The post office is the first server. When the receiver vouches for every line (a letter
    // within one provider), the next server is its sorting station; when there is only one
    // server, the writer's own machine posted the letter and stands as its post office.
    const bool namedWriter = usableHostName(firstFrom);
    if (mx == 0 && nodes.size() > 1) mx = 1;
    if (mx == 0) {
        Node office;
        office.id = uniqueId(namedWriter ? firstFrom : std::string("post-office.unnamed"));
        nodes.insert(nodes.begin(), office);
        mx = 1;
    }
    const bool lastFiles = nodes.size() - 1 > mx && nodes.back().hop &&
                           toLower(nodes.back().hop->with.value_or("")).find("lmtp") != std::string::npos;
    const std::string box = lastFiles ? nodes.back().id : uniqueId("box." + rcptDomain);
    const std::string writer = uniqueId("writer");
    const std::string resolver = uniqueId("dns." + (senderDomain.empty() ? std::string("sender.test") : senderDomain));

    std::string out;
    const std::string subject = chain.subject.empty() ? std::string("(no subject)") : chain.subject;
    out += "# The journey of a real message, from its Received lines (" + sourceName + "), as a town:\n";
    out += "# each server the lines name is a station, in the order the message passed them, and each\n";
    out += "# holds the letter (service) as long as the next line is dated after its own.\n";
    out += "format: postie/1\n";
    out += "title: " + quoted("The journey of " + subject) + "\n";
    out += "summary: " + quoted(fmt::format("{} servers between {} and {}, replayed from the message's headers.",
                                            nodes.size(), from, to)) + "\n";
    if (chain.hops.front().utc) {
        const auto [days, secs] = splitSeconds(*chain.hops.front().utc);
        const CivilDate d = civilFromDays(days);
        if (d.year >= 1970 && d.year <= 9999)
            out += fmt::format("start: {:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z\n", d.year, d.month, d.day, secs / 3600,
                               secs / 60 % 60, secs % 60);
    }
    out += "seed: 1\n\nstations:\n";
    // The journey from left to right, the directory above the post office.
    constexpr int kStep = 190;
    const auto at = [](int x, int y) { return fmt::format(", position: [{}, {}]", x, y); };
    const std::string writerCaption = namedWriter ? (captionOf(firstFrom).empty() ? firstFrom : captionOf(firstFrom)) : from;
    out += fmt::format("  - {{id: {}, kind: client, user: {}, submit_to: {}{}{}}}\n", writer, quoted(from), nodes[0].id,
                       writerCaption.empty() ? std::string() : ", label: " + quoted(writerCaption), at(0, 320));
    out += fmt::format("  - {{id: {}, kind: resolver{}}}\n", resolver, at(kStep, 120));
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const Node& n = nodes[i];
        const std::string label = (n.label.empty() ? std::string() : ", label: " + quoted(n.label)) + at(kStep * int(i + 1), 320);
        const bool last = i + 1 == nodes.size();
        std::string held = last ? std::string() : holding(nodes[i + 1]);
        if (held.empty()) held = "}";
        if (lastFiles && last) {
            out += fmt::format("  - {{id: {}, kind: mailbox, users: [{}]{}}}\n", n.id, quoted(to), label);
        } else if (i == 0) {
            const std::string relay = mx > 1 ? ", relay_to: " + nodes[1].id : std::string();
            out += fmt::format("  - {{id: {}, kind: outgoing, resolver: {}{}{}{}\n", n.id, resolver, relay, label, held);
        } else {
            const bool filesNext = last || (lastFiles && i + 2 == nodes.size());
            const std::string next = filesNext ? "deliver_to: " + box : "relay_to: " + nodes[i + 1].id;
            out += fmt::format("  - {{id: {}, kind: incoming, accepts: [{}], {}, resolver: {}{}{}\n", n.id, rcptDomain, next,
                               resolver, label, held);
        }
    }
    if (!lastFiles)
        out += fmt::format("  - {{id: {}, kind: mailbox, users: [{}]{}}}\n", box, quoted(to), at(kStep * int(nodes.size() + 1), 320));

    // The directory: the recipient's domain's MX, and an A record for each server another one
    // hands the letter to, at the address the next server saw it come from when the line says.
    out += "\ndns:\n";
    out += fmt::format("  - {{name: {}, type: MX, preference: 10, host: {}}}\n", rcptDomain, nodes[mx].id);
    for (std::size_t i = 1; i < nodes.size(); ++i) {
        if (lastFiles && i + 1 == nodes.size()) break;
        const std::string seen = i + 1 < nodes.size() && nodes[i + 1].hop ? nodes[i + 1].hop->fromIp.value_or("") : "";
        const std::string address = ipv4(seen) ? seen : fmt::format("192.0.2.{}", 10 + i);
        out += fmt::format("  - {{name: {}, type: A, address: {}}}\n", nodes[i].id, address);
    }

    out += "\nroads:\n";
    out += fmt::format("  - {{between: [{}, {}], latency: 10ms}}\n", writer, nodes[0].id);
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (!(lastFiles && i + 1 == nodes.size()))
            out += fmt::format("  - {{between: [{}, {}], latency: 1ms}}\n", nodes[i].id, resolver);
    for (std::size_t i = 1; i < nodes.size(); ++i)
        out += fmt::format("  - {{between: [{}, {}], latency: 1ms}}\n", nodes[i - 1].id, nodes[i].id);
    if (!lastFiles) out += fmt::format("  - {{between: [{}, {}], latency: 1ms}}\n", nodes.back().id, box);

    out += "\nmail:\n";
    out += fmt::format("  - {{at: 0s, from: {}, to: [{}], subject: {}}}\n", quoted(from), quoted(to), quoted(subject));
    return out;
}

} // namespace postie
