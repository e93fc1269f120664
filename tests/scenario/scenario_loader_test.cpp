// The scenario loader: good files land in the spec field by field; bad input of every shape
// (empty, binary, huge, deeply nested, missing, mangled) gives a clear error and never a crash.
#include "scenario/scenario_loader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include <unistd.h>

namespace postie {
namespace {

namespace fs = std::filesystem;

std::string dataPath(const std::string& name) { return std::string(POSTIE_TEST_DATA_DIR) + "/" + name; }

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string allErrors(const LoadResult& r)
{
    std::string out;
    for (const auto& e : r.errors) out += e.format() + "\n";
    return out;
}

// A folder of its own under the test temp dir, removed at the end.
class TempDir {
public:
    TempDir()
    {
        m_path = fs::path(::testing::TempDir()) /
                 ("postie_loader_" + std::to_string(::getpid()) + "_" +
                  ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(m_path);
    }
    ~TempDir()
    {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    std::string write(const std::string& name, const std::string& bytes) const
    {
        const fs::path p = m_path / name;
        std::ofstream(p, std::ios::binary) << bytes;
        return p.string();
    }

private:
    fs::path m_path;
};

const char* const kEveryKey = R"~(format: postie/1
title: Every key
summary: One of each.
seed: 18446744073709551615
start: 2010-07-14T09:00:00Z
until: 2h

dns:
  - {name: Example.ORG., type: MX, preference: 10, host: MX1.example.org, ttl: 30m}
  - {name: example.org, type: mx, preference: 20, host: mx2.example.org}
  - {name: mx1.example.org, type: A, address: 203.0.113.25}
  - {name: nomail.example, type: MX, preference: 0, host: .}

stations:
  - id: alice
    kind: client
    label: "Alice's laptop"
    group: sender.test
    position: [80, -320.5]
    user: Alice@Sender.TEST
    submit_to: smtp.sender.test
    read_from: imap.sender.test
    check: {protocol: pop3, every: 5m}
  - {id: bob, kind: client, user: bob@example.org, read_from: box.example.org, check: {protocol: imap-idle}}
  - {id: smtp.sender.test, kind: outgoing, resolver: dns.sender.test, workers: 4, service: exp(5ms), retry: exim}
  - {id: dns.sender.test, kind: resolver, lookup: "uniform(10ms, 50ms)"}
  - {id: mx1.example.org, kind: incoming, accepts: [Example.org, example.net], deliver_to: box.example.org,
     workers: 2, service: "lognormal(20ms, 5ms)",
     retry: {min: 1m, max: 10m, give_up: 1d, connect_timeout: 10s}}
  - {id: box.example.org, kind: mailbox, users: [bob@example.org, Carol@Example.org], quota: 50MB, workers: 3, service: 2ms}
  - {id: imap.sender.test, kind: mailbox, users: [alice@sender.test]}
  - {id: backbone, kind: router}

roads:
  - {between: [alice, smtp.sender.test], latency: 20ms}
  - {between: [smtp.sender.test, backbone], latency: 1.5ms}
  - {between: [backbone, mx1.example.org], latency: 25ms}

mail:
  - {at: 1s, from: alice@sender.test, to: Bob@Example.org, cc: [carol@example.org], bcc: [dave@example.net],
     subject: "Lunch?", size: 12KB}
  - {generate: poisson, rate: 30/h, from: [alice@sender.test], to: [bob@example.org, carol@example.org],
     between: [10m, 1h], size: 1MB, subject: Report}
  - {generate: poisson, rate: 2/min, from: alice@sender.test, to: bob@example.org}

incidents:
  - {at: 5m, station: mx1.example.org, go: down, for: 20m}
  - {at: 40m, road: [mx1.example.org, backbone], go: up}
)~";

TEST(ScenarioLoader, LoadsTheExampleFromTheDesignWithoutErrors)
{
    const LoadResult r = loadScenarioFile(dataPath("design_example.yaml"));
    ASSERT_TRUE(r.ok()) << allErrors(r);
    EXPECT_EQ(r.spec->title, "Your first email");
    EXPECT_EQ(r.spec->stations.size(), 9u);
    EXPECT_EQ(r.spec->roads.size(), 9u);
    EXPECT_EQ(r.spec->dns.size(), 4u);
    EXPECT_EQ(r.spec->letters.size(), 1u);
    EXPECT_EQ(r.spec->generators.size(), 1u);
    EXPECT_EQ(r.spec->incidents.size(), 2u);
    EXPECT_EQ(r.spec->file, dataPath("design_example.yaml"));
}

TEST(ScenarioLoader, PutsEveryFieldIntoTheSpec)
{
    const LoadResult r = loadScenarioText(kEveryKey, "every.yaml");
    ASSERT_TRUE(r.ok()) << allErrors(r);
    const ScenarioSpec& s = *r.spec;
    EXPECT_EQ(s.file, "every.yaml");
    EXPECT_EQ(s.format, "postie/1");
    EXPECT_EQ(s.title, "Every key");
    EXPECT_EQ(s.summary, "One of each.");
    EXPECT_EQ(s.seed, 18446744073709551615ull);
    EXPECT_EQ(s.startEpochSeconds, 1279098000);
    EXPECT_EQ(s.until, SimTime::fromSeconds(7200));

    ASSERT_EQ(s.dns.size(), 4u);
    EXPECT_EQ(s.dns[0].name, "example.org");  // lower case, no trailing dot
    EXPECT_EQ(s.dns[0].type, DnsRecordSpec::Type::MX);
    EXPECT_EQ(s.dns[0].preference, 10);
    EXPECT_EQ(s.dns[0].host, "mx1.example.org");
    EXPECT_EQ(s.dns[0].ttl, SimTime::fromSeconds(1800));
    EXPECT_EQ(s.dns[0].mark.line, 9);
    EXPECT_EQ(s.dns[0].mark.column, 5);
    EXPECT_EQ(s.dns[1].type, DnsRecordSpec::Type::MX);
    EXPECT_EQ(s.dns[1].ttl, SimTime::fromSeconds(3600));  // the default
    EXPECT_EQ(s.dns[2].type, DnsRecordSpec::Type::A);
    EXPECT_EQ(s.dns[2].address, "203.0.113.25");
    EXPECT_EQ(s.dns[3].host, "");  // a null MX

    ASSERT_EQ(s.stations.size(), 8u);
    const StationSpec& alice = s.stations[0];
    EXPECT_EQ(alice.id, "alice");
    EXPECT_EQ(alice.kind, StationKind::Client);
    EXPECT_EQ(alice.label, "Alice's laptop");
    EXPECT_EQ(alice.group, "sender.test");
    ASSERT_TRUE(alice.position.has_value());
    EXPECT_DOUBLE_EQ(alice.position->first, 80);
    EXPECT_DOUBLE_EQ(alice.position->second, -320.5);
    EXPECT_EQ(alice.user, "alice@sender.test");
    EXPECT_EQ(alice.submitTo, "smtp.sender.test");
    EXPECT_EQ(alice.readFrom, "imap.sender.test");
    EXPECT_EQ(alice.check.protocol, CheckSpec::Protocol::Pop3);
    EXPECT_EQ(alice.check.every, SimTime::fromSeconds(300));
    EXPECT_EQ(alice.mark.line, 15);
    EXPECT_EQ(s.stations[1].check.protocol, CheckSpec::Protocol::ImapIdle);

    const StationSpec& smtp = s.stations[2];
    EXPECT_EQ(smtp.kind, StationKind::Outgoing);
    EXPECT_EQ(smtp.resolver, "dns.sender.test");
    EXPECT_EQ(smtp.workers, 4);
    EXPECT_EQ(smtp.service.kind, Distribution::Kind::Exponential);
    EXPECT_EQ(smtp.service.a, SimTime::fromMillis(5));
    EXPECT_EQ(smtp.retry.profile, RetrySpec::Profile::Exim);
    EXPECT_EQ(smtp.retry.giveUp, SimTime::fromSeconds(4 * 86400));
    EXPECT_EQ(smtp.retry.connectTimeout, SimTime::fromSeconds(300));

    const StationSpec& dns = s.stations[3];
    EXPECT_EQ(dns.kind, StationKind::Resolver);
    EXPECT_EQ(dns.lookup.kind, Distribution::Kind::Uniform);
    EXPECT_EQ(dns.lookup.b, SimTime::fromMillis(50));

    const StationSpec& mx = s.stations[4];
    EXPECT_EQ(mx.kind, StationKind::Incoming);
    EXPECT_EQ(mx.accepts, (std::vector<std::string>{"example.org", "example.net"}));
    EXPECT_EQ(mx.deliverTo, "box.example.org");
    EXPECT_EQ(mx.workers, 2);
    EXPECT_EQ(mx.service.kind, Distribution::Kind::Lognormal);
    EXPECT_EQ(mx.retry.profile, RetrySpec::Profile::Custom);
    EXPECT_EQ(mx.retry.minBackoff, SimTime::fromSeconds(60));
    EXPECT_EQ(mx.retry.maxBackoff, SimTime::fromSeconds(600));
    EXPECT_EQ(mx.retry.giveUp, SimTime::fromSeconds(86400));
    EXPECT_EQ(mx.retry.connectTimeout, SimTime::fromSeconds(10));
    EXPECT_TRUE(mx.resolver.empty());  // the nearest one

    const StationSpec& box = s.stations[5];
    EXPECT_EQ(box.kind, StationKind::Mailbox);
    EXPECT_EQ(box.users, (std::vector<std::string>{"bob@example.org", "carol@example.org"}));
    EXPECT_EQ(box.quotaBytes, 50u * 1024 * 1024);
    EXPECT_EQ(box.workers, 3);
    EXPECT_EQ(box.service.kind, Distribution::Kind::Constant);
    EXPECT_EQ(box.service.a, SimTime::fromMillis(2));
    EXPECT_EQ(s.stations[6].quotaBytes, 0u);  // no limit
    EXPECT_EQ(s.stations[7].kind, StationKind::Router);
    EXPECT_EQ(s.stations[7].workers, 1);
    EXPECT_TRUE(s.stations[7].service.isZero());

    ASSERT_EQ(s.roads.size(), 3u);
    EXPECT_EQ(s.roads[0].a, "alice");
    EXPECT_EQ(s.roads[0].b, "smtp.sender.test");
    EXPECT_EQ(s.roads[0].latency, SimTime::fromMillis(20));
    EXPECT_EQ(s.roads[1].latency, SimTime::fromMicros(1500));
    EXPECT_EQ(s.roads[2].mark.line, 37);

    ASSERT_EQ(s.letters.size(), 1u);
    const LetterSpec& letter = s.letters[0];
    EXPECT_EQ(letter.at, SimTime::fromSeconds(1));
    EXPECT_EQ(letter.from, "alice@sender.test");
    EXPECT_EQ(letter.to, (std::vector<std::string>{"bob@example.org"}));
    EXPECT_EQ(letter.cc, (std::vector<std::string>{"carol@example.org"}));
    EXPECT_EQ(letter.bcc, (std::vector<std::string>{"dave@example.net"}));
    EXPECT_EQ(letter.subject, "Lunch?");
    EXPECT_EQ(letter.sizeBytes, 12u * 1024);

    ASSERT_EQ(s.generators.size(), 2u);
    const GeneratorSpec& g = s.generators[0];
    EXPECT_EQ(g.kind, GeneratorSpec::Kind::Poisson);
    EXPECT_DOUBLE_EQ(g.ratePerSecond, 30.0 / 3600);
    EXPECT_EQ(g.from, (std::vector<std::string>{"alice@sender.test"}));
    EXPECT_EQ(g.to, (std::vector<std::string>{"bob@example.org", "carol@example.org"}));
    EXPECT_EQ(g.begin, SimTime::fromSeconds(600));
    EXPECT_EQ(g.end, SimTime::fromSeconds(3600));
    EXPECT_EQ(g.sizeBytes, 1024u * 1024);
    EXPECT_EQ(g.subject, "Report");
    // without between, a generator runs from 0s to until; single addresses are lists of one
    EXPECT_EQ(s.generators[1].begin, SimTime::zero());
    EXPECT_EQ(s.generators[1].end, SimTime::fromSeconds(7200));
    EXPECT_EQ(s.generators[1].from, (std::vector<std::string>{"alice@sender.test"}));
    EXPECT_EQ(s.generators[1].sizeBytes, 4096u);

    ASSERT_EQ(s.incidents.size(), 2u);
    EXPECT_EQ(s.incidents[0].at, SimTime::fromSeconds(300));
    EXPECT_EQ(s.incidents[0].station, "mx1.example.org");
    EXPECT_TRUE(s.incidents[0].goDown);
    EXPECT_EQ(s.incidents[0].duration, SimTime::fromSeconds(1200));
    EXPECT_EQ(s.incidents[1].road, (std::pair<std::string, std::string>{"mx1.example.org", "backbone"}));
    EXPECT_FALSE(s.incidents[1].goDown);
    EXPECT_FALSE(s.incidents[1].duration.has_value());
}

TEST(ScenarioLoader, FillsEachRetryProfileWithItsTimes)
{
    auto load = [](const std::string& retry) {
        const std::string text = "format: postie/1\nstations:\n  - {id: s, kind: outgoing, retry: " + retry + "}\n";
        const LoadResult r = loadScenarioText(text, "retry.yaml");
        EXPECT_TRUE(r.ok()) << allErrors(r);
        return r.ok() ? r.spec->stations[0].retry : RetrySpec{};
    };
    const RetrySpec postfix = load("postfix");
    EXPECT_EQ(postfix.profile, RetrySpec::Profile::Postfix);
    EXPECT_EQ(postfix.minBackoff, SimTime::fromSeconds(300));
    EXPECT_EQ(postfix.maxBackoff, SimTime::fromSeconds(4000));
    EXPECT_EQ(postfix.giveUp, SimTime::fromSeconds(5 * 86400));
    EXPECT_EQ(postfix.connectTimeout, SimTime::fromSeconds(30));
    const RetrySpec exim = load("exim");
    EXPECT_EQ(exim.profile, RetrySpec::Profile::Exim);
    EXPECT_EQ(exim.minBackoff, SimTime::fromSeconds(15 * 60));
    EXPECT_EQ(exim.maxBackoff, SimTime::fromSeconds(6 * 3600));
    EXPECT_EQ(exim.giveUp, SimTime::fromSeconds(4 * 86400));
    EXPECT_EQ(exim.connectTimeout, SimTime::fromSeconds(300));
    const RetrySpec rfc = load("rfc");
    EXPECT_EQ(rfc.profile, RetrySpec::Profile::Rfc);
    EXPECT_EQ(rfc.minBackoff, SimTime::fromSeconds(1800));
    EXPECT_EQ(rfc.maxBackoff, SimTime::fromSeconds(1800));
    EXPECT_EQ(rfc.giveUp, SimTime::fromSeconds(4 * 86400));
    const RetrySpec custom = load("{give_up: 2h}");  // the rest as Postfix
    EXPECT_EQ(custom.profile, RetrySpec::Profile::Custom);
    EXPECT_EQ(custom.giveUp, SimTime::fromSeconds(7200));
    EXPECT_EQ(custom.minBackoff, SimTime::fromSeconds(300));
    EXPECT_EQ(custom.connectTimeout, SimTime::fromSeconds(30));
    const RetrySpec tuned = load("{profile: exim, queue_scan: 300s, delay_warning: 4h}");
    EXPECT_EQ(tuned.profile, RetrySpec::Profile::Exim);
    EXPECT_EQ(tuned.giveUp, SimTime::fromSeconds(4 * 86400));
    EXPECT_EQ(tuned.queueScan, SimTime::fromSeconds(300));
    EXPECT_EQ(tuned.delayWarning, SimTime::fromSeconds(4 * 3600));
    EXPECT_EQ(postfix.queueScan, SimTime::fromSeconds(300));  // Postfix's queue_run_delay
    EXPECT_EQ(exim.queueScan, SimTime::zero());                // Exim's queue runner is a daemon option
    EXPECT_EQ(rfc.queueScan, SimTime::zero());
    EXPECT_EQ(custom.queueScan, SimTime::fromSeconds(300));    // the rest as Postfix
    EXPECT_EQ(load("{profile: postfix, queue_scan: 0s}").queueScan, SimTime::zero());  // the idealised schedule
    EXPECT_EQ(postfix.delayWarning, SimTime::zero());
}

TEST(ScenarioLoader, ReadsAClientsLoginAndItsWayOfCheckingMail)
{
    const std::string text = "format: postie/1\nstations:\n"
                             "  - {id: box, kind: mailbox, users: [a@b.test]}\n"
                             "  - {id: phone, kind: client, user: a@b.test, read_from: box, auth: false,\n"
                             "     check: {protocol: imap, every: 4m}}\n";
    const LoadResult r = loadScenarioText(text, "client.yaml");
    ASSERT_TRUE(r.ok()) << allErrors(r);
    const StationSpec& phone = r.spec->stations[1];
    EXPECT_FALSE(phone.authenticates);
    EXPECT_EQ(phone.check.protocol, CheckSpec::Protocol::Imap);
    EXPECT_EQ(phone.check.every, SimTime::fromSeconds(240));
    const LoadResult bad = loadScenarioText("format: postie/1\nstations:\n  - {id: p, kind: client, user: a@b.test, auth: maybe}\n",
                                            "auth.yaml");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.errors.front().line, 3);
}

TEST(ScenarioLoader, ReadsANameWhoseServersAreBrokenAsASingleServFailEntry)
{
    const std::string text = "format: postie/1\ndns:\n"
                             "  - {name: Broken.TEST., type: servfail}\n"
                             "stations:\n  - {id: a, kind: router}\n";
    const LoadResult r = loadScenarioText(text, "servfail.yaml");
    ASSERT_TRUE(r.ok()) << allErrors(r);
    ASSERT_EQ(r.spec->dns.size(), 1u);
    EXPECT_EQ(r.spec->dns[0].name, "broken.test");
    EXPECT_EQ(r.spec->dns[0].type, DnsRecordSpec::Type::ServFail);
    EXPECT_EQ(r.spec->dns[0].mark.line, 3);
}

TEST(ScenarioLoader, ReadsAnIncomingStationThatRelaysInsteadOfStoring)
{
    const std::string text = "format: postie/1\nstations:\n"
                             "  - {id: mx.example.org, kind: incoming, accepts: [example.org], relay_to: gw.example.org}\n"
                             "  - {id: gw.example.org, kind: incoming, accepts: [example.org], deliver_to: box}\n"
                             "  - {id: box, kind: mailbox, users: [bob@example.org]}\n";
    const LoadResult r = loadScenarioText(text, "relay.yaml");
    ASSERT_TRUE(r.ok()) << allErrors(r);
    EXPECT_EQ(r.spec->stations[0].relayTo, "gw.example.org");
    EXPECT_TRUE(r.spec->stations[0].deliverTo.empty());
    EXPECT_TRUE(r.spec->stations[1].relayTo.empty());
}

TEST(ScenarioLoader, ReportsAnUnknownKeyWithASuggestion)
{
    const LoadResult r = loadScenarioText("format: postie/1\nstations:\n  - {id: s, kind: outgoing, worker: 4}\n", "f.yaml");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].format(), "f.yaml:3:29: error: unknown key 'worker' in an outgoing station; did you mean 'workers'?");
}

TEST(ScenarioLoader, NamesTheKeysThereAreWhenNothingIsClose)
{
    const LoadResult r = loadScenarioText("format: postie/1\nstations:\n  - {id: s, kind: router, colour: red}\n", "f.yaml");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].text, "unknown key 'colour' in a router station; the keys there are id, kind, label, group "
                                "and position");
}

TEST(ScenarioLoader, ReportsErrorsSortedByLineAndColumn)
{
    const LoadResult r = loadScenarioText("format: postie/1\n"
                                          "stations:\n"
                                          "  - {id: a, kind: client, user: a@x.org, submit_to: zzz}\n"
                                          "  - {id: b, kind: routr}\n"
                                          "until: 30\n",
                                          "f.yaml");
    ASSERT_EQ(r.errors.size(), 3u) << allErrors(r);
    for (std::size_t i = 1; i < r.errors.size(); ++i)
        EXPECT_LT(r.errors[i - 1].line, r.errors[i].line) << allErrors(r);
}

TEST(ScenarioLoader, CountsWorkersAndOtherLimitsAtTheirBoundaries)
{
    auto errors = [](const std::string& station) {
        return loadScenarioText("format: postie/1\nstations:\n  - " + station + "\n", "f.yaml").errors.size();
    };
    EXPECT_EQ(errors("{id: s, kind: outgoing, workers: 1}"), 0u);
    EXPECT_EQ(errors("{id: s, kind: outgoing, workers: 10000}"), 0u);
    EXPECT_EQ(errors("{id: s, kind: outgoing, workers: 0}"), 1u);
    EXPECT_EQ(errors("{id: s, kind: outgoing, workers: 10001}"), 1u);
    EXPECT_EQ(errors("{id: s, kind: outgoing, workers: 2.5}"), 1u);
    EXPECT_EQ(errors("{id: s, kind: outgoing, workers: 99999999999999999999999}"), 1u);
    EXPECT_EQ(errors("{id: s, kind: outgoing, service: 1h}"), 0u);
    EXPECT_EQ(errors("{id: s, kind: outgoing, service: 61m}"), 1u);
    EXPECT_EQ(errors("{id: s, kind: mailbox, users: [a@b.org], quota: 1TB}"), 0u);
    EXPECT_EQ(errors("{id: s, kind: mailbox, users: [a@b.org], quota: 2TB}"), 1u);
    EXPECT_EQ(errors("{id: s, kind: mailbox, users: [a@b.org, A@B.org]}"), 1u);  // the same user twice
    EXPECT_EQ(errors("{id: s, kind: router, position: [1000000, -1000000]}"), 0u);
    EXPECT_EQ(errors("{id: s, kind: router, position: [1000001, 0]}"), 1u);
    EXPECT_EQ(errors("{id: s, kind: router, position: [1, 2, 3]}"), 1u);
    EXPECT_EQ(errors("{id: 'my box', kind: router}"), 1u);
}

TEST(ScenarioLoader, ChecksTheStartTimeAsARealUtcDate)
{
    auto startOf = [](const std::string& start) {
        return loadScenarioText("format: postie/1\nstart: " + start + "\nstations: [{id: a, kind: router}]\n", "f.yaml");
    };
    EXPECT_EQ(startOf("1970-01-01T00:00:00Z").spec->startEpochSeconds, 0);
    EXPECT_EQ(startOf("2000-02-29T23:59:59Z").spec->startEpochSeconds, 951868799);
    EXPECT_EQ(startOf("2010-07-14T09:00:00+00:00").spec->startEpochSeconds, 1279098000);
    EXPECT_EQ(startOf("2001-02-29T00:00:00Z").errors[0].text,
              "start '2001-02-29T00:00:00Z' has no day 29 in that month");
    EXPECT_EQ(startOf("2010-07-14T09:00:00+02:00").errors[0].text,
              "start '2010-07-14T09:00:00+02:00' is not in UTC; write the time in UTC ending in Z, like "
              "2010-07-14T09:00:00Z");
    EXPECT_EQ(startOf("1969-12-31T23:59:59Z").errors.size(), 1u);
    EXPECT_EQ(startOf("2010-07-14T24:00:00Z").errors.size(), 1u);
}

TEST(ScenarioLoader, AcceptsAQuotedDistributionInAFlowMap)
{
    const LoadResult r = loadScenarioText(
        "format: postie/1\nstations:\n  - {id: s, kind: outgoing, service: \"uniform(1ms, 3ms)\"}\n", "f.yaml");
    ASSERT_TRUE(r.ok()) << allErrors(r);
    EXPECT_EQ(r.spec->stations[0].service.kind, Distribution::Kind::Uniform);
}

TEST(ScenarioLoader, RefusesAGeneratorWithoutATimeWindowWhenThereIsNoUntil)
{
    const LoadResult r = loadScenarioText("format: postie/1\n"
                                          "stations:\n"
                                          "  - {id: a, kind: client, user: a@x.org, submit_to: s}\n"
                                          "  - {id: s, kind: outgoing}\n"
                                          "mail:\n"
                                          "  - {generate: poisson, rate: 1/s, from: a@x.org, to: b@y.org}\n",
                                          "f.yaml");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].format(), "f.yaml:6:5: error: a mail generator needs 'between', like between: [0s, 1h], "
                                    "when the scenario has no until");
}

TEST(ScenarioLoader, RefusesAnEmptyFile)
{
    for (const char* text : {"", "\n\n", "# only a comment\n", "   \n# x\n"}) {
        const LoadResult r = loadScenarioText(text, "empty.yaml");
        ASSERT_EQ(r.errors.size(), 1u);
        EXPECT_EQ(r.errors[0].format(), "empty.yaml:1:1: error: the file is empty; a scenario starts with format: postie/1");
    }
}

TEST(ScenarioLoader, RefusesABinaryFileWithOneErrorAtTheTop)
{
    TempDir dir;
    std::string bytes = "format: postie/1\nstations: []\n";
    bytes += std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    const std::string path = dir.write("picture.yaml", bytes);
    const LoadResult r = loadScenarioFile(path);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].format(), path + ":1:1: error: this is not a text file (it holds a NUL byte at byte 38); a "
                                           "scenario must be plain UTF-8 text");

    const LoadResult latin1 = loadScenarioText("format: postie/1\ntitle: caf\xE9\n", "latin1.yaml");
    ASSERT_EQ(latin1.errors.size(), 1u);
    EXPECT_EQ(latin1.errors[0].format(), "latin1.yaml:1:1: error: this is not a text file (byte 27 is not valid UTF-8); "
                                         "a scenario must be plain UTF-8 text");

    const std::string withNul = dir.write("nul.yaml", std::string("format: postie/1\n\0x", 19));
    const LoadResult n = loadScenarioFile(withNul);
    ASSERT_EQ(n.errors.size(), 1u);
    EXPECT_EQ(n.errors[0].format(), withNul + ":1:1: error: this is not a text file (it holds a NUL byte at byte 17); "
                                              "a scenario must be plain UTF-8 text");

    const LoadResult utf16 = loadScenarioText(std::string("\xFF\xFE" "f\0o\0", 6), "u16.yaml");
    ASSERT_EQ(utf16.errors.size(), 1u);
    EXPECT_EQ(utf16.errors[0].text, "the file is saved as UTF-16; save it as UTF-8 text");
}

TEST(ScenarioLoader, AcceptsUtf8TextAndAByteOrderMark)
{
    const LoadResult r = loadScenarioText("\xEF\xBB\xBF" "format: postie/1\ntitle: Caf\xC3\xA9 \xE2\x9C\x89\n"
                                          "stations: [{id: a, kind: router, label: \"Z\xC3\xBCrich\"}]\n",
                                          "bom.yaml");
    ASSERT_TRUE(r.ok()) << allErrors(r);
    EXPECT_EQ(r.spec->title, "Caf\xC3\xA9 \xE2\x9C\x89");
}

TEST(ScenarioLoader, ReadsTheTitleAndSummaryInEachLanguageGiven)
{
    const LoadResult r = loadScenarioText(
        "format: postie/1\n"
        "title: {en: \"Your first email\", de: \"Deine erste E-Mail\", fr: \"Votre premier e-mail\"}\n"
        "summary:\n  de: \"Alice schreibt Bob.\"\n  en: \"Alice writes to Bob.\"\n"
        "stations: [{id: a, kind: router}]\n",
        "titled.yaml");
    ASSERT_TRUE(r.ok()) << allErrors(r);
    // What postie-cli and its worksheets print: the English, as with a plain string.
    EXPECT_EQ(r.spec->title, "Your first email");
    EXPECT_EQ(r.spec->summary, "Alice writes to Bob.");
    // What the app shows: the title in its language.
    EXPECT_EQ(r.spec->titleIn("de"), "Deine erste E-Mail");
    EXPECT_EQ(r.spec->titleIn("fr"), "Votre premier e-mail");
    EXPECT_EQ(r.spec->titleIn("en"), "Your first email");
    EXPECT_EQ(r.spec->summaryIn("de"), "Alice schreibt Bob.");
    EXPECT_EQ(r.spec->summaryIn("fr"), "Alice writes to Bob.") << "not given in French: the English";

    // Without English, the first language given is the one printed.
    const LoadResult german =
        loadScenarioText("format: postie/1\ntitle: {de: Hallo, fr: Salut}\nstations: [{id: a, kind: router}]\n", "de.yaml");
    ASSERT_TRUE(german.ok()) << allErrors(german);
    EXPECT_EQ(german.spec->title, "Hallo");
    EXPECT_EQ(german.spec->titleIn("fr"), "Salut");
}

TEST(ScenarioLoader, APlainTitleStaysAsItIsWritten)
{
    const LoadResult r = loadScenarioText("format: postie/1\ntitle: Your first email\nsummary: \" Alice writes to Bob. \"\n"
                                          "stations: [{id: a, kind: router}]\n",
                                          "plain.yaml");
    ASSERT_TRUE(r.ok()) << allErrors(r);
    EXPECT_EQ(r.spec->title, "Your first email");
    EXPECT_EQ(r.spec->summary, " Alice writes to Bob. ");  // not trimmed, as it always was
    EXPECT_EQ(r.spec->titleIn("de"), "Your first email") << "the file's own text, in every language";
    EXPECT_EQ(r.spec->summaryIn("fr"), " Alice writes to Bob. ");
    const LoadResult empty = loadScenarioText("format: postie/1\ntitle: \"\"\nstations: [{id: a, kind: router}]\n", "e.yaml");
    ASSERT_TRUE(empty.ok()) << allErrors(empty);
    EXPECT_EQ(empty.spec->title, "");
    // A spec made in code has only the plain title and summary.
    ScenarioSpec made;
    made.title = "Made in code";
    EXPECT_EQ(made.titleIn("de"), "Made in code");
}

TEST(ScenarioLoader, AMistakeInATitlesLanguagesIsReportedAtItsPlace)
{
    const std::string town = "format: postie/1\nstations: [{id: a, kind: router}]\n";
    const std::pair<std::string, std::string> cases[] = {
        {"title: {en: Hello, es: Hola}\n",
         "t.yaml:3:20: error: 'es' is not a language a lesson text may be given in; use en, de or fr, like title: "
         "{en: \"Hello\", de: \"Hallo\", fr: \"Bonjour\"}"},
        {"summary: {de: Hallo, fr: Salut, de: Tag}\n", "t.yaml:3:33: error: summary gives the de text twice; keep one"},
        {"title:\n  en: Hello\n  fr: \"  \"\n", "t.yaml:5:7: error: the fr text of title is empty; write the words"},
        {"title: {}\n", "t.yaml:3:8: error: title has no text; write it, like title: \"...\""},
    };
    for (const auto& [yaml, error] : cases) {
        SCOPED_TRACE(yaml);
        const LoadResult r = loadScenarioText(town + yaml, "t.yaml");
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.errors.front().format(), error);
    }
}

TEST(ScenarioLoader, ReadsAStationsLabelInEachLanguageGiven)
{
    const LoadResult r = loadScenarioText(
        "format: postie/1\n"
        "stations:\n"
        "  - {id: smtp.sender.test, kind: outgoing,\n"
        "     label: {en: \"Sender's post office\", de: \"Postamt des Absenders\", fr: \"Bureau de poste de l'exp\xC3\xA9" "diteur\"}}\n"
        "  - id: box.example.org\n    kind: mailbox\n    users: [bob@example.org]\n"
        "    label:\n      de: \"Bobs Postfach\"\n      en: \"Bob's PO box\"\n"
        "  - {id: backbone, kind: router, label: {de: Internet, fr: Internet}}\n"
        "  - {id: hub, kind: router, label: \" The highway \"}\n"
        "  - {id: plain, kind: router}\n",
        "labels.yaml");
    ASSERT_TRUE(r.ok()) << allErrors(r);
    const auto& s = r.spec->stations;
    ASSERT_EQ(s.size(), 5u);
    // What postie-cli's narration and reports print: the English, as with a plain string.
    EXPECT_EQ(s[0].label, "Sender's post office");
    EXPECT_EQ(s[1].label, "Bob's PO box");
    // What the app shows: the label in its language.
    EXPECT_EQ(s[0].labelIn("de"), "Postamt des Absenders");
    EXPECT_EQ(s[0].labelIn("fr"), "Bureau de poste de l'exp\xC3\xA9" "diteur");
    EXPECT_EQ(s[0].labelIn("en"), "Sender's post office");
    EXPECT_EQ(s[1].labelIn("de"), "Bobs Postfach");
    EXPECT_EQ(s[1].labelIn("fr"), "Bob's PO box") << "not given in French: the English";
    // Without English, the first language given is the one printed.
    EXPECT_EQ(s[2].label, "Internet");
    // A plain label stays as it is written, in every language; without one, none.
    EXPECT_EQ(s[3].label, " The highway ");
    EXPECT_EQ(s[3].labelIn("de"), " The highway ");
    EXPECT_EQ(s[4].label, "");
    EXPECT_EQ(s[4].labelIn("fr"), "");
    // A station made in code has only its plain label.
    StationSpec made;
    made.label = "Made in code";
    EXPECT_EQ(made.labelIn("de"), "Made in code");
}

TEST(ScenarioLoader, AMistakeInALabelsLanguagesIsReportedAtItsPlace)
{
    const std::pair<std::string, std::string> cases[] = {
        {"  - {id: a, kind: router, label: {en: Road, es: Camino}}\n",
         "l.yaml:3:45: error: 'es' is not a language a lesson text may be given in; use en, de or fr, like label: "
         "{en: \"Hello\", de: \"Hallo\", fr: \"Bonjour\"}"},
        {"  - {id: a, kind: router, label: {de: Weg, de: Stra\xC3\x9F" "e}}\n",
         "l.yaml:3:44: error: label gives the de text twice; keep one"},
        {"  - id: a\n    kind: router\n    label:\n      en: Road\n      fr: \"\"\n",
         "l.yaml:7:11: error: the fr text of label is empty; write the words"},
        {"  - {id: a, kind: router, label: {}}\n", "l.yaml:3:34: error: label has no text; write it, like label: \"...\""},
    };
    for (const auto& [station, error] : cases) {
        SCOPED_TRACE(station);
        const LoadResult r = loadScenarioText("format: postie/1\nstations:\n" + station, "l.yaml");
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.errors.front().format(), error);
    }
}

TEST(ScenarioLoader, RefusesAnOversizedFileBeforeReadingIt)
{
    TempDir dir;
    const std::size_t size = kMaxScenarioBytes + 1024;
    const std::string path = dir.write("huge.yaml", "format: postie/1\n" + std::string(size - 17, '#'));
    ASSERT_EQ(fs::file_size(path), size);
    const LoadResult r = loadScenarioFile(path);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].format(), path + ":1:1: error: the file is 16778240 bytes (16.0 MiB); a scenario may be at "
                                           "most 16777216 bytes (16 MiB)");
    EXPECT_EQ(loadScenarioText(readFile(path), "huge.yaml").errors.size(), 1u);
}

TEST(ScenarioLoader, RefusesDeeplyNestedInputWithoutBlowingTheStack)
{
    const LoadResult flow = loadScenarioText("format: postie/1\nstations: " + std::string(100000, '['), "deep.yaml");
    ASSERT_EQ(flow.errors.size(), 1u);
    EXPECT_EQ(flow.errors[0].format(), "deep.yaml:2:75: error: lists and maps are nested more than 64 deep here; a "
                                       "scenario never needs that many levels");

    std::string dashes = "format: postie/1\nstations:\n";
    for (int i = 0; i < 200000; ++i) dashes += "- ";
    const LoadResult block = loadScenarioText(dashes + "x\n", "dashes.yaml");
    ASSERT_EQ(block.errors.size(), 1u);
    EXPECT_EQ(block.errors[0].line, 3);

    std::string indented = "format: postie/1\n";
    for (int i = 0; i < 3000; ++i) indented += std::string(std::size_t(i), ' ') + "k:\n";
    EXPECT_EQ(loadScenarioText(indented, "indent.yaml").errors.size(), 1u);

    // brackets inside quotes and comments do not count
    const LoadResult quoted = loadScenarioText("format: postie/1\ntitle: \"" + std::string(200, '[') + "\"\n# " +
                                                   std::string(200, '{') + "\nstations: [{id: a, kind: router}]\n",
                                               "quoted.yaml");
    EXPECT_TRUE(quoted.ok()) << allErrors(quoted);
}

TEST(ScenarioLoader, SaysClearlyWhenTheFileIsMissing)
{
    const LoadResult r = loadScenarioFile("/no/such/folder/lesson.yaml");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].format(),
              "/no/such/folder/lesson.yaml:1:1: error: cannot find the scenario file; check the name and the folder");
    const LoadResult folder = loadScenarioFile(POSTIE_TEST_DATA_DIR);
    ASSERT_EQ(folder.errors.size(), 1u);
    EXPECT_EQ(folder.errors[0].text, "this is a folder, not a scenario file");
}

// yaml-cpp 0.7's LoadAll loops forever, eating memory, on a stray ',' (fixed upstream in 2024).
TEST(ScenarioLoader, ReportsAStrayCommaInsteadOfLoopingInTheYamlReader)
{
    const LoadResult alone = loadScenarioText("# note\n, nothing else\nformat: postie/1\n", "comma.yaml");
    ASSERT_EQ(alone.errors.size(), 1u);
    EXPECT_EQ(alone.errors[0].format(), "comma.yaml:2:1: error: YAML syntax: a value cannot start with ',' here; put "
                                        "text that starts with it in quotes, or check the brackets and indentation");
    // after a first document, the rest of the file must not be dropped in silence
    const LoadResult trailing = loadScenarioText("- a\n, b\n", "trailing.yaml");
    ASSERT_FALSE(trailing.errors.empty());
    EXPECT_EQ(trailing.errors[0].line, 2);
    EXPECT_EQ(trailing.errors[0].column, 1);
}

TEST(ScenarioLoader, SurvivesAliasesThatPointAtThemselves)
{
    const LoadResult r = loadScenarioText("format: postie/1\nstations: &s [*s]\n", "alias.yaml");
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.errors.size(), 1u);
}

TEST(ScenarioLoader, CapsAFloodOfErrorsWithOneSummaryLine)
{
    std::string text = "format: postie/1\nstations:\n";
    for (int i = 0; i < 1500; ++i) text += "  - {id: s" + std::to_string(i) + ", kind: routr}\n";
    const LoadResult r = loadScenarioText(text, "flood.yaml");
    ASSERT_EQ(r.errors.size(), kMaxReportedErrors + 1);
    EXPECT_EQ(r.errors.back().text, "and 500 more errors after this point, not shown; fix these first");
}

TEST(ScenarioLoader, NeverCrashesOnTruncatedOrMangledInput)
{
    const std::string good = readFile(dataPath("design_example.yaml"));
    ASSERT_FALSE(good.empty());
    // every prefix that ends at a line or inside one
    for (std::size_t n = 0; n < good.size(); n += 7) (void)loadScenarioText(good.substr(0, n), "cut.yaml");
    // random byte changes, with a fixed seed so a failure can be replayed
    std::mt19937 rng(20100714);
    const std::string alphabet = "[]{}:,-#&*!|>'\"% \n\tab0.@/?";
    for (int round = 0; round < 400; ++round) {
        std::string text = good;
        const int edits = 1 + int(rng() % 6);
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = rng() % text.size();
            switch (rng() % 3) {
            case 0: text[at] = alphabet[rng() % alphabet.size()]; break;
            case 1: text.erase(at, 1 + rng() % 20); break;
            default: text.insert(at, std::string(1 + rng() % 4, alphabet[rng() % alphabet.size()])); break;
            }
            if (text.empty()) text = "x";
        }
        const LoadResult r = loadScenarioText(text, "mangled.yaml");
        EXPECT_EQ(r.ok(), r.errors.empty());
        for (const auto& d : r.errors) {
            EXPECT_GE(d.line, 1);
            EXPECT_GE(d.column, 1);
            EXPECT_FALSE(d.text.empty());
        }
    }
}

} // namespace
} // namespace postie
