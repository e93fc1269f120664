#pragma once
// Builds small scenarios in code for tests that need no YAML: a writer, a post office, a
// directory, a sorting station and a PO box, joined by roads of a chosen latency.
#include "scenario/scenario_spec.h"

#include <optional>
#include <string>

namespace postie::testing {

inline StationSpec station(std::string id, StationKind kind)
{
    StationSpec s;
    s.id = std::move(id);
    s.kind = kind;
    return s;
}

inline RoadSpec road(std::string a, std::string b, SimTime latency)
{
    RoadSpec r;
    r.a = std::move(a);
    r.b = std::move(b);
    r.latency = latency;
    return r;
}

// alice -> smtp.sender.test (+ dns.sender.test) -> mx1.example.org -> box.example.org
inline ScenarioSpec simpleChain(SimTime latency)
{
    ScenarioSpec spec;
    spec.file = "<test>";
    spec.title = "chain";
    DnsRecordSpec mx;
    mx.name = "example.org";
    mx.type = DnsRecordSpec::Type::MX;
    mx.preference = 10;
    mx.host = "mx1.example.org";
    DnsRecordSpec a;
    a.name = "mx1.example.org";
    a.type = DnsRecordSpec::Type::A;
    a.address = "203.0.113.25";
    spec.dns = {mx, a};

    auto alice = station("alice", StationKind::Client);
    alice.user = "alice@sender.test";
    alice.submitTo = "smtp.sender.test";
    auto out = station("smtp.sender.test", StationKind::Outgoing);
    out.resolver = "dns.sender.test";
    auto dns = station("dns.sender.test", StationKind::Resolver);
    dns.lookup = Distribution::constant(SimTime::zero());
    auto in = station("mx1.example.org", StationKind::Incoming);
    in.accepts = {"example.org"};
    in.deliverTo = "box.example.org";
    auto box = station("box.example.org", StationKind::Mailbox);
    box.users = {"bob@example.org"};
    spec.stations = {alice, out, dns, in, box};
    spec.roads = {road("alice", "smtp.sender.test", latency), road("smtp.sender.test", "dns.sender.test", latency),
                  road("smtp.sender.test", "mx1.example.org", latency),
                  road("mx1.example.org", "box.example.org", latency)};
    return spec;
}

inline DnsRecordSpec mxRecord(std::string domain, int preference, std::string host)
{
    DnsRecordSpec r;
    r.name = std::move(domain);
    r.type = DnsRecordSpec::Type::MX;
    r.preference = preference;
    r.host = std::move(host);
    return r;
}

inline DnsRecordSpec aRecord(std::string name, std::string address)
{
    DnsRecordSpec r;
    r.name = std::move(name);
    r.type = DnsRecordSpec::Type::A;
    r.address = std::move(address);
    return r;
}

inline DnsRecordSpec txtRecord(std::string name, std::string text)
{
    DnsRecordSpec r;
    r.name = std::move(name);
    r.type = DnsRecordSpec::Type::TXT;
    r.text = std::move(text);
    return r;
}

// A name whose DNS servers are broken: every question about it answers SERVFAIL.
inline DnsRecordSpec servFailRecord(std::string name)
{
    DnsRecordSpec r;
    r.name = std::move(name);
    r.type = DnsRecordSpec::Type::ServFail;
    return r;
}

// `id` goes down at `at`, for `duration` if given (else for good).
inline IncidentSpec stationDown(std::string id, SimTime at, std::optional<SimTime> duration = std::nullopt)
{
    IncidentSpec i;
    i.at = at;
    i.station = std::move(id);
    i.goDown = true;
    i.duration = duration;
    return i;
}

inline LetterSpec letter(SimTime at, std::vector<std::string> to, std::string from = "alice@sender.test")
{
    LetterSpec l;
    l.at = at;
    l.from = std::move(from);
    l.to = std::move(to);
    l.subject = "Lunch?";
    return l;
}

// The town of DESIGN.md: alice -> post office -> backbone -> mx1 (pref 10) / mx2 (pref 20)
// -> one mailbox store for bob and carol; bob's phone reads by POP3 every 10 minutes.
// sender.test's own mail (bounces for alice) goes to mx.sender.test -> alice's box.
inline ScenarioSpec twoMxTown()
{
    ScenarioSpec spec;
    spec.file = "<test>";
    spec.title = "town";
    spec.startEpochSeconds = 1279098000;  // 2010-07-14T09:00:00Z
    spec.dns = {mxRecord("example.org", 10, "mx1.example.org"), mxRecord("example.org", 20, "mx2.example.org"),
                aRecord("mx1.example.org", "203.0.113.25"),     aRecord("mx2.example.org", "203.0.113.26"),
                mxRecord("sender.test", 10, "mx.sender.test"),  aRecord("mx.sender.test", "198.51.100.25")};
    auto alice = station("alice", StationKind::Client);
    alice.user = "alice@sender.test";
    alice.submitTo = "smtp.sender.test";
    alice.readFrom = "box.sender.test";
    alice.check.protocol = CheckSpec::Protocol::ImapIdle;
    auto out = station("smtp.sender.test", StationKind::Outgoing);
    out.resolver = "dns.sender.test";
    auto dns = station("dns.sender.test", StationKind::Resolver);
    auto home = station("mx.sender.test", StationKind::Incoming);
    home.accepts = {"sender.test"};
    home.deliverTo = "box.sender.test";
    auto homeBox = station("box.sender.test", StationKind::Mailbox);
    homeBox.users = {"alice@sender.test"};
    auto backbone = station("backbone", StationKind::Router);
    auto mx1 = station("mx1.example.org", StationKind::Incoming);
    mx1.accepts = {"example.org"};
    mx1.deliverTo = "box.example.org";
    auto mx2 = mx1;
    mx2.id = "mx2.example.org";
    auto box = station("box.example.org", StationKind::Mailbox);
    box.users = {"bob@example.org", "carol@example.org"};
    auto bob = station("bob", StationKind::Client);
    bob.user = "bob@example.org";
    bob.readFrom = "box.example.org";
    bob.check.protocol = CheckSpec::Protocol::Pop3;
    spec.stations = {alice, out, dns, home, homeBox, backbone, mx1, mx2, box, bob};
    const auto ms = [](int n) { return SimTime::fromMillis(n); };
    spec.roads = {road("alice", "smtp.sender.test", ms(20)),       road("smtp.sender.test", "dns.sender.test", ms(1)),
                  road("smtp.sender.test", "backbone", ms(15)),    road("backbone", "mx1.example.org", ms(25)),
                  road("backbone", "mx2.example.org", ms(40)),     road("mx1.example.org", "box.example.org", ms(1)),
                  road("mx2.example.org", "box.example.org", ms(2)), road("box.example.org", "bob", ms(30)),
                  road("backbone", "mx.sender.test", ms(10)),      road("mx.sender.test", "box.sender.test", ms(1)),
                  road("box.sender.test", "alice", ms(20))};
    return spec;
}

inline GeneratorSpec poisson(double perSecond, SimTime begin, SimTime end)
{
    GeneratorSpec g;
    g.ratePerSecond = perSecond;
    g.from = {"alice@sender.test"};
    g.to = {"bob@example.org"};
    g.begin = begin;
    g.end = end;
    return g;
}

} // namespace postie::testing
