// A key's default is written once: as the initial value of the spec member its table row names
// (ScenarioKey::member), and `postie-cli keys` shows that value (scenarioKeyDefault). These
// tests check what still could go wrong: that the table names every plain spec member, that a
// default it shows reads back through the key's own unit parser, and that the loader leaves a
// key a file leaves out at that value (no reader overwrites it on the way). The last is checked
// on a town that leaves every optional key out, for every place a key may appear.
#include "mail/retry_policy.h"
#include "scenario/scenario_keys.h"
#include "scenario/scenario_loader.h"
#include "scenario/units.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

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

// The key's member as the loader filled it in the bare town, for this place; the retry
// profile of the servers is the one they got without a retry key (smtp) and, for the keys of
// retry: {...}, the map that says only profile: postfix (mx).
std::string loadedText(const ScenarioKey& k, KeyPlace place, const ScenarioSpec& s)
{
    switch (place) {
    case KeyPlace::TopLevel: return specMemberText(k, s);
    case KeyPlace::DnsRecord: return specMemberText(k, s.dns.at(0));
    case KeyPlace::Check: return specMemberText(k, station(s, "bob").check);
    case KeyPlace::Retry: return specMemberText(k, station(s, "mx.example.org").retry);
    case KeyPlace::Letter: return specMemberText(k, s.letters.at(0));
    case KeyPlace::Generator: return specMemberText(k, s.generators.at(0));
    default: {
        const StationSpec& st = ofKind(s, place);
        const std::string own = specMemberText(k, st);
        return own.empty() ? specMemberText(k, st.retry) : own;  // a station's retry: its profile
    }
    }
}

// The default as a file would write it: the text before its note, through the unit parser of
// the key's type, written back by the same unit's formatter.
std::string reread(const ScenarioKey& k)
{
    std::string text = scenarioKeyDefault(k);
    text.resize(text.size() - k.defaultNote.size());
    switch (k.type) {
    case ValueType::Duration: {
        auto p = parseDuration(text);
        return p.ok() ? formatDuration(*p.value) : "unparsable: " + text;
    }
    case ValueType::Rate: {
        auto p = parseRate(text);
        return p.ok() ? formatRate(*p.value) : "unparsable: " + text;
    }
    case ValueType::Speed: {
        auto p = parseSpeed(text);
        return p.ok() ? formatSpeed(*p.value) : "unparsable: " + text;
    }
    case ValueType::Size: {
        auto p = parseSize(text);
        return p.ok() ? formatSize(*p.value) : "unparsable: " + text;
    }
    case ValueType::Distribution: {
        auto p = parseDistribution(text);
        return p.ok() && p.value->isZero() ? "0s" : p.ok() ? formatDistribution(*p.value) : "unparsable: " + text;
    }
    case ValueType::Integer:
    case ValueType::Seed: return std::to_string(std::stoull(text));
    case ValueType::Choice:
    case ValueType::Retry: {
        const std::string choices = "|" + std::string(k.choices) + "|";
        return choices.find("|" + text + "|") != std::string::npos ? text : "not a choice: " + text;
    }
    case ValueType::TimeWindow: {
        auto p = parseDuration(text.substr(1, text.find(',') - 1));
        return p.ok() ? "[" + formatDuration(*p.value) + text.substr(text.find(',')) : "unparsable: " + text;
    }
    default: return text;
    }
}

// Every member of the spec that a file sets with one plain value and that has a default.
const std::vector<SpecMember>& plainMembers()
{
    static const std::vector<SpecMember> members{
        &ScenarioSpec::seed, &ScenarioSpec::titleText, &ScenarioSpec::summaryText, &ScenarioSpec::pace, &ScenarioSpec::speed,
        &DnsRecordSpec::ttl,
        &StationSpec::labelText, &StationSpec::group, &StationSpec::authenticates, &StationSpec::device, &StationSpec::workers,
        &StationSpec::service, &StationSpec::destinationConcurrency, &StationSpec::destinationRecipients,
        &StationSpec::maxConnections, &StationSpec::rateLimitPerSecond, &StationSpec::queueLimit,
        &StationSpec::lookup, &StationSpec::quotaBytes,
        &StationSpec::dkimSelector, &StationSpec::dkimKey, &StationSpec::authenticate, &StationSpec::spfFail,
        &StationSpec::greylist, &StationSpec::greylistDelay, &StationSpec::openRelay,
        &StationSpec::listTag, &StationSpec::listFooter, &StationSpec::listMungeFrom, &StationSpec::tls,
        &StationSpec::stripStartTls, &StationSpec::startsTls,
        &StationSpec::dmarcReports, &StationSpec::spamFilter,
        &CheckSpec::every, &CheckSpec::leaveOnServer,
        &RetrySpec::profile, &RetrySpec::queueScan, &RetrySpec::delayWarning, &RetrySpec::minBackoff,
        &RetrySpec::maxBackoff, &RetrySpec::giveUp, &RetrySpec::connectTimeout,
        &LetterSpec::subject, &LetterSpec::sizeBytes, &LetterSpec::mailFrom, &LetterSpec::headerFrom, &LetterSpec::body,
        &LetterSpec::encrypted, &LetterSpec::spamScore,
        &GeneratorSpec::begin, &GeneratorSpec::sizeBytes, &GeneratorSpec::subject,
    };
    return members;
}

TEST(KeyDefaults, TheTableNamesEveryPlainSpecMemberAndNoOther)
{
    for (const SpecMember& m : plainMembers()) {
        const auto& keys = scenarioKeys();
        EXPECT_TRUE(std::any_of(keys.begin(), keys.end(), [&](const ScenarioKey& k) { return k.member == m; }))
            << "a spec member no key names, alternative " << m.index();
    }
    for (const ScenarioKey& k : scenarioKeys()) {
        if (std::holds_alternative<std::monostate>(k.member)) continue;
        const auto& all = plainMembers();
        EXPECT_NE(std::find(all.begin(), all.end(), k.member), all.end()) << k.name << " names a member not listed here";
    }
}

TEST(KeyDefaults, EveryKeyWithADefaultTakesItFromTheSpecAndEveryOptionalKeyWithoutOneSaysSo)
{
    int withDefault = 0;
    for (const ScenarioKey& k : scenarioKeys()) {
        SCOPED_TRACE(std::string(k.name));
        const std::string d = scenarioKeyDefault(k);
        if (k.required || !k.condition.empty()) {
            EXPECT_EQ(d, "");
            continue;
        }
        if (d.empty()) {
            // Only keys without a value of their own: text that is empty until written, optional
            // values, lists and references.
            EXPECT_TRUE(std::holds_alternative<std::monostate>(k.member) || k.type == ValueType::Text ||
                        k.type == ValueType::LessonText || k.type == ValueType::Address)
                << k.name;
            continue;
        }
        EXPECT_FALSE(std::holds_alternative<std::monostate>(k.member));
        EXPECT_EQ(reread(k), d.substr(0, d.size() - k.defaultNote.size())) << "the default does not read back";
        ++withDefault;
    }
    EXPECT_EQ(withDefault, 43);  // the keys `postie-cli keys` shows a default for
}

TEST(KeyDefaults, TheLoaderLeavesAnOmittedKeyAtItsDefault)
{
    const LoadResult r = loadScenarioText(kBareTown, "bare.yaml");
    ASSERT_TRUE(r.ok()) << (r.errors.empty() ? "" : r.errors.front().text);
    int compared = 0;
    for (const ScenarioKey& k : scenarioKeys()) {
        const std::string d = scenarioKeyDefault(k);
        if (d.empty()) continue;
        for (unsigned bit = 0; bit <= static_cast<unsigned>(kLastKeyPlace); ++bit) {
            if (!(k.places & (1u << bit))) continue;
            const auto place = static_cast<KeyPlace>(bit);
            SCOPED_TRACE(scenarioKeyPath(k, place));
            EXPECT_EQ(loadedText(k, place, *r.spec) + std::string(k.defaultNote), d);
            ++compared;
        }
    }
    EXPECT_EQ(compared, 53);
    // "[0s, until]": the window ends at the scenario's until.
    EXPECT_EQ(r.spec->generators.at(0).end, r.spec->until);
}

TEST(KeyDefaults, TheDefaultFollowsTheSpecsInitialValue)
{
    // The comparison is real: a member other than the default gives another text.
    const ScenarioKey* workers = findScenarioKey(placeBit(KeyPlace::Outgoing), "workers");
    ASSERT_NE(workers, nullptr);
    StationSpec changed;
    EXPECT_EQ(specMemberText(*workers, changed), scenarioKeyDefault(*workers));
    changed.workers = 2;
    EXPECT_EQ(specMemberText(*workers, changed), "2");
    EXPECT_EQ(specMemberText(*workers, RetrySpec{}), "") << "not a member of RetrySpec";
    const ScenarioKey* quota = findScenarioKey(placeBit(KeyPlace::Mailbox), "quota");
    ASSERT_NE(quota, nullptr);
    EXPECT_EQ(scenarioKeyDefault(*quota), "0B (no limit)");
    // queue_scan's note names the other profiles' value, which the mail model's profiles hold.
    const ScenarioKey* scan = findScenarioKey(placeBit(KeyPlace::Retry), "queue_scan");
    ASSERT_NE(scan, nullptr);
    EXPECT_EQ(scenarioKeyDefault(*scan), "5m (postfix), 0s (exim, rfc)");
    EXPECT_EQ(retryProfile(RetrySpec::Profile::Exim).queueScan, SimTime::zero());
    EXPECT_EQ(retryProfile(RetrySpec::Profile::Rfc).queueScan, SimTime::zero());
}

} // namespace
} // namespace postie
