// The key table's default texts (what `postie-cli keys` prints) and the values the loader gives
// a key that a file leaves out (the initial values in scenario_spec.h) are written in two places;
// this test holds them together. It loads a town that leaves every optional key out, reads each
// default text through the same unit parser the loader uses, and compares it with the value the
// loader filled in, for every place a key may appear. A key added to the table with a default
// but without a case here fails the test.
#include "scenario/scenario_keys.h"
#include "scenario/scenario_loader.h"
#include "scenario/units.h"

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>

namespace postie {
namespace {

// One station of each kind, one DNS record, road, letter, generator and incident, and a custom
// retry map: each with only the keys it must have.
const char* kBareTown = R"(format: postie/1
until: 1h
dns:
  - {name: example.org, type: MX, preference: 10, host: mx.example.org}
stations:
  - {id: alice, kind: client, user: alice@example.org, submit_to: smtp.example.org}
  - {id: bob, kind: client, user: bob@example.org, read_from: box.example.org, check: {protocol: pop3}}
  - {id: smtp.example.org, kind: outgoing}
  - {id: dns.example.org, kind: resolver}
  - {id: mx.example.org, kind: incoming, accepts: [example.org], deliver_to: box.example.org, retry: {profile: postfix}}
  - {id: box.example.org, kind: mailbox, users: [bob@example.org]}
  - {id: hub, kind: router}
roads:
  - {between: [alice, hub], latency: 1ms}
  - {between: [bob, hub], latency: 1ms}
  - {between: [smtp.example.org, hub], latency: 1ms}
  - {between: [dns.example.org, hub], latency: 1ms}
  - {between: [mx.example.org, hub], latency: 1ms}
  - {between: [box.example.org, hub], latency: 1ms}
mail:
  - {at: 0s, from: alice@example.org, to: bob@example.org}
  - {generate: poisson, rate: 1/h, from: [alice@example.org], to: [bob@example.org]}
incidents:
  - {at: 5m, station: hub, go: down}
)";

const StationSpec& station(const ScenarioSpec& s, const std::string& id)
{
    for (const auto& st : s.stations)
        if (st.id == id) return st;
    throw std::runtime_error("no station " + id);
}

const StationSpec& ofKind(const ScenarioSpec& s, KeyPlace place)
{
    switch (place) {
    case KeyPlace::Client: return station(s, "bob");
    case KeyPlace::Outgoing: return station(s, "smtp.example.org");
    case KeyPlace::Resolver: return station(s, "dns.example.org");
    case KeyPlace::Incoming: return station(s, "mx.example.org");
    case KeyPlace::Mailbox: return station(s, "box.example.org");
    default: return station(s, "hub");
    }
}

const char* profileName(RetrySpec::Profile p)
{
    switch (p) {
    case RetrySpec::Profile::Postfix: return "postfix";
    case RetrySpec::Profile::Exim: return "exim";
    case RetrySpec::Profile::Rfc: return "rfc";
    case RetrySpec::Profile::Custom: return "custom";
    }
    return "?";
}

// The default as the loader would read it: the text before a " (" remark, through the unit
// parser of the key's type, written back by the same unit's formatter.
std::string normalisedDefault(const ScenarioKey& k)
{
    std::string text(k.defaultText);
    if (auto cut = text.find(" ("); cut != std::string::npos) text.resize(cut);
    switch (k.type) {
    case ValueType::Duration: {
        auto p = parseDuration(text);
        return p.ok() ? formatDuration(*p.value) : "unparsable: " + text;
    }
    case ValueType::Rate: {
        auto p = parseRate(text);
        return p.ok() ? formatRate(*p.value) : "unparsable: " + text;
    }
    case ValueType::Size: {
        auto p = parseSize(text);
        return p.ok() ? formatSize(*p.value) : "unparsable: " + text;
    }
    case ValueType::Distribution: {
        auto p = parseDistribution(text);
        return p.ok() ? formatDistribution(*p.value) : "unparsable: " + text;
    }
    case ValueType::Integer:
    case ValueType::Seed: return std::to_string(std::stoull(text));
    default: return text;
    }
}

using Read = std::function<std::string(const ScenarioSpec&, KeyPlace)>;

std::string yesNo(bool b) { return b ? "true" : "false"; }

// For each (place, key) with a default: the value the loader filled in, in the key's unit.
const std::map<std::pair<KeyPlace, std::string>, Read>& filledIn()
{
    static const std::map<std::pair<KeyPlace, std::string>, Read> table = [] {
        std::map<std::pair<KeyPlace, std::string>, Read> t;
        t[{KeyPlace::TopLevel, "seed"}] = [](const ScenarioSpec& s, KeyPlace) { return std::to_string(s.seed); };
        t[{KeyPlace::DnsRecord, "ttl"}] = [](const ScenarioSpec& s, KeyPlace) { return formatDuration(s.dns.at(0).ttl); };
        t[{KeyPlace::Client, "auth"}] = [](const ScenarioSpec& s, KeyPlace p) { return yesNo(ofKind(s, p).authenticates); };
        t[{KeyPlace::Check, "every"}] = [](const ScenarioSpec& s, KeyPlace) {
            return formatDuration(station(s, "bob").check.every);
        };
        t[{KeyPlace::Check, "leave_on_server"}] = [](const ScenarioSpec& s, KeyPlace) {
            return yesNo(station(s, "bob").check.leaveOnServer);
        };
        t[{KeyPlace::Mailbox, "quota"}] = [](const ScenarioSpec& s, KeyPlace p) {
            return formatSize(ofKind(s, p).quotaBytes);
        };
        for (KeyPlace p : {KeyPlace::Outgoing, KeyPlace::Incoming, KeyPlace::Mailbox}) {
            t[{p, "workers"}] = [](const ScenarioSpec& s, KeyPlace q) { return std::to_string(ofKind(s, q).workers); };
            t[{p, "service"}] = [](const ScenarioSpec& s, KeyPlace q) {
                return formatDistribution(ofKind(s, q).service);
            };
        }
        for (KeyPlace p : {KeyPlace::Outgoing, KeyPlace::Incoming}) {
            t[{p, "retry"}] = [](const ScenarioSpec& s, KeyPlace) {
                return std::string(profileName(station(s, "smtp.example.org").retry.profile));
            };
            t[{p, "concurrency_per_destination"}] = [](const ScenarioSpec& s, KeyPlace q) {
                return std::to_string(ofKind(s, q).destinationConcurrency);
            };
            t[{p, "recipients_per_delivery"}] = [](const ScenarioSpec& s, KeyPlace q) {
                return std::to_string(ofKind(s, q).destinationRecipients);
            };
            t[{p, "max_connections"}] = [](const ScenarioSpec& s, KeyPlace q) {
                return std::to_string(ofKind(s, q).maxConnections);
            };
            t[{p, "rate_limit"}] = [](const ScenarioSpec& s, KeyPlace q) {
                return formatRate(ofKind(s, q).rateLimitPerSecond);
            };
            t[{p, "queue_limit"}] = [](const ScenarioSpec& s, KeyPlace q) {
                return std::to_string(ofKind(s, q).queueLimit);
            };
        }
        // The custom retry map on mx.example.org says only profile: postfix.
        auto retry = [](const ScenarioSpec& s) -> const RetrySpec& { return station(s, "mx.example.org").retry; };
        t[{KeyPlace::Retry, "profile"}] = [retry](const ScenarioSpec& s, KeyPlace) {
            return std::string(profileName(retry(s).profile));
        };
        t[{KeyPlace::Retry, "queue_scan"}] = [retry](const ScenarioSpec& s, KeyPlace) {
            return formatDuration(retry(s).queueScan);
        };
        t[{KeyPlace::Retry, "delay_warning"}] = [retry](const ScenarioSpec& s, KeyPlace) {
            return formatDuration(retry(s).delayWarning);
        };
        t[{KeyPlace::Retry, "min"}] = [retry](const ScenarioSpec& s, KeyPlace) {
            return formatDuration(retry(s).minBackoff);
        };
        t[{KeyPlace::Retry, "max"}] = [retry](const ScenarioSpec& s, KeyPlace) {
            return formatDuration(retry(s).maxBackoff);
        };
        t[{KeyPlace::Retry, "give_up"}] = [retry](const ScenarioSpec& s, KeyPlace) {
            return formatDuration(retry(s).giveUp);
        };
        t[{KeyPlace::Retry, "connect_timeout"}] = [retry](const ScenarioSpec& s, KeyPlace) {
            return formatDuration(retry(s).connectTimeout);
        };
        t[{KeyPlace::Resolver, "lookup"}] = [](const ScenarioSpec& s, KeyPlace p) {
            return formatDistribution(ofKind(s, p).lookup);
        };
        t[{KeyPlace::Letter, "size"}] = [](const ScenarioSpec& s, KeyPlace) {
            return formatSize(s.letters.at(0).sizeBytes);
        };
        t[{KeyPlace::Generator, "size"}] = [](const ScenarioSpec& s, KeyPlace) {
            return formatSize(s.generators.at(0).sizeBytes);
        };
        // "[0s, until]": written back the same way, with until in its place.
        t[{KeyPlace::Generator, "between"}] = [](const ScenarioSpec& s, KeyPlace) {
            const auto& g = s.generators.at(0);
            return "[" + formatDuration(g.begin) + ", " + (g.end == s.until ? std::string("until") : formatDuration(g.end)) +
                   "]";
        };
        return t;
    }();
    return table;
}

TEST(KeyDefaults, EveryDefaultInTheKeyTableIsTheValueTheLoaderGivesAnOmittedKey)
{
    const LoadResult r = loadScenarioText(kBareTown, "bare.yaml");
    ASSERT_TRUE(r.ok()) << (r.errors.empty() ? "" : r.errors.front().text);
    int compared = 0;
    for (const ScenarioKey& k : scenarioKeys()) {
        if (k.defaultText.empty()) continue;
        for (unsigned bit = 0; bit <= static_cast<unsigned>(KeyPlace::Incident); ++bit) {
            if (!(k.places & (1u << bit))) continue;
            const auto place = static_cast<KeyPlace>(bit);
            SCOPED_TRACE(scenarioKeyPath(k, place));
            const auto it = filledIn().find({place, std::string(k.name)});
            if (it == filledIn().end()) {
                ADD_FAILURE() << "a key with a default and no case in this test";
                continue;
            }
            EXPECT_EQ(it->second(*r.spec, place), normalisedDefault(k)) << "table says: " << k.defaultText;
            ++compared;
        }
    }
    EXPECT_EQ(compared, int(filledIn().size())) << "a case here for a key that has no default in the table";
}

TEST(KeyDefaults, TheTestNoticesADefaultThatDrifts)
{
    // The comparison is real: a spec value other than the default gives another text.
    const ScenarioKey* workers = findScenarioKey(placeBit(KeyPlace::Outgoing), "workers");
    ASSERT_NE(workers, nullptr);
    LoadResult r = loadScenarioText(kBareTown, "bare.yaml");
    ASSERT_TRUE(r.ok());
    for (auto& st : r.spec->stations)
        if (st.id == "smtp.example.org") st.workers = 2;
    EXPECT_NE(filledIn().at({KeyPlace::Outgoing, "workers"})(*r.spec, KeyPlace::Outgoing), normalisedDefault(*workers));
}

} // namespace
} // namespace postie
