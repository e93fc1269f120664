// --set values written into a scenario's text: in place of the value the file has, or at the
// start of the station's map; errors for what cannot be set.
#include "scenario_override.h"

#include "scenario/scenario_loader.h"
#include "support/station_lookup.h"

#include <gtest/gtest.h>

namespace postie::cli {
namespace {

const std::string kTown = R"yaml(format: postie/1
title: Town
seed: 1
dns:
  - {name: example.org, type: MX, preference: 10, host: mx1.example.org}
  - {name: mx1.example.org, type: A, address: 203.0.113.25}
stations:
  - {id: alice, kind: client, user: alice@sender.test, submit_to: smtp.sender.test}
  - {id: smtp.sender.test, kind: outgoing, workers: 4, service: "exp(5ms)"}
  - id: mx1.example.org
    kind: incoming
    accepts: [example.org]
    deliver_to: box.example.org
  - {id: box.example.org, kind: mailbox, users: [bob@example.org]}
roads:
  - {between: [alice, smtp.sender.test], latency: 20ms}
  - {between: [smtp.sender.test, mx1.example.org], latency: 20ms}
  - {between: [mx1.example.org, box.example.org], latency: 1ms}
mail:
  - {at: 0s, from: alice@sender.test, to: [bob@example.org]}
)yaml";

ScenarioSpec loaded(const OverrideResult& r)
{
    EXPECT_EQ(r.error, "");
    const LoadResult l = loadScenarioText(r.text, "town.yaml");
    for (const auto& e : l.errors) ADD_FAILURE() << e.format() << "\n" << r.text;
    return l.spec.value_or(ScenarioSpec{});
}

using testing::station;

TEST(ScenarioOverride, SplitsTheKeyAtTheLastDot)
{
    const auto o = overrideFromPath("smtp.sender.test.workers", "2");
    EXPECT_EQ(o.station, "smtp.sender.test");
    EXPECT_EQ(o.key, "workers");
    const auto top = overrideFromPath("seed", "3");
    EXPECT_EQ(top.station, "");
    EXPECT_EQ(top.key, "seed");
}

TEST(ScenarioOverride, ReplacesAValueTheFileHasWhereItStands)
{
    const auto r = applyOverrides(kTown, {overrideFromPath("smtp.sender.test.workers", "1")});
    EXPECT_NE(r.text.find("{id: smtp.sender.test, kind: outgoing, workers: 1, service:"), std::string::npos) << r.text;
    EXPECT_EQ(station(loaded(r), "smtp.sender.test").workers, 1);
}

TEST(ScenarioOverride, ReplacesAQuotedValue)
{
    const auto r = applyOverrides(kTown, {overrideFromPath("smtp.sender.test.service", "const(7ms)")});
    EXPECT_NE(r.text.find("service: const(7ms)}"), std::string::npos) << r.text;
    loaded(r);
}

TEST(ScenarioOverride, AddsAKeyTheFileLeavesOutToAFlowOrABlockMap)
{
    const auto r = applyOverrides(kTown, {overrideFromPath("mx1.example.org.workers", "3"),
                                          overrideFromPath("alice.label", "Alice's laptop, upstairs"),
                                          overrideFromPath("until", "2h")});
    const ScenarioSpec spec = loaded(r);
    EXPECT_EQ(station(spec, "mx1.example.org").workers, 3);
    EXPECT_EQ(station(spec, "alice").label, "Alice's laptop, upstairs");
    ASSERT_TRUE(spec.until.has_value());
    EXPECT_EQ(*spec.until, SimTime::fromSeconds(7200));
}

TEST(ScenarioOverride, ReplacesATopLevelKey)
{
    const ScenarioSpec spec = loaded(applyOverrides(kTown, {overrideFromPath("seed", "42")}));
    EXPECT_EQ(spec.seed, 42u);
}

TEST(ScenarioOverride, ABadValueIsLeftToTheLoaderWhichPointsAtIt)
{
    const auto r = applyOverrides(kTown, {overrideFromPath("smtp.sender.test.workers", "many")});
    ASSERT_EQ(r.error, "");
    const LoadResult l = loadScenarioText(r.text, "town.yaml");
    ASSERT_FALSE(l.errors.empty());
    // Where "4" stands in the file: line 9, the column after "workers: ".
    const std::string line9 = "  - {id: smtp.sender.test, kind: outgoing, workers: 4, service: \"exp(5ms)\"}";
    ASSERT_NE(kTown.find(line9), std::string::npos);
    EXPECT_EQ(l.errors[0].line, 9);
    EXPECT_EQ(l.errors[0].column, int(line9.find("workers: ") + 9 + 1));
    EXPECT_NE(l.errors[0].text.find("many"), std::string::npos) << l.errors[0].text;
}

TEST(ScenarioOverride, UnknownStationsAndKeysAreRefusedWithASuggestion)
{
    EXPECT_EQ(applyOverrides(kTown, {overrideFromPath("smtp.sender.tset.workers", "1")}).error,
              "no station \"smtp.sender.tset\"; did you mean \"smtp.sender.test\"?");
    EXPECT_EQ(applyOverrides(kTown, {overrideFromPath("smtp.sender.test.wrkers", "1")}).error,
              "station \"smtp.sender.test\" (outgoing) has no key \"wrkers\"; did you mean \"workers\"?");
    EXPECT_NE(applyOverrides(kTown, {overrideFromPath("alice.workers", "1")}).error.find("has no key"),
              std::string::npos);  // a key of another kind
    EXPECT_NE(applyOverrides(kTown, {overrideFromPath("sede", "1")}).error.find("did you mean \"seed\"?"),
              std::string::npos);
}

TEST(ScenarioOverride, StructuresAndTheIdCannotBeSet)
{
    // A list may be given in brackets (or one value for a list of one); the id and whole sections may not.
    const OverrideResult list = applyOverrides(kTown, {overrideFromPath("mx1.example.org.accepts", "[x.org, y.org]")});
    EXPECT_EQ(list.error, "");
    EXPECT_NE(list.text.find("accepts: [x.org, y.org]"), std::string::npos) << list.text;
    EXPECT_NE(applyOverrides(kTown, {overrideFromPath("alice.id", "bob")}).error.find("cannot be --set"),
              std::string::npos);
    EXPECT_NE(applyOverrides(kTown, {overrideFromPath("stations", "x")}).error.find("list"), std::string::npos);
}

TEST(ScenarioOverride, ValuesThatYamlWouldMisreadAreQuoted)
{
    EXPECT_EQ(yamlScalar("2"), "2");
    EXPECT_EQ(yamlScalar("exp(5ms)"), "exp(5ms)");
    EXPECT_EQ(yamlScalar("-1s"), "-1s");
    EXPECT_EQ(yamlScalar("uniform(1s, 2s)"), "\"uniform(1s, 2s)\"");
    EXPECT_EQ(yamlScalar("a: b"), "\"a: b\"");
    EXPECT_EQ(yamlScalar("#1"), "\"#1\"");
    EXPECT_EQ(yamlScalar(""), "\"\"");
    EXPECT_EQ(yamlScalar("say \"hi\""), "\"say \\\"hi\\\"\"");
}

} // namespace
} // namespace postie::cli
