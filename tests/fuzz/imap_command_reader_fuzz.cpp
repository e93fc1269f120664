// The IMAP side of postie-cli imap over any bytes a connection may bring: the command reader,
// fed in pieces whose sizes the input's first byte chooses, and a session on a small town's PO
// boxes answering every reading (logged in and INBOX selected first when the second byte is
// odd, so that FETCH and SEARCH are reached). What the reader keeps stays within its limits.
#include "imap/imap_command_reader.h"
#include "imap/imap_session.h"
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

namespace {

constexpr const char* kTown = R"(format: postie/1
title: Two letters for Bob
stations:
  - {id: alice, kind: client, user: alice@a.test, submit_to: smtp.a.test}
  - {id: smtp.a.test, kind: outgoing, resolver: dns.a.test}
  - {id: dns.a.test, kind: resolver}
  - {id: mx.b.test, kind: incoming, accepts: [b.test], deliver_to: box.b.test}
  - {id: box.b.test, kind: mailbox, users: [bob@b.test]}
dns:
  - {name: b.test, type: MX, preference: 10, host: mx.b.test}
  - {name: mx.b.test, type: A, address: 192.0.2.9}
roads:
  - {between: [alice, smtp.a.test], latency: 1ms}
  - {between: [smtp.a.test, dns.a.test], latency: 1ms}
  - {between: [smtp.a.test, mx.b.test], latency: 1ms}
  - {between: [mx.b.test, box.b.test], latency: 1ms}
mail:
  - {at: 0s, from: alice@a.test, to: [bob@b.test], subject: "Grüße", body: "From here\n>From there"}
  - {at: 1s, from: alice@a.test, to: [bob@b.test], subject: "Second", size: 1KB}
)";

const postie::ImapMailboxes& town()
{
    static std::unique_ptr<postie::ScenarioRun> run;
    static postie::ImapMailboxes boxes;
    if (!run) {
        const auto loaded = postie::loadScenarioText(kTown, "town.yaml");
        if (!loaded.ok()) std::abort();
        run = std::make_unique<postie::ScenarioRun>(*loaded.spec);
        run->runToEnd();
        boxes = postie::ImapMailboxes::of(run->world());
        if (!boxes.folders("bob@b.test") || boxes.folders("bob@b.test")->front().letters.size() != 2) std::abort();
    }
    return boxes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2) return 0;
    const std::size_t piece = std::size_t(data[0] % 17) + 1;
    const bool selected = data[1] % 2 == 1;
    const std::string_view bytes(reinterpret_cast<const char*>(data + 2), size - 2);
    postie::imap::Limits limits;
    limits.line = 256;
    limits.literal = 64;
    limits.command = 1024;
    limits.depth = 4;
    postie::imap::CommandReader reader(limits);
    postie::imap::ImapSession session(town());
    std::size_t said = session.greeting().size();
    const auto answerAll = [&] {
        while (auto r = reader.next()) {
            if (r->kind == postie::imap::Reading::Kind::Command && r->command.tag.empty()) std::abort();
            said += session.answer(*r).size();
        }
    };
    if (selected) {
        reader.feed("s1 LOGIN bob@b.test postie\r\ns2 SELECT INBOX\r\n");
        answerAll();
    }
    for (std::size_t at = 0; at < bytes.size() && !session.loggedOut(); at += piece) {
        reader.feed(bytes.substr(at, piece));
        answerAll();
        // An unfinished line is kept up to its limit, a literal up to its own.
        if (reader.pending() > limits.line + piece + limits.literal) std::abort();
    }
    return said == std::size_t(-1);
}
