#include "headers_command.h"

#include "realmail/header_block.h"
#include "realmail/journey_town.h"
#include "realmail/message_file.h"
#include "realmail/received_chain.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <ostream>

namespace postie::cli {

int runHeaders(const HeadersOptions& options, std::ostream& out, std::ostream& err)
{
    const MessageHead head = readMessageHead(options.file);
    if (!head.error.empty()) {
        err << "postie-cli: " << head.error << '\n';
        return 1;
    }
    const ReceivedChain chain = readReceivedChain(head.text);
    if (chain.hops.empty()) {
        const HeaderBlock block = readHeaderBlock(head.text);
        if (block.fields.empty() && !block.strayLines.empty())
            err << fmt::format("{}:{}:1: error: not a header field (a header line reads \"Name: value\"): {}\n", options.file,
                               block.strayLines.front().first, block.strayLines.front().second.substr(0, 80));
        else
            err << fmt::format("{}:1:1: error: no Received line among its {} header fields; give a whole message (.eml) "
                               "or its full headers (\"Show original\" in most mail programs)\n",
                               options.file, block.fields.size());
        return 1;
    }

    const std::string subject = chain.subject.empty() ? std::string("(no subject)") : chain.subject;
    out << fmt::format("The journey of \"{}\"{}{}, oldest hop first.\n", subject,
                       chain.from.empty() ? "" : " from " + chain.from, chain.to.empty() ? "" : " to " + chain.to);
    const std::string receiver = chain.receiverDomain.empty() ? std::string("the receiver") : chain.receiverDomain;
    out << fmt::format("Each server wrote the line for its own hop; {} can vouch only for the lines its own servers "
                       "wrote (RFC 5321 section 4.4).\n\n",
                       receiver);

    struct Row {
        std::string hop, line, from, by, with, took, trust;
    };
    std::vector<Row> rows{{"Hop", "Line", "From", "By", "With", "Took", "Trust"}};
    std::vector<std::size_t> skewed;
    for (std::size_t i = 0; i < chain.hops.size(); ++i) {
        const ReceivedHop& h = chain.hops[i];
        std::string took = i == 0 ? "start" : h.delaySeconds ? hopTime(*h.delaySeconds) : "?";
        if (h.skewed()) {
            took += " (clock skew)";
            skewed.push_back(i);
        }
        const std::string trust = h.trusted ? "yes: " + receiver + "'s own server wrote it" : "may be forged: written outside " + receiver;
        rows.push_back({std::to_string(i + 1), std::to_string(h.line), h.sender().empty() ? "-" : h.sender(), h.by.value_or("-"), h.with.value_or("-"), took, trust});
    }
    std::size_t w[6] = {};
    for (const Row& r : rows) {
        const std::string* cells[6] = {&r.hop, &r.line, &r.from, &r.by, &r.with, &r.took};
        for (int c = 0; c < 6; ++c) w[c] = std::max(w[c], cells[c]->size());
    }
    for (const Row& r : rows)
        out << fmt::format("{:>{}}  {:>{}}  {:<{}}  {:<{}}  {:<{}}  {:<{}}  {}\n", r.hop, w[0], r.line, w[1], r.from, w[2], r.by,
                           w[3], r.with, w[4], r.took, w[5], r.trust);
    out << '\n';
    for (const std::size_t i : skewed)
        out << fmt::format("Hop {} is dated {} s before hop {}: the two servers' clocks disagree (clock skew); the "
                           "message did not travel back in time.\n",
                           i + 1, -*chain.hops[i].delaySeconds, i);
    const auto first = std::find_if(chain.hops.begin(), chain.hops.end(), [](const ReceivedHop& h) { return h.utc.has_value(); });
    const auto last = std::find_if(chain.hops.rbegin(), chain.hops.rend(), [](const ReceivedHop& h) { return h.utc.has_value(); });
    if (first != chain.hops.end() && &*first != &*last)
        out << fmt::format("From the first dated line to the last: {}.\n", hopTime(*last->utc - *first->utc).substr(1));
    const auto forged = std::count_if(chain.hops.begin(), chain.hops.end(), [](const ReceivedHop& h) { return !h.trusted; });
    if (forged > 0)
        out << fmt::format("The {} oldest line{} could say anything: a sender can write false Received lines before "
                           "sending.\n",
                           forged, forged == 1 ? "" : "s");

    if (!options.scenario.empty()) {
        const std::string town = journeyTown(chain, options.file == "-" ? std::string("standard input") : options.file);
        if (town.empty()) {
            err << "postie-cli: no Received line names a server (by ...): there is no town to write\n";
            return 1;
        }
        std::ofstream file(options.scenario, std::ios::binary);
        file << town;
        if (!file.flush()) {
            err << "postie-cli: " << options.scenario << ": cannot write\n";
            return 1;
        }
        out << fmt::format("The journey as a town: {} (postie {} plays it).\n", options.scenario, options.scenario);
    }
    return 0;
}

} // namespace postie::cli
