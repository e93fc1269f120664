// The fields of the editor's properties panel, straight from the key table: every key of the
// selected station's kind (or road, DNS record, letter) with its type, default or status,
// help, and the value as the file writes it. A key added to the table appears here by itself.
#include "scenario/entry_fields.h"

#include "scenario/scenario_keys.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace postie {
namespace {

const std::string kTown = "format: postie/1\n"
                          "stations:\n"
                          "  - {id: mx, kind: incoming, accepts: [a.test, b.test], deliver_to: box, workers: 3}\n"
                          "  - id: bob\n"
                          "    kind: client\n"
                          "    user: bob@a.test   # Bob\n"
                          "    check: {protocol: pop3, every: 10m}\n"
                          "roads:\n"
                          "  - {between: [mx, bob], latency: 5ms}\n";


const KeyField* find(const std::vector<KeyField>& fields, const std::string& key)
{
    const auto it = std::find_if(fields.begin(), fields.end(), [&](const KeyField& f) { return f.key->name == key; });
    return it == fields.end() ? nullptr : &*it;
}

TEST(EntryFields, AStationHasEveryKeyOfItsKindWithTheValueAsWritten)
{
    const auto fields = stationFields(kTown, "mx");
    std::size_t expected = 0;
    for (const auto& k : scenarioKeys())
        if (k.places & stationPlaces(StationKind::Incoming)) ++expected;
    EXPECT_EQ(fields.size(), expected);
    const KeyField* workers = find(fields, "workers");
    ASSERT_NE(workers, nullptr);
    EXPECT_TRUE(workers->written);
    EXPECT_EQ(workers->value, "3");
    EXPECT_EQ(workers->status, "default 1");
    EXPECT_EQ(workers->typeName, "integer");
    EXPECT_NE(workers->help.find("[1 to 10000]"), std::string::npos) << workers->help;
    const KeyField* accepts = find(fields, "accepts");
    ASSERT_NE(accepts, nullptr);
    EXPECT_EQ(accepts->value, "[a.test, b.test]");
    const KeyField* service = find(fields, "service");
    ASSERT_NE(service, nullptr);
    EXPECT_FALSE(service->written);
    EXPECT_EQ(service->value, "");
    EXPECT_FALSE(find(fields, "id")->settable) << "renamed, not set";
}

TEST(EntryFields, ABlockMapStationsValuesAndMapsAreReadAsWritten)
{
    const auto fields = stationFields(kTown, "bob");
    EXPECT_EQ(find(fields, "user")->value, "bob@a.test");
    EXPECT_EQ(find(fields, "check")->value, "{protocol: pop3, every: 10m}");
    EXPECT_EQ(find(fields, "submit_to")->written, false);
    EXPECT_TRUE(stationFields(kTown, "nobody").empty());
}

TEST(EntryFields, ARoadHasItsOwnKeys)
{
    const auto fields = entryFields(kTown, "roads", 0);
    ASSERT_EQ(fields.size(), 2u);
    EXPECT_EQ(find(fields, "latency")->value, "5ms");
    EXPECT_EQ(find(fields, "between")->value, "[mx, bob]");
    EXPECT_EQ(find(fields, "latency")->status, "required");
    EXPECT_TRUE(entryFields(kTown, "roads", 1).empty());
}

// The scenario's own keys (the editor's "Scenario" tab): the title as written, the seed left out.
TEST(EntryFields, TheScenarioHasItsTopLevelKeys)
{
    const auto fields = scenarioFields("format: postie/1\ntitle: {en: Mine, de: Meins}\nstations: []\n");
    ASSERT_NE(find(fields, "title"), nullptr);
    EXPECT_EQ(find(fields, "title")->value, "{en: Mine, de: Meins}");
    ASSERT_NE(find(fields, "seed"), nullptr);
    EXPECT_FALSE(find(fields, "seed")->written);
    EXPECT_TRUE(find(fields, "seed")->settable);
    EXPECT_TRUE(scenarioFields("key: [unclosed").empty());
}

} // namespace
} // namespace postie
