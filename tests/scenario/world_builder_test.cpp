// The world builder hands each station the part of its StationSpec that its kind uses, and
// builds the stations, roads and DNS of a run from a scenario.
#include "scenario/world_builder.h"

#include "mail/client_station.h"
#include "mail/mail_server.h"
#include "mail/mailbox_store.h"
#include "support/spec_builder.h"

#include <gtest/gtest.h>

namespace postie {
namespace {

using namespace postie::testing;

TEST(WorldBuilder, AServerGetsItsQueueRetryLimitsAndWhereItsMailGoes)
{
    StationSpec s = station("mx1.example.org", StationKind::Incoming);
    s.resolver = "dns";
    s.workers = 3;
    s.service = Distribution::constant(SimTime::fromMillis(7));
    s.retry = retryProfile(RetryConfig::Profile::Exim);
    s.destinationConcurrency = 4;
    s.destinationRecipients = 9;
    s.maxConnections = 5;
    s.rateLimitPerSecond = 2.5;
    s.queueLimit = 11;
    s.accepts = {"example.org"};
    s.deliverTo = "box";
    s.relayTo = "smarthost";
    const ServerConfig c = serverConfig(s);
    EXPECT_EQ(c.resolver, "dns");
    EXPECT_EQ(c.workers, 3);
    EXPECT_EQ(c.service.a, SimTime::fromMillis(7));
    EXPECT_EQ(c.retry.profile, RetryConfig::Profile::Exim);
    EXPECT_EQ(c.retry.giveUp, retryProfile(RetryConfig::Profile::Exim).giveUp);
    EXPECT_EQ(c.destinationConcurrency, 4);
    EXPECT_EQ(c.destinationRecipients, 9);
    EXPECT_EQ(c.maxConnections, 5);
    EXPECT_EQ(c.rateLimitPerSecond, 2.5);
    EXPECT_EQ(c.queueLimit, 11);
    EXPECT_EQ(c.accepts, std::vector<std::string>{"example.org"});
    EXPECT_EQ(c.deliverTo, "box");
    EXPECT_EQ(c.relayTo, "smarthost");
}

TEST(WorldBuilder, AClientWritesForItsUsersAndReadsItsOwnMail)
{
    StationSpec s = station("phones", StationKind::Client);
    s.user = "user1@example.org";
    s.users = {"user1@example.org", "user2@example.org"};
    s.submitTo = "smtp";
    s.authenticates = false;
    s.readFrom = "box";
    s.check.protocol = CheckSpec::Protocol::Pop3;
    s.check.leaveOnServer = true;
    const ClientConfig c = clientConfig(s);
    EXPECT_EQ(c.user, "user1@example.org");
    EXPECT_EQ(c.writers, s.users);
    EXPECT_EQ(c.submitTo, "smtp");
    EXPECT_FALSE(c.authenticates);
    EXPECT_EQ(c.readFrom, "box");
    EXPECT_EQ(c.check.protocol, MailCheck::Protocol::Pop3);
    EXPECT_TRUE(c.check.leaveOnServer);
}

TEST(WorldBuilder, AMailboxStoreGetsItsUsersQuotaAndClerks)
{
    StationSpec s = station("box", StationKind::Mailbox);
    s.users = {"bob@example.org"};
    s.quotaBytes = 1000;
    s.workers = 2;
    s.service = Distribution::exponential(SimTime::fromMillis(3));
    const MailboxConfig c = mailboxConfig(s);
    EXPECT_EQ(c.users, s.users);
    EXPECT_EQ(c.quotaBytes, 1000u);
    EXPECT_EQ(c.workers, 2);
    EXPECT_EQ(c.service.kind, Distribution::Kind::Exponential);
}

TEST(WorldBuilder, TheSpecsDefaultsAreTheMailModels)
{
    const StationSpec s;
    const ServerConfig server;
    EXPECT_EQ(serverConfig(s).retry.minBackoff, retryProfile(RetryConfig::Profile::Postfix).minBackoff);
    EXPECT_EQ(serverConfig(s).destinationConcurrency, server.destinationConcurrency);
    EXPECT_EQ(serverConfig(s).destinationRecipients, server.destinationRecipients);
    EXPECT_EQ(resolverConfig(s).lookup.a, ResolverConfig{}.lookup.a);
    EXPECT_TRUE(clientConfig(s).authenticates);
}

TEST(WorldBuilder, BuildsEveryStationOfItsKindWithItsRoadsAndDns)
{
    const ScenarioSpec spec = simpleChain(SimTime::fromMillis(10));
    const auto world = buildWorld(spec, 7);
    ASSERT_EQ(world->stations().size(), spec.stations.size());
    for (std::size_t i = 0; i < spec.stations.size(); ++i) {
        EXPECT_EQ(world->station(std::uint32_t(i)).id(), spec.stations[i].id);
        EXPECT_EQ(world->station(std::uint32_t(i)).kind(), spec.stations[i].kind);
    }
    EXPECT_NE(dynamic_cast<ClientStation*>(world->findStation("alice")), nullptr);
    EXPECT_NE(dynamic_cast<OutgoingServer*>(world->findStation("smtp.sender.test")), nullptr);
    EXPECT_NE(dynamic_cast<MailboxStore*>(world->findStation("box.example.org")), nullptr);
    EXPECT_EQ(world->seed(), 7u);
    EXPECT_EQ(world->roads().roads().size(), spec.roads.size());
    const DnsAnswer mx = world->dns().lookup("example.org", DnsType::MX);
    ASSERT_EQ(mx.records.size(), 1u);
    EXPECT_EQ(mx.records.front().host, "mx1.example.org");
}

} // namespace
} // namespace postie
