#include "scenario/world_builder.h"

#include "mail/client_station.h"
#include "mail/mail_server.h"
#include "mail/mailbox_store.h"
#include "mail/resolver_station.h"
#include "mail/snooper.h"

namespace postie {
namespace {
// The mail model's part of each spec: the same values without the file position.
template <class Config, class Spec>
std::vector<Config> withoutMarks(const std::vector<Spec>& specs)
{
    return std::vector<Config>(specs.begin(), specs.end());
}
} // namespace

ClientConfig clientConfig(const StationSpec& s)
{
    ClientConfig c;
    c.user = s.user;
    c.writers = s.users;
    c.submitTo = s.submitTo;
    c.authenticates = s.authenticates;
    c.startsTls = s.startsTls;
    c.readFrom = s.readFrom;
    c.check = s.check;
    return c;
}

ServerConfig serverConfig(const StationSpec& s)
{
    ServerConfig c;
    c.resolver = s.resolver;
    c.workers = s.workers;
    c.service = s.service;
    c.retry = s.retry;
    c.destinationConcurrency = s.destinationConcurrency;
    c.destinationRecipients = s.destinationRecipients;
    c.maxConnections = s.maxConnections;
    c.rateLimitPerSecond = s.rateLimitPerSecond;
    c.queueLimit = s.queueLimit;
    c.accepts = s.accepts;
    c.deliverTo = s.deliverTo;
    c.relayTo = s.relayTo;
    c.dkimDomain = s.dkimDomain;
    c.dkimSelector = s.dkimSelector;
    c.dkimKey = s.dkimKey;
    c.authenticate = s.authenticate;
    c.rejectSpfFail = s.spfFail == "reject";
    c.greylist = s.greylist;
    c.dmarcReports = s.dmarcReports;
    c.spamFilter = s.spamFilter;
    c.openRelay = s.openRelay;
    c.listMembers = s.listMembers;
    c.listTag = s.listTag;
    c.listFooter = s.listFooter;
    c.listMungeFrom = s.listMungeFrom;
    c.greylistDelay = s.greylistDelay;
    for (TlsMode m : {TlsMode::None, TlsMode::Offer, TlsMode::Require, TlsMode::Implicit})
        if (s.tls == tlsModeName(m)) c.tls = m;
    return c;
}

MailboxConfig mailboxConfig(const StationSpec& s)
{
    MailboxConfig c;
    c.users = s.users;
    c.quotaBytes = s.quotaBytes;
    c.workers = s.workers;
    c.service = s.service;
    return c;
}

ResolverConfig resolverConfig(const StationSpec& s)
{
    ResolverConfig c;
    c.lookup = s.lookup;
    return c;
}

std::vector<DnsRecord> dnsRecords(const ScenarioSpec& spec) { return withoutMarks<DnsRecord>(spec.dns); }

std::vector<ScheduledLetter> scheduledLetters(const ScenarioSpec& spec)
{
    return withoutMarks<ScheduledLetter>(spec.letters);
}

std::vector<GeneratorConfig> generatorConfigs(const ScenarioSpec& spec)
{
    return withoutMarks<GeneratorConfig>(spec.generators);
}

std::vector<Incident> incidents(const ScenarioSpec& spec) { return withoutMarks<Incident>(spec.incidents); }

std::unique_ptr<World> buildWorld(const ScenarioSpec& spec, std::uint64_t seed)
{
    auto world = std::make_unique<World>(seed, spec.startEpochSeconds);
    World& w = *world;
    for (const auto& s : spec.stations) {
        switch (s.kind) {
        case StationKind::Client: w.addStation<ClientStation>(s.id, clientConfig(s)); break;
        case StationKind::Outgoing: w.addStation<OutgoingServer>(s.id, serverConfig(s)); break;
        case StationKind::Resolver: w.addStation<ResolverStation>(s.id, resolverConfig(s)); break;
        case StationKind::Incoming: w.addStation<IncomingServer>(s.id, serverConfig(s)); break;
        case StationKind::Mailbox: w.addStation<MailboxStore>(s.id, mailboxConfig(s)); break;
        case StationKind::Router: w.addStation<Station>(s.id); break;
        case StationKind::Snooper: w.addStation<Snooper>(s.id, SnooperConfig{s.stripStartTls}); break;
        }
    }
    w.finishBuilding(dnsRecords(spec));
    for (const auto& r : spec.roads) {
        Station* a = w.findStation(r.a);
        Station* b = w.findStation(r.b);
        if (a && b) w.roads().addRoad(a->index(), b->index(), r.latency);
    }
    return world;
}

} // namespace postie
