// Every key that `postie-cli keys` lists does what it says. For each key of the table there is
// a case below: a small town with the key at one value, and again with the key changed (from
// its default where it has one). The two runs must differ (their fingerprint, or the letters
// and replies the trace tells of), unless the key is marked display only in the table; then
// they must not differ at all. A key added to the table without a case here fails the test.
#include "scenario/scenario_keys.h"
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"
#include "trace/trace_sink.h"

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace postie {
namespace {

// A town around one router: alice writes through smtp.sender.test to bob and carol, whose
// letters mx1.example.org files in box.example.org; bob's phone reads by POP3. The $name$
// holes take a case's text; each hole has a default below.
const char* kTown = R"(format: $format$
$top$
dns:
  - $mx_record$
  - {name: mx1.example.org, type: A, address: 203.0.113.25$a$}
$dns$
stations:
  - {id: alice, kind: client, user: alice@sender.test, submit_to: $submit_to$$alice$}
  - {id: smtp.sender.test, kind: outgoing$out$}
  - {id: dns.sender.test, kind: resolver$resolver$}
  - {id: $router$, kind: $router_kind$$router_keys$}
  - {id: mx1.example.org, kind: incoming, accepts: $accepts$, $mx1_to$$mx1$}
  - {id: box.example.org, kind: mailbox, users: $users$$box$}
  - $bob$
$stations$
roads:
  - {between: [alice, smtp.sender.test], latency: $alice_latency$}
  - {between: [smtp.sender.test, $router$], latency: 10ms}
  - {between: [dns.sender.test, $router$], latency: 1ms}
  - {between: [mx1.example.org, $router$], latency: 10ms}
  - {between: [box.example.org, $router$], latency: 1ms}
  - {between: [bob, $router$], latency: 10ms}
$roads$
mail:
  - $letter$
$mail$
$incidents$
)";

using Holes = std::map<std::string, std::string>;

const Holes kDefaults = {
    {"format", "postie/1"},
    {"mx_record", "{name: example.org, type: MX, preference: 10, host: mx1.example.org}"},
    {"submit_to", "smtp.sender.test"},
    {"router", "backbone"},
    {"router_kind", "router"},
    {"accepts", "[example.org]"},
    {"mx1_to", "deliver_to: box.example.org"},
    {"users", "[bob@example.org, carol@example.org]"},
    {"bob", "{id: bob, kind: client, user: bob@example.org, read_from: box.example.org, check: {protocol: pop3}}"},
    {"alice_latency", "10ms"},
    {"letter", "{at: 0s, from: alice@sender.test, to: bob@example.org}"},
};

// Pieces several cases share.
const std::string kSecondLetter = "  - {at: 0s, from: alice@sender.test, to: bob@example.org}";
const std::string kThreeLetters = kSecondLetter + "\n" + kSecondLetter;
const std::string kLetterToCarol = "  - {at: 0s, from: alice@sender.test, to: carol@example.org}";
const std::string kMx1DownAnHour = "incidents:\n  - {at: 0s, station: mx1.example.org, go: down, for: 3h}";
const std::string kBoxDownAnHour = "incidents:\n  - {at: 0s, station: box.example.org, go: down, for: 3h}";
const std::string kFarResolver = "  - {id: dns2.sender.test, kind: resolver}";
const std::string kFarResolverRoad = "  - {between: [dns2.sender.test, backbone], latency: 100ms}";
const std::string kSecondBox = "  - {id: box2.example.org, kind: mailbox, users: [bob@example.org, carol@example.org]}";
const std::string kSecondBoxRoad = "  - {between: [box2.example.org, backbone], latency: 30ms}";
std::string kSpfAll(const std::string& all)
{
    return "  - {name: sender.test, type: TXT, text: \"v=spf1 " + all + "\"}";
}
const std::string kDkimKey =
    "  - {name: s1._domainkey.sender.test, type: TXT, text: \"v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC1\"}";
const Holes kOpenRelayTown = {
    {"out", ", relay_to: mx1.example.org"},
    {"letter", "{at: 0s, from: alice@sender.test, to: dave@elsewhere.test}"},
    {"dns", "  - {name: elsewhere.test, type: MX, preference: 10, host: mx.elsewhere.test}\n"
            "  - {name: mx.elsewhere.test, type: A, address: 198.51.100.99}"},
    {"stations", "  - {id: mx.elsewhere.test, kind: incoming, accepts: [elsewhere.test], deliver_to: box.elsewhere.test}\n"
                 "  - {id: box.elsewhere.test, kind: mailbox, users: [dave@elsewhere.test]}"},
    {"roads", "  - {between: [mx.elsewhere.test, backbone], latency: 10ms}\n"
              "  - {between: [box.elsewhere.test, mx.elsewhere.test], latency: 1ms}"},
};
// A mailing list at lists.example.org whose member is bob: alice writes to the list.
std::string kListStation(const std::string& keys)
{
    return "  - {id: list.example.org, kind: incoming, accepts: [lists.example.org]" + keys + "}";
}
const std::string kListDns = "  - {name: lists.example.org, type: MX, preference: 10, host: list.example.org}\n"
                             "  - {name: list.example.org, type: A, address: 203.0.113.40}";
const Holes kListTown = {
    {"letter", "{at: 0s, from: alice@sender.test, to: parents@lists.example.org}"},
    {"dns", kListDns},
    {"stations", kListStation(", list_members: [bob@example.org]")},
    {"roads", "  - {between: [list.example.org, backbone], latency: 10ms}"},
};
const std::string kDave = "  - {id: dave, kind: client, user: dave@sender.test, submit_to: smtp.sender.test}";
const std::string kDaveRoad = "  - {between: [dave, smtp.sender.test], latency: 40ms}";
const std::string kSmallQuota = ", quota: 1MB";
// mx1 relays to gw.example.org, whose A record it looks up with its resolver.
const Holes kRelay = {
    {"mx1_to", "relay_to: gw.example.org"},
    {"dns", "  - {name: gw.example.org, type: A, address: 203.0.113.30}"},
    {"stations", "  - {id: gw.example.org, kind: incoming, accepts: [example.org], deliver_to: box.example.org}\n" +
                     kFarResolver},
    {"roads", "  - {between: [gw.example.org, backbone], latency: 5ms}\n" + kFarResolverRoad},
};
// A second MX host, mx0, reachable but not named by any record unless a case names it.
const std::string kMx0 = "  - {id: mx0.example.org, kind: incoming, accepts: [example.org], deliver_to: box.example.org}";
const std::string kMx0Road = "  - {between: [mx0.example.org, backbone], latency: 50ms}";
const std::string kMx0A = "  - {name: mx0.example.org, type: A, address: 203.0.113.26}";

Holes with(Holes base, const Holes& more)
{
    for (const auto& [k, v] : more) base[k] = v;
    return base;
}

struct KeyCase {
    std::string path;  // as `postie-cli keys` prints it
    Holes context;     // the town for both runs
    Holes change;      // what the second run changes
    std::string note = {};  // a second case of the same key
};

// Retry cases: the outgoing server meets mx1 closed for three hours.
KeyCase retryCase(const std::string& key, const std::string& base, const std::string& changed, std::string note = {})
{
    return {"stations[kind=outgoing|incoming].retry." + key,
            {{"incidents", kMx1DownAnHour}, {"out", ", retry: {" + base + "}"}},
            {{"out", ", retry: {" + changed + "}"}},
            std::move(note)};
}

// Generator cases: one generator instead of the letter.
KeyCase generatorCase(const std::string& key, const std::string& base, const std::string& changed, Holes context = {})
{
    context["letter"] = base;
    context["top"] = "until: 1h";
    return {"mail[generate]." + key, context, {{"letter", changed}}};
}

// Server cases for outgoing (smtp.sender.test, hole "out") and incoming (mx1, hole "mx1").
std::vector<KeyCase> serverCases(const std::string& kind, const std::string& hole)
{
    const std::string p = "stations[kind=" + kind + "].";
    const bool incoming = kind == "incoming";
    std::vector<KeyCase> cases = {
        {p + "workers", {{hole, ", service: const(1s)"}, {"mail", kSecondLetter}},
         {{hole, ", service: const(1s), workers: 2"}}},
        {p + "service", {}, {{hole, ", service: const(1s)"}}},
        {p + "retry", {{"incidents", incoming ? kBoxDownAnHour : kMx1DownAnHour}}, {{hole, ", retry: exim"}}},
        {p + "concurrency_per_destination", {{"mail", kThreeLetters}, {"box", ", service: const(1s)"}},
         {{hole, ", concurrency_per_destination: 1"}}},
        {p + "recipients_per_delivery", {{"letter", "{at: 0s, from: alice@sender.test, to: [bob@example.org, carol@example.org]}"}},
         {{hole, ", recipients_per_delivery: 1"}}},
        {p + "max_connections", {{"mail", kSecondLetter}}, {{hole, ", max_connections: 1"}}},
        {p + "rate_limit", {{"mail", kSecondLetter}}, {{hole, ", rate_limit: 1/h"}}},
        {p + "queue_limit", {{hole, ", service: const(1s)"}, {"mail", kThreeLetters}},
         {{hole, ", service: const(1s), queue_limit: 1"}}},
    };
    if (incoming) {
        cases.push_back({p + "resolver", kRelay, {{hole, ", resolver: dns2.sender.test"}}});
    } else {
        cases.push_back({p + "resolver", {{"stations", kFarResolver}, {"roads", kFarResolverRoad}},
                         {{hole, ", resolver: dns2.sender.test"}}});
    }
    return cases;
}

// Lesson cases: a lesson with one stop, written as a flow map; the lesson never changes the run.
KeyCase lessonCase(const std::string& key, const std::string& stop, const std::string& changed)
{
    const auto lesson = [](const std::string& s) { return "lesson:\n  stops:\n    - " + s; };
    return {"lesson.stops[]." + key, {{"top", lesson(stop)}}, {{"top", lesson(changed)}}};
}
const std::string kAsk = "ask: Which code, answer: code, reveal: {event: smtp.reply, code: 250}, choices: [250, 550]";
const std::string kTry = "when: {event: road.arrive, message: m1}, try: ";

std::vector<KeyCase> lessonCases()
{
    const std::string when = "when: {event: road.arrive, message: m1}";
    const auto moment = [&](const std::string& key, const std::string& base, const std::string& changed) {
        return lessonCase("when|reveal|count." + key, "when: {event: " + base + "}", "when: {event: " + changed + "}");
    };
    return {
        {"lesson", {}, {{"top", "lesson: {goals: [See a letter travel.]}"}}},
        {"lesson.goals", {{"top", "lesson: {goals: [One.]}"}}, {{"top", "lesson: {goals: [Two.]}"}}},
        {"lesson.recap", {{"top", "lesson: {recap: [One.]}"}}, {{"top", "lesson: {recap: [Two.]}"}}},
        {"lesson.stops", {{"top", "lesson: {goals: [One.]}"}},
         {{"top", "lesson: {goals: [One.], stops: [{" + when + "}]}"}}},
        lessonCase("when", "{" + when + "}", "{when: {event: smtp.reply}}"),
        lessonCase("say", "{" + when + ", say: Hello}", "{" + when + ", say: {en: Hi, de: Hallo}}"),
        lessonCase("ask", "{" + when + "}", "{" + when + ", " + kAsk + "}"),
        lessonCase("answer", "{" + when + ", " + kAsk + "}",
                   "{" + when + ", ask: When, answer: wait, reveal: {event: smtp.reply}, choices: [1s, 1m]}"),
        lessonCase("reveal", "{" + when + ", " + kAsk + "}",
                   "{" + when + ", ask: Which code, answer: code, reveal: {event: smtp.reply, nth: 2}, choices: [250, 550]}"),
        lessonCase("count", "{" + when + ", ask: How many, answer: count, count: {event: road.arrive}, reveal: {event: message.final}, "
                   "choices: [1, 9]}",
                   "{" + when + ", ask: How many, answer: count, count: {event: road.depart}, reveal: {event: message.final}, "
                   "choices: [1, 9]}"),
        lessonCase("queue_of",
                   "{" + when + ", ask: How many, answer: max_queue, queue_of: mx1.example.org, reveal: {event: "
                   "message.final}, choices: [0, 9]}",
                   "{" + when + ", ask: How many, answer: max_queue, queue_of: smtp.sender.test, reveal: {event: "
                   "message.final}, choices: [0, 9]}"),
        lessonCase("choices", "{" + when + ", " + kAsk + "}",
                   "{" + when + ", ask: Which code, answer: code, reveal: {event: smtp.reply}, choices: [250, 550, 451]}"),
        lessonCase("why", "{" + when + ", " + kAsk + "}", "{" + when + ", " + kAsk + ", why: Bob is known.}"),
        lessonCase("try", "{" + when + "}", "{" + kTry + "{close: mx1.example.org}}"),
        moment("event", "road.arrive", "road.depart"),
        moment("message", "road.arrive, message: m1", "road.arrive, message: m2"),
        moment("station", "road.arrive, station: mx1.example.org", "road.arrive, station: box.example.org"),
        moment("to", "road.arrive, to: mx1.example.org", "road.arrive, to: box.example.org"),
        moment("peer", "smtp.reply, peer: smtp.sender.test", "smtp.reply, peer: mx1.example.org"),
        moment("kind", "road.arrive, kind: incoming", "road.arrive, kind: mailbox"),
        moment("code", "smtp.reply, code: 250", "smtp.reply, code: 354"),
        moment("outcome", "message.final, outcome: delivered", "message.final, outcome: bounced"),
        moment("notice", "road.arrive, notice: false", "road.arrive, notice: true"),
        moment("nth", "road.arrive, nth: 1", "road.arrive, nth: 3"),
        lessonCase("choices[].value",
                   "{" + when + ", ask: Who, answer: station, reveal: {event: road.arrive}, choices: [{value: "
                   "mx1.example.org}, bob]}",
                   "{" + when + ", ask: Who, answer: station, reveal: {event: road.arrive}, choices: [{value: "
                   "box.example.org}, bob]}"),
        lessonCase("choices[].say",
                   "{" + when + ", ask: Who, answer: station, reveal: {event: road.arrive}, choices: [{value: "
                   "mx1.example.org, say: The station}, bob]}",
                   "{" + when + ", ask: Who, answer: station, reveal: {event: road.arrive}, choices: [{value: "
                   "mx1.example.org, say: {en: The MX, fr: Le MX}}, bob]}"),
        lessonCase("try.close", "{" + kTry + "{close: mx1.example.org}}", "{" + kTry + "{close: box.example.org}}"),
        lessonCase("try.open", "{" + kTry + "{open: mx1.example.org}}", "{" + kTry + "{open: box.example.org}}"),
        lessonCase("try.cut", "{" + kTry + "{cut: [mx1.example.org, backbone]}}", "{" + kTry + "{cut: [bob, backbone]}}"),
        lessonCase("try.mend", "{" + kTry + "{mend: [mx1.example.org, backbone]}}", "{" + kTry + "{mend: [bob, backbone]}}"),
        lessonCase("try.for", "{" + kTry + "{close: mx1.example.org}}", "{" + kTry + "{close: mx1.example.org, for: 1h}}"),
        lessonCase("try.say", "{" + kTry + "{close: mx1.example.org}}",
                   "{" + kTry + "{close: mx1.example.org, say: Close it.}}"),
        lessonCase("try.write", "{" + kTry + "{close: mx1.example.org}}",
                   "{" + kTry + "{write: {from: alice@sender.test, to: bob@example.org}}}"),
        lessonCase("try.write.from", "{" + kTry + "{write: {from: alice@sender.test, to: bob@example.org}}}",
                   "{" + kTry + "{write: {from: ALICE@sender.test, to: bob@example.org}}}"),
        lessonCase("try.write.to", "{" + kTry + "{write: {from: alice@sender.test, to: bob@example.org}}}",
                   "{" + kTry + "{write: {from: alice@sender.test, to: [bob@example.org, carol@example.org]}}}"),
        lessonCase("try.write.subject", "{" + kTry + "{write: {from: alice@sender.test, to: bob@example.org}}}",
                   "{" + kTry + "{write: {from: alice@sender.test, to: bob@example.org, subject: Hi}}}"),
    };
}

std::vector<KeyCase> allCases()
{
    std::vector<KeyCase> cases = {
        // The whole file. `format` has one accepted value: see TheFormatHasOneValue.
        {"title", {}, {{"top", "title: \"Another title\""}}},
        {"title", {}, {{"top", "title: {en: \"Another title\", de: \"Ein anderer Titel\"}"}}, "in two languages"},
        {"summary", {}, {{"top", "summary: \"Another summary.\""}}},
        {"summary", {}, {{"top", "summary: {fr: \"Un autre résumé.\", en: \"Another summary.\"}"}}, "in two languages"},
        {"pace", {}, {{"top", "pace: continuous"}}},
        {"speed", {}, {{"top", "speed: 600x"}}},
        {"seed",
         {{"top", "until: 1h"},
          {"letter", "{generate: poisson, rate: 30/h, from: alice@sender.test, to: bob@example.org}"}},
         {{"top", "until: 1h\nseed: 2"}}},
        {"start",  // the daily generator's hours follow the clock
         {{"top", "until: 1h"},
          {"letter", "{generate: daily, per_hour: {0: 60/h}, from: alice@sender.test, to: bob@example.org}"}},
         {{"top", "until: 1h\nstart: 2010-07-14T09:00:00Z"}}},
        {"until", {}, {{"top", "until: 1m"}}},
        {"dns", {{"stations", kMx0}, {"roads", kMx0Road}},
         {{"dns", "  - {name: example.org, type: MX, preference: 5, host: mx0.example.org}\n" + kMx0A}}},
        {"stations", {},
         {{"stations", "  - {id: carol, kind: client, user: carol@example.org, read_from: box.example.org, "
                       "check: {protocol: imap-idle}}"},
          {"roads", "  - {between: [carol, backbone], latency: 5ms}"},
          {"mail", kLetterToCarol}}},
        {"roads", {}, {{"roads", "  - {between: [bob, box.example.org], latency: 1ms}"}}},
        {"mail", {}, {{"mail", kSecondLetter}}},
        {"incidents", {}, {{"incidents", kMx1DownAnHour}}},

        // DNS records.
        {"dns[].name", {}, {{"mx_record", "{name: example.net, type: MX, preference: 10, host: mx1.example.org}"}}},
        {"dns[].type", {}, {{"mx_record", "{name: example.org, type: SERVFAIL}"}}},
        {"dns[].preference",
         {{"stations", kMx0}, {"roads", kMx0Road},
          {"dns", "  - {name: example.org, type: MX, preference: 20, host: mx0.example.org}\n" + kMx0A}},
         {{"dns", "  - {name: example.org, type: MX, preference: 5, host: mx0.example.org}\n" + kMx0A}}},
        {"dns[].host", {{"stations", kMx0}, {"roads", kMx0Road}, {"dns", kMx0A}},
         {{"mx_record", "{name: example.org, type: MX, preference: 10, host: mx0.example.org}"}}},
        {"dns[].address", kRelay, {{"dns", "  - {name: gw.example.org, type: A, address: 203.0.113.31}"}}},
        {"dns[].text", {{"mx1", ", authenticate: true"}, {"dns", kSpfAll("-all")}}, {{"dns", kSpfAll("+all")}}},
        {"dns[].ttl", {{"mail", "  - {at: 2h, from: alice@sender.test, to: bob@example.org}"}},
         {{"mx_record", "{name: example.org, type: MX, preference: 10, host: mx1.example.org, ttl: 1d}"}}},

        // Every station.
        {"stations[].id", {}, {{"router", "highway"}}},
        {"stations[].kind", {}, {{"bob", "{id: bob, kind: router}"}}},
        {"stations[].label", {}, {{"router_keys", ", label: \"The highway\""}}},
        {"stations[].label", {}, {{"router_keys", ", label: {en: \"The highway\", de: \"Die Autobahn\"}"}}, "in two languages"},
        {"stations[].group", {}, {{"router_keys", ", group: internet"}}},
        {"stations[].position", {}, {{"router_keys", ", position: [100, 200]"}}},

        // Clients.
        {"stations[kind=client].user", {},
         {{"bob", "{id: bob, kind: client, user: carol@example.org, read_from: box.example.org, check: {protocol: pop3}}"}}},
        {"stations[kind=client].submit_to",
         {{"stations", "  - {id: smtp2.sender.test, kind: outgoing}"},
          {"roads", "  - {between: [alice, smtp2.sender.test], latency: 50ms}\n"
                    "  - {between: [smtp2.sender.test, backbone], latency: 10ms}"}},
         {{"submit_to", "smtp2.sender.test"}}},
        {"stations[kind=client].auth", {}, {{"alice", ", auth: false"}}},
        {"stations[kind=client].device", {}, {{"alice", ", device: phone"}}},
        {"stations[kind=client].read_from", {{"stations", kSecondBox}, {"roads", kSecondBoxRoad}},
         {{"bob", "{id: bob, kind: client, user: bob@example.org, read_from: box2.example.org, check: {protocol: pop3}}"}}},
        {"stations[kind=client].check", {},
         {{"bob", "{id: bob, kind: client, user: bob@example.org, read_from: box.example.org, check: {protocol: imap-idle}}"}}},
        {"stations[kind=client].check.protocol", {},
         {{"bob", "{id: bob, kind: client, user: bob@example.org, read_from: box.example.org, check: {protocol: imap-idle}}"}}},
        {"stations[kind=client].check.every", {},
         {{"bob", "{id: bob, kind: client, user: bob@example.org, read_from: box.example.org, "
                  "check: {protocol: pop3, every: 1m}}"}}},
        {"stations[kind=client].check.leave_on_server", {},
         {{"bob", "{id: bob, kind: client, user: bob@example.org, read_from: box.example.org, "
                  "check: {protocol: pop3, leave_on_server: true}}"}}},

        // Incoming servers' own keys.
        {"stations[kind=incoming].accepts", {}, {{"accepts", "[example.net]"}}},
        {"stations[kind=incoming].deliver_to", {{"stations", kSecondBox}, {"roads", kSecondBoxRoad}},
         {{"mx1_to", "deliver_to: box2.example.org"}}},
        {"stations[kind=incoming].relay_to", with(kRelay, {{"mx1_to", "deliver_to: box.example.org"}}),
         {{"mx1_to", "relay_to: gw.example.org"}}},

        // Mailbox stores.
        {"stations[kind=mailbox].users", {{"mail", kLetterToCarol}}, {{"users", "[bob@example.org]"}}},
        {"stations[kind=mailbox].quota", {{"letter", "{at: 0s, from: alice@sender.test, to: bob@example.org, size: 2MB}"}},
         {{"box", kSmallQuota}}},
        {"stations[kind=mailbox].workers", {{"box", ", service: const(1s)"}, {"mail", kSecondLetter}},
         {{"box", ", service: const(1s), workers: 2"}}},
        {"stations[kind=mailbox].service", {}, {{"box", ", service: const(1s)"}}},

        // Resolvers.
        {"stations[kind=resolver].lookup", {}, {{"resolver", ", lookup: const(1s)"}}},

        // Retry profiles.
        retryCase("profile", "give_up: 5d", "profile: exim, give_up: 5d"),
        retryCase("queue_scan", "profile: postfix", "profile: postfix, queue_scan: 7m"),
        retryCase("delay_warning", "profile: postfix", "profile: postfix, delay_warning: 10m"),
        retryCase("min", "profile: postfix", "profile: postfix, min: 1m"),
        retryCase("max", "profile: postfix", "profile: postfix, max: 1000s"),
        retryCase("give_up", "profile: postfix", "profile: postfix, give_up: 1h"),
        // Exim's own rule with other numbers: min is the first rule's interval, max the last one's.
        retryCase("min", "profile: exim", "profile: exim, min: 5m", "exim"),
        {"stations[kind=outgoing|incoming].retry.max",
         {{"incidents", "incidents:\n  - {at: 0s, station: mx1.example.org, go: down, for: 1d}"},
          {"out", ", retry: {profile: exim}"}},
         {{"out", ", retry: {profile: exim, max: 8h}"}},
         "exim"},
        {"stations[kind=outgoing|incoming].retry.connect_timeout",
         {{"incidents", "incidents:\n  - {at: 0s, road: [mx1.example.org, backbone], go: down, for: 1h}"},
          {"out", ", retry: {profile: postfix}"}},
         {{"out", ", retry: {profile: postfix, connect_timeout: 5s}"}}},

        // Roads.
        {"roads[].between", {{"stations", kFarResolver}, {"roads", kFarResolverRoad}, {"out", ", resolver: dns2.sender.test"}},
         {{"roads", "  - {between: [dns2.sender.test, smtp.sender.test], latency: 100ms}"}}},
        {"roads[].latency", {}, {{"alice_latency", "50ms"}}},

        // Trust: signing and checking.
        {"stations[kind=outgoing].dkim_domain", {{"mx1", ", authenticate: true"}, {"dns", kDkimKey}},
         {{"out", ", dkim_domain: sender.test"}}},
        {"stations[kind=outgoing].dkim_selector", {{"out", ", dkim_domain: sender.test"}, {"dns", kDkimKey}},
         {{"out", ", dkim_domain: sender.test, dkim_selector: s2"}}},
        {"stations[kind=outgoing].dkim_key",
         {{"mx1", ", authenticate: true"}, {"out", ", dkim_domain: sender.test"}, {"dns", kDkimKey}},
         {{"out", ", dkim_domain: sender.test, dkim_key: AAAA"}}},
        {"stations[kind=incoming].authenticate", {}, {{"mx1", ", authenticate: true"}}},
        {"stations[kind=incoming].greylist", {}, {{"mx1", ", greylist: true"}}},
        // alice writes to dave@elsewhere.test through mx1 as her post office's smarthost.
        {"stations[kind=incoming].open_relay", kOpenRelayTown, {{"mx1", ", open_relay: true"}}},
        {"stations[kind=incoming].list_members", kListTown,
         {{"stations", kListStation(", list_members: [bob@example.org, carol@example.org]")}}},
        {"stations[kind=incoming].list_tag", kListTown, {{"stations", kListStation(", list_members: [bob@example.org], list_tag: \"[p]\"")}}},
        {"stations[kind=incoming].list_footer", with(kListTown, {{"mx1", ", authenticate: true"}, {"out", ", dkim_domain: sender.test"}, {"dns", kDkimKey + "\n" + kListDns}}),
         {{"stations", kListStation(", list_members: [bob@example.org], list_footer: \"Bye\"")}}},
        {"stations[kind=incoming].list_munge_from", kListTown,
         {{"stations", kListStation(", list_members: [bob@example.org], list_munge_from: true")}}},
        {"stations[kind=outgoing].relay_to", {{"mx1", ", open_relay: true"}}, {{"out", ", relay_to: mx1.example.org"}}},
        {"stations[kind=incoming].greylist_delay", {{"mx1", ", greylist: true"}}, {{"mx1", ", greylist: true, greylist_delay: 20m"}}},
        // TLS: the writer's program seals its talk with the post office (STARTTLS), and the post
        // office with the sorting station; a snooper at the junction tears the offer off.
        {"stations[kind=outgoing].tls", {}, {{"out", ", tls: offer"}}},
        {"stations[kind=client].starttls", {{"out", ", tls: require"}}, {{"out", ", tls: require"}, {"alice", ", starttls: false"}}},
        {"stations[kind=incoming].tls", {{"out", ", tls: offer"}}, {{"out", ", tls: offer"}, {"mx1", ", tls: offer"}}},
        {"stations[kind=snooper].strip_starttls",
         {{"router_kind", "snooper"}, {"out", ", tls: offer"}, {"mx1", ", tls: offer"}},
         {{"router_kind", "snooper"}, {"out", ", tls: offer"}, {"mx1", ", tls: offer"}, {"router_keys", ", strip_starttls: true"}}},
        // sender.test asks for reports at alice's own address: at midnight mx1 writes her one.
        {"stations[kind=incoming].dmarc_reports",
         {{"mx1", ", authenticate: true"},
          {"dns", "  - {name: _dmarc.sender.test, type: TXT, text: \"v=DMARC1; p=none; rua=mailto:bob@example.org\"}"}},
         {{"mx1", ", authenticate: true, dmarc_reports: true"}}},
        {"stations[kind=incoming].spam_filter", {}, {{"mx1", ", spam_filter: true"}}},
        {"stations[kind=incoming].spf_fail", {{"mx1", ", authenticate: true"}, {"dns", kSpfAll("-all")}},
         {{"mx1", ", authenticate: true, spf_fail: reject"}}},

        // Letters.
        {"mail[].at", {}, {{"letter", "{at: 1m, from: alice@sender.test, to: bob@example.org}"}}},
        {"mail[].from", {{"stations", kDave}, {"roads", kDaveRoad}},
         {{"letter", "{at: 0s, from: dave@sender.test, to: bob@example.org}"}}},
        {"mail[].to", {}, {{"letter", "{at: 0s, from: alice@sender.test, to: carol@example.org}"}}},
        {"mail[].cc", {}, {{"letter", "{at: 0s, from: alice@sender.test, to: bob@example.org, cc: carol@example.org}"}}},
        {"mail[].bcc", {}, {{"letter", "{at: 0s, from: alice@sender.test, to: bob@example.org, bcc: carol@example.org}"}}},
        {"mail[].subject", {}, {{"letter", "{at: 0s, from: alice@sender.test, to: bob@example.org, subject: \"Tea?\"}"}}},
        {"mail[].mail_from", {},
         {{"letter", "{at: 0s, from: alice@sender.test, mail_from: boss@example.org, to: bob@example.org}"}}},
        {"mail[].header_from", {},
         {{"letter", "{at: 0s, from: alice@sender.test, header_from: boss@example.org, to: bob@example.org}"}}},
        {"mail[].body", {{"out", ", dkim_domain: sender.test"}, {"dns", kDkimKey}},
         {{"letter", "{at: 0s, from: alice@sender.test, to: bob@example.org, body: \"Tea at four?\"}"}}},
        {"mail[].spam_score", {{"mx1", ", spam_filter: true"}},
         {{"letter", "{at: 0s, from: alice@sender.test, to: bob@example.org, spam_score: 7.5}"}}},
        {"mail[].headers", {}, {{"letter", "{at: 0s, from: alice@sender.test, to: bob@example.org, headers: \"X-Mailer: Tea 1.0\"}"}}},
        {"mail[].encrypted", {}, {{"letter", "{at: 0s, from: alice@sender.test, to: bob@example.org, encrypted: true}"}}},
        {"mail[].size", {{"box", kSmallQuota}},
         {{"letter", "{at: 0s, from: alice@sender.test, to: bob@example.org, size: 2MB}"}}},

        // Generators.
        generatorCase("generate",
                      "{generate: periodic, every: 10m, from: alice@sender.test, to: bob@example.org}",
                      "{generate: poisson, rate: 6/h, from: alice@sender.test, to: bob@example.org}"),
        generatorCase("rate", "{generate: poisson, rate: 6/h, from: alice@sender.test, to: bob@example.org}",
                      "{generate: poisson, rate: 60/h, from: alice@sender.test, to: bob@example.org}"),
        generatorCase("at", "{generate: burst, at: 0s, from: alice@sender.test, to: [bob@example.org, carol@example.org]}",
                      "{generate: burst, at: 1m, from: alice@sender.test, to: [bob@example.org, carol@example.org]}"),
        generatorCase("every", "{generate: periodic, every: 10m, from: alice@sender.test, to: bob@example.org}",
                      "{generate: periodic, every: 5m, from: alice@sender.test, to: bob@example.org}"),
        generatorCase("per_hour", "{generate: daily, per_hour: {0: 6/h}, from: alice@sender.test, to: bob@example.org}",
                      "{generate: daily, per_hour: {0: 60/h}, from: alice@sender.test, to: bob@example.org}"),
        generatorCase("from", "{generate: periodic, every: 10m, from: alice@sender.test, to: bob@example.org}",
                      "{generate: periodic, every: 10m, from: dave@sender.test, to: bob@example.org}",
                      {{"stations", kDave}, {"roads", kDaveRoad}}),
        generatorCase("to", "{generate: periodic, every: 10m, from: alice@sender.test, to: bob@example.org}",
                      "{generate: periodic, every: 10m, from: alice@sender.test, to: carol@example.org}"),
        generatorCase("between", "{generate: periodic, every: 10m, from: alice@sender.test, to: bob@example.org}",
                      "{generate: periodic, every: 10m, between: [0s, 15m], from: alice@sender.test, to: bob@example.org}"),
        generatorCase("size", "{generate: periodic, every: 10m, from: alice@sender.test, to: bob@example.org}",
                      "{generate: periodic, every: 10m, size: 2MB, from: alice@sender.test, to: bob@example.org}",
                      {{"box", kSmallQuota}}),
        generatorCase("subject", "{generate: periodic, every: 10m, from: alice@sender.test, to: bob@example.org}",
                      "{generate: periodic, every: 10m, subject: Tea, from: alice@sender.test, to: bob@example.org}"),

        // Incidents.
        {"incidents[].at", {{"incidents", "incidents:\n  - {at: 0s, station: mx1.example.org, go: down, for: 10m}"}},
         {{"incidents", "incidents:\n  - {at: 2h, station: mx1.example.org, go: down, for: 10m}"}}},
        {"incidents[].station", {{"incidents", "incidents:\n  - {at: 0s, station: mx1.example.org, go: down, for: 10m}"}},
         {{"incidents", "incidents:\n  - {at: 0s, station: box.example.org, go: down, for: 10m}"}}},
        {"incidents[].road",
         {{"incidents", "incidents:\n  - {at: 0s, road: [mx1.example.org, backbone], go: down, for: 10m}"}},
         {{"incidents", "incidents:\n  - {at: 0s, road: [box.example.org, backbone], go: down, for: 10m}"}}},
        {"incidents[].go", {{"incidents", "incidents:\n  - {at: 0s, station: mx1.example.org, go: down, for: 10m}"}},
         {{"incidents", "incidents:\n  - {at: 0s, station: mx1.example.org, go: up, for: 10m}"}}},
        {"incidents[].for", {{"incidents", "incidents:\n  - {at: 0s, station: mx1.example.org, go: down, for: 10m}"}},
         {{"incidents", "incidents:\n  - {at: 0s, station: mx1.example.org, go: down, for: 1h}"}}},
    };
    for (auto& c : serverCases("outgoing", "out")) cases.push_back(std::move(c));
    for (auto& c : serverCases("incoming", "mx1")) cases.push_back(std::move(c));
    for (auto& c : lessonCases()) cases.push_back(std::move(c));
    return cases;
}

std::string render(const Holes& holes)
{
    std::string text = kTown;
    for (std::size_t at = text.find('$'); at != std::string::npos; at = text.find('$', at)) {
        const std::size_t end = text.find('$', at + 1);
        const std::string name = text.substr(at + 1, end - at - 1);
        auto it = holes.find(name);
        const std::string value = it != holes.end() ? it->second : "";
        text.replace(at, end - at + 1, value);
        at += value.size();
    }
    return text;
}

// What a run leaves behind: the fingerprint of its events, and the whole trace as JSON lines
// (which also holds the letters' headers, sizes and the replies' words).
struct RunPrint {
    std::string fingerprint;
    std::string trace;
    std::string errors;
};

RunPrint runOf(const Holes& holes)
{
    const LoadResult loaded = loadScenarioText(render(holes), "every_key.yaml");
    RunPrint print;
    for (const auto& e : loaded.errors) print.errors += e.format() + "\n";
    if (!loaded.ok()) return print;
    ScenarioRun run(*loaded.spec);
    FingerprintSink fingerprint;
    std::ostringstream json;
    JsonLinesSink lines(json);
    run.world().addSink(&fingerprint);
    run.world().addSink(&lines);
    run.start();
    run.runToEnd();
    print.fingerprint = fingerprint.hex();
    print.trace = json.str();
    return print;
}

bool displayOnly(const std::string& path)
{
    for (const auto& k : scenarioKeys())
        for (unsigned p = 0; p <= static_cast<unsigned>(kLastKeyPlace); ++p)
            if ((k.places & (1u << p)) && scenarioKeyPath(k, static_cast<KeyPlace>(p)) == path) return k.displayOnly;
    return false;
}

TEST(EveryKey, EachKeyOfTheTableHasACaseHere)
{
    std::set<std::string> covered = {"format"};  // TheFormatHasOneValue
    for (const auto& c : allCases()) covered.insert(c.path);
    std::set<std::string> listed;
    for (const auto& k : scenarioKeys())
        for (unsigned p = 0; p <= static_cast<unsigned>(kLastKeyPlace); ++p) {
            if ((k.places & (1u << p)) == 0) continue;
            const std::string path = scenarioKeyPath(k, static_cast<KeyPlace>(p));
            listed.insert(path);
            EXPECT_TRUE(covered.count(path)) << path << " has no case in tests/scenario/every_key_test.cpp: add how to "
                                                         "change it and show that the run changes (or mark it display only)";
        }
    for (const auto& path : covered) EXPECT_TRUE(listed.count(path)) << path << " is not a key of the table";
}

TEST(EveryKey, ChangingAKeyChangesTheRunUnlessItIsForDisplayOnly)
{
    for (const auto& c : allCases()) {
        SCOPED_TRACE(c.path + (c.note.empty() ? "" : " (" + c.note + ")"));
        const Holes base = with(kDefaults, c.context);
        const RunPrint before = runOf(base);
        const RunPrint after = runOf(with(base, c.change));
        ASSERT_TRUE(before.errors.empty()) << before.errors << render(base);
        ASSERT_TRUE(after.errors.empty()) << after.errors << render(with(base, c.change));
        if (displayOnly(c.path)) {
            EXPECT_EQ(before.fingerprint, after.fingerprint) << "a display-only key changed the run";
            EXPECT_EQ(before.trace, after.trace) << "a display-only key changed the trace";
        } else {
            EXPECT_TRUE(before.fingerprint != after.fingerprint || before.trace != after.trace)
                << "changing the key changed nothing: it is ignored";
        }
    }
}

TEST(EveryKey, TheFormatHasOneValue)
{
    // `format` is the file's version, not a setting: postie/1 is its only value, so it cannot
    // change a run; any other value is refused where it stands.
    const RunPrint other = runOf(with(kDefaults, {{"format", "postie/2"}}));
    EXPECT_NE(other.errors.find("every_key.yaml:1:9:"), std::string::npos) << other.errors;
}

} // namespace
} // namespace postie
