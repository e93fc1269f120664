#pragma once
// Builds small scenarios in code for tests that need no YAML: a writer, a post office, a
// directory, a sorting station and a PO box, joined by roads of a chosen latency.
#include "scenario/scenario_spec.h"

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
