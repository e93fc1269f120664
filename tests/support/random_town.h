#pragma once
// Random but valid towns for property tests: a few writers, post offices, a directory,
// sorting stations and PO boxes for several domains, routers that join every station (and a
// few direct roads between stations, which carry no one else's traffic),
// DNS with equal and unequal preferences, missing A records, a null MX, an A-only domain and
// a domain that does not exist, a domain whose servers answer SERVFAIL, two relays that
// pass letters to each other in a loop, letters and generators to good and bad addresses, devices
// that read by POP3, IMAP or IDLE, and incidents. The same seed gives the same town.
#include "scenario/scenario_spec.h"
#include "sim/random.h"
#include "support/spec_builder.h"

#include <string>
#include <vector>

namespace postie::testing {

class RandomTown {
public:
    explicit RandomTown(std::uint64_t seed) : m_rng(seed * 7919 + 17) {}

    ScenarioSpec build()
    {
        ScenarioSpec spec;
        spec.file = "<random>";
        spec.title = "random town";
        spec.seed = m_rng.next();
        const int outgoing = 1 + int(m_rng.below(2));
        const int domains = 1 + int(m_rng.below(3));
        for (int o = 0; o < outgoing; ++o) {
            auto s = station("out" + std::to_string(o) + ".sender.test", StationKind::Outgoing);
            s.workers = 1 + int(m_rng.below(3));
            s.service = randomService();
            s.retry = randomRetry();
            randomCapacity(s);
            spec.stations.push_back(s);
        }
        auto dns = station("dns.sender.test", StationKind::Resolver);
        dns.lookup = Distribution::constant(SimTime::fromMillis(std::int64_t(m_rng.below(60))));
        spec.stations.push_back(dns);
        // Bounces come home to sender.test unless the town forgot to give it an MX.
        const bool homeMx = m_rng.below(4) != 0;
        auto homeBox = station("box.sender.test", StationKind::Mailbox);
        const int writers = 1 + int(m_rng.below(3));
        for (int c = 0; c < writers; ++c) homeBox.users.push_back(writer(c));
        spec.stations.push_back(homeBox);
        if (homeMx) {
            auto mx = station("mx.sender.test", StationKind::Incoming);
            mx.accepts = {"sender.test"};
            mx.deliverTo = "box.sender.test";
            spec.stations.push_back(mx);
            spec.dns.push_back(mxRecord("sender.test", 10, "mx.sender.test"));
            spec.dns.push_back(aRecord("mx.sender.test", "198.51.100.1"));
        }
        for (int c = 0; c < writers; ++c) {
            auto s = station("writer" + std::to_string(c), StationKind::Client);
            s.user = writer(c);
            s.submitTo = "out" + std::to_string(m_rng.below(std::uint64_t(outgoing))) + ".sender.test";
            if (m_rng.below(2)) {
                s.readFrom = "box.sender.test";
                const auto p = m_rng.below(3);
                s.check.protocol = p == 0 ? CheckSpec::Protocol::Pop3 : p == 1 ? CheckSpec::Protocol::Imap
                                                                               : CheckSpec::Protocol::ImapIdle;
                s.check.every = SimTime::fromSeconds(300 + std::int64_t(m_rng.below(1800)));
            }
            spec.stations.push_back(s);
        }
        for (int d = 0; d < domains; ++d) addDomain(spec, d);
        addOddDomains(spec);
        const int routers = 1 + int(m_rng.below(3));
        for (int r = 0; r < routers; ++r) spec.stations.push_back(station("router" + std::to_string(r), StationKind::Router));
        connect(spec);
        addMail(spec, writers);
        // One letter each into the loop and to the broken domain: enough to cover both, cheap to run.
        spec.letters.push_back(letter(SimTime::fromSeconds(1), {"x@loop.test"}, writer(0)));
        spec.letters.push_back(letter(SimTime::fromSeconds(2), {"x@broken.test"}, writer(0)));
        addIncidents(spec);
        return spec;
    }

private:
    static std::string writer(int c) { return "w" + std::to_string(c) + "@sender.test"; }

    Distribution randomService()
    {
        const auto ms = [](std::uint64_t n) { return SimTime::fromMillis(std::int64_t(n)); };
        switch (m_rng.below(4)) {
        case 0: return Distribution::constant(ms(m_rng.below(50)));
        case 1: return Distribution::exponential(ms(1 + m_rng.below(200)));
        case 2: return Distribution{Distribution::Kind::Uniform, ms(1), ms(2 + m_rng.below(100))};
        default: return Distribution{Distribution::Kind::Lognormal, ms(20 + m_rng.below(100)), ms(m_rng.below(20))};
        }
    }

    RetrySpec randomRetry()
    {
        RetrySpec r;
        switch (m_rng.below(4)) {
        case 0: break;  // postfix
        case 1:
            r.profile = RetrySpec::Profile::Exim;
            r.giveUp = SimTime::fromSeconds(4 * 86400);
            r.connectTimeout = SimTime::fromSeconds(300);
            break;
        case 2:
            r.profile = RetrySpec::Profile::Rfc;
            r.minBackoff = r.maxBackoff = SimTime::fromSeconds(1800);
            r.giveUp = SimTime::fromSeconds(4 * 86400);
            break;
        default:
            r.profile = RetrySpec::Profile::Custom;
            r.minBackoff = SimTime::fromSeconds(30 + std::int64_t(m_rng.below(300)));
            r.maxBackoff = r.minBackoff + SimTime::fromSeconds(std::int64_t(m_rng.below(3000)));
            r.giveUp = SimTime::fromSeconds(600 + std::int64_t(m_rng.below(7200)));
            r.connectTimeout = SimTime::fromSeconds(1 + std::int64_t(m_rng.below(60)));
            r.queueScan = m_rng.below(3) == 0 ? SimTime::fromSeconds(300) : SimTime::zero();
            r.delayWarning = m_rng.below(3) == 0 ? SimTime::fromSeconds(900) : SimTime::zero();
        }
        return r;
    }

    void addDomain(ScenarioSpec& spec, int d)
    {
        const std::string domain = "dom" + std::to_string(d) + ".test";
        auto box = station("box." + domain, StationKind::Mailbox);
        for (int u = 0; u < 3; ++u) {
            box.users.push_back("u" + std::to_string(u) + "@" + domain);
            m_goodRecipients.push_back(box.users.back());
        }
        m_unknownRecipients.push_back("nobody@" + domain);
        if (m_rng.below(4) == 0) box.quotaBytes = 6000 + m_rng.below(8000);
        spec.stations.push_back(box);
        const int mxCount = 1 + int(m_rng.below(3));
        for (int m = 0; m < mxCount; ++m) {
            const std::string host = "mx" + std::to_string(m) + "." + domain;
            auto in = station(host, StationKind::Incoming);
            in.accepts = {domain};
            in.deliverTo = box.id;
            in.workers = 1 + int(m_rng.below(2));
            in.service = randomService();
            in.retry = randomRetry();
            randomCapacity(in);
            spec.stations.push_back(in);
            spec.dns.push_back(mxRecord(domain, int(m_rng.below(3)) * 10, host));
            if (m_rng.below(6) != 0) spec.dns.push_back(aRecord(host, "203.0.113." + std::to_string(10 * d + m + 1)));
        }
    }

    void addOddDomains(ScenarioSpec& spec)
    {
        spec.dns.push_back(mxRecord("nomail.test", 0, ""));  // null MX
        m_unknownRecipients.push_back("x@nomail.test");
        m_unknownRecipients.push_back("x@ghost.test");  // NXDOMAIN
        DnsRecordSpec broken;  // SERVFAIL: deferred until the profile gives up
        broken.name = "broken.test";
        broken.type = DnsRecordSpec::Type::ServFail;
        spec.dns.push_back(broken);
        for (int r = 0; r < 2; ++r) {  // a mail loop, refused at the hop limit
            auto relay = station("relay" + std::to_string(r) + ".loop.test", StationKind::Incoming);
            relay.accepts = {"loop.test"};
            relay.relayTo = "relay" + std::to_string(1 - r) + ".loop.test";
            spec.stations.push_back(relay);
            spec.dns.push_back(aRecord(relay.id, "192.0.2." + std::to_string(210 + r)));
        }
        spec.dns.push_back(mxRecord("loop.test", 10, "relay0.loop.test"));
        if (m_rng.below(2)) {
            // A domain with only an A record: its own implicit MX.
            auto in = station("implicit.test", StationKind::Incoming);
            in.accepts = {"implicit.test"};
            in.deliverTo = "box.implicit.test";
            auto box = station("box.implicit.test", StationKind::Mailbox);
            box.users = {"me@implicit.test"};
            spec.stations.push_back(in);
            spec.stations.push_back(box);
            spec.dns.push_back(aRecord("implicit.test", "192.0.2.200"));
            m_goodRecipients.push_back("me@implicit.test");
        }
    }

    void connect(ScenarioSpec& spec)
    {
        // A random tree of routers, every other station on a road to one of them, then a few
        // extra roads between any two stations.
        const auto n = spec.stations.size();
        std::vector<std::size_t> routers;
        for (std::size_t i = 0; i < n; ++i)
            if (spec.stations[i].kind == StationKind::Router) routers.push_back(i);
        for (std::size_t k = 1; k < routers.size(); ++k) {
            const auto j = routers[std::size_t(m_rng.below(k))];
            spec.roads.push_back(road(spec.stations[j].id, spec.stations[routers[k]].id, latency()));
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (spec.stations[i].kind == StationKind::Router) continue;
            const auto j = routers[std::size_t(m_rng.below(routers.size()))];
            spec.roads.push_back(road(spec.stations[j].id, spec.stations[i].id, latency()));
        }
        const auto extra = m_rng.below(4);
        for (std::uint64_t k = 0; k < extra; ++k) {
            const auto a = std::size_t(m_rng.below(n)), b = std::size_t(m_rng.below(n));
            if (a == b || hasRoad(spec, spec.stations[a].id, spec.stations[b].id)) continue;
            spec.roads.push_back(road(spec.stations[a].id, spec.stations[b].id, latency()));
        }
    }

    static bool hasRoad(const ScenarioSpec& spec, const std::string& a, const std::string& b)
    {
        for (const auto& r : spec.roads)
            if ((r.a == a && r.b == b) || (r.a == b && r.b == a)) return true;
        return false;
    }

    SimTime latency() { return SimTime::fromMicros(std::int64_t(m_rng.below(200000))); }

    // Tight limits now and then, so deferrals from 421, 450 and 452 and lane waits meet
    // every other rule.
    void randomCapacity(StationSpec& s)
    {
        if (m_rng.below(3) == 0) s.destinationConcurrency = 1 + int(m_rng.below(3));
        if (m_rng.below(3) == 0) s.destinationRecipients = 1 + int(m_rng.below(2));
        if (m_rng.below(4) == 0) s.maxConnections = 1 + int(m_rng.below(2));
        if (m_rng.below(4) == 0) s.rateLimitPerSecond = double(1 + m_rng.below(10)) / 60.0;
        if (m_rng.below(4) == 0) s.queueLimit = 1 + int(m_rng.below(3));
    }

    std::string anyRecipient()
    {
        if (m_rng.below(4) == 0) return m_unknownRecipients[m_rng.below(m_unknownRecipients.size())];
        return m_goodRecipients[m_rng.below(m_goodRecipients.size())];
    }

    void addMail(ScenarioSpec& spec, int writers)
    {
        const auto letters = m_rng.below(6);
        for (std::uint64_t i = 0; i < letters; ++i) {
            LetterSpec l = letter(SimTime::fromMillis(std::int64_t(m_rng.below(600000))), {anyRecipient()},
                                  writer(int(m_rng.below(std::uint64_t(writers)))));
            if (m_rng.below(2)) l.cc = {anyRecipient()};
            if (m_rng.below(3) == 0) l.bcc = {anyRecipient()};
            l.sizeBytes = 500 + m_rng.below(5000);
            spec.letters.push_back(l);
        }
        const auto generators = m_rng.below(3);
        for (std::uint64_t g = 0; g < generators; ++g) {
            const SimTime begin = SimTime::fromSeconds(std::int64_t(m_rng.below(300)));
            GeneratorSpec gen = poisson(0.05 + double(m_rng.below(100)) / 100.0, begin,
                                        begin + SimTime::fromSeconds(60 + std::int64_t(m_rng.below(600))));
            gen.from = {writer(int(m_rng.below(std::uint64_t(writers))))};
            gen.to = {anyRecipient(), anyRecipient(), anyRecipient()};
            gen.sizeBytes = 1000 + m_rng.below(3000);
            switch (m_rng.below(4)) {  // the other kinds now and then
            case 0:
                gen.kind = GeneratorSpec::Kind::Burst;
                gen.at = gen.end = begin;
                break;
            case 1:
                gen.kind = GeneratorSpec::Kind::Periodic;
                gen.every = SimTime::fromSeconds(5 + std::int64_t(m_rng.below(60)));
                break;
            default: break;
            }
            spec.generators.push_back(gen);
        }
    }

    void addIncidents(ScenarioSpec& spec)
    {
        const auto count = m_rng.below(5);
        for (std::uint64_t i = 0; i < count; ++i) {
            IncidentSpec inc;
            inc.at = SimTime::fromSeconds(std::int64_t(m_rng.below(900)));
            if (m_rng.below(3) != 0) {
                inc.station = spec.stations[m_rng.below(spec.stations.size())].id;
            } else {
                const auto& r = spec.roads[m_rng.below(spec.roads.size())];
                inc.road = {r.a, r.b};
            }
            inc.goDown = m_rng.below(5) != 0;
            if (m_rng.below(4) != 0) inc.duration = SimTime::fromSeconds(60 + std::int64_t(m_rng.below(7200)));
            spec.incidents.push_back(inc);
        }
    }

    RandomStream m_rng;
    std::vector<std::string> m_goodRecipients;
    std::vector<std::string> m_unknownRecipients;
};

} // namespace postie::testing
