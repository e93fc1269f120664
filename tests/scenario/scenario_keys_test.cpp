// The table of scenario keys: complete, consistent, printable, and good at guessing typos.
#include "scenario/scenario_keys.h"

#include <gtest/gtest.h>

#include <set>

namespace postie {
namespace {

TEST(ScenarioKeys, EveryKeyHasAHelpTextATypeAndAnExampleWhenRequired)
{
    for (const auto& k : scenarioKeys()) {
        SCOPED_TRACE(std::string(k.name));
        EXPECT_FALSE(k.name.empty());
        EXPECT_NE(k.places, 0u);
        EXPECT_FALSE(k.help.empty());
        EXPECT_FALSE(scenarioKeyTypeName(k).empty());
        EXPECT_FALSE(k.example.empty());
        EXPECT_FALSE(k.required && !scenarioKeyDefault(k).empty()) << "a required key has no default";
        if (k.limited) {
            EXPECT_LE(k.min, k.max);
        }
        if (k.type == ValueType::Choice) {
            EXPECT_FALSE(k.choices.empty());
        }
    }
}

TEST(ScenarioKeys, NoPlaceHasTheSameKeyTwice)
{
    for (unsigned p = 0; p <= static_cast<unsigned>(kLastKeyPlace); ++p) {
        std::set<std::string_view> names;
        for (const auto& k : scenarioKeys())
            if (k.places & (1u << p)) {
                EXPECT_TRUE(names.insert(k.name).second) << k.name << " in place " << p;
            }
    }
}

TEST(ScenarioKeys, FindsKeysByPlace)
{
    EXPECT_NE(findScenarioKey(stationPlaces(StationKind::Outgoing), "workers"), nullptr);
    EXPECT_NE(findScenarioKey(stationPlaces(StationKind::Outgoing), "id"), nullptr);
    EXPECT_EQ(findScenarioKey(stationPlaces(StationKind::Resolver), "workers"), nullptr);
    EXPECT_EQ(findScenarioKey(stationPlaces(StationKind::Router), "user"), nullptr);
    const ScenarioKey* workers = findScenarioKey(placeBit(KeyPlace::Mailbox), "workers");
    ASSERT_NE(workers, nullptr);
    EXPECT_EQ(workers->type, ValueType::Integer);
    EXPECT_EQ(scenarioKeyDefault(*workers), "1");
    EXPECT_EQ(workers->min, 1);
    EXPECT_EQ(workers->max, 10000);
}

TEST(ScenarioKeys, PrintsOneReadableLinePerKeyGroupedUnderHeaders)
{
    const std::string text = describeScenarioKeys();
    EXPECT_NE(text.find("Outgoing server: the local post office"), std::string::npos);
    // path, type, default and help on one line
    const auto at = text.find("  stations[kind=outgoing].workers");
    ASSERT_NE(at, std::string::npos);
    const std::string line = text.substr(at, text.find('\n', at) - at);
    EXPECT_NE(line.find("integer"), std::string::npos);
    EXPECT_NE(line.find("default 1"), std::string::npos);
    EXPECT_NE(line.find("Parallel workers"), std::string::npos);
    EXPECT_NE(line.find("[1 to 10000]"), std::string::npos);
    EXPECT_NE(text.find("dns[].ttl"), std::string::npos);
    EXPECT_NE(text.find("mail[generate].rate"), std::string::npos);
    EXPECT_NE(text.find("1KB = 1024 bytes"), std::string::npos);
    for (const auto& k : scenarioKeys()) {
        for (unsigned p = 0; p <= static_cast<unsigned>(kLastKeyPlace); ++p) {
            if ((k.places & (1u << p)) == 0) continue;
            const std::string path = scenarioKeyPath(k, static_cast<KeyPlace>(p));
            EXPECT_NE(text.find("  " + path + " "), std::string::npos) << path;
        }
    }
}

TEST(ScenarioKeys, OnlyTitlesCaptionsPlacesOnTheMapHowTheAppPlaysAndTheLessonAreForDisplayOnly)
{
    const KeyPlaces lessonPlaces = placeBit(KeyPlace::Lesson) | placeBit(KeyPlace::Stop) | placeBit(KeyPlace::Moment) |
                                   placeBit(KeyPlace::Choice) | placeBit(KeyPlace::Try) | placeBit(KeyPlace::TryLetter);
    std::set<std::string_view> display;
    for (const auto& k : scenarioKeys()) {
        if ((k.places & lessonPlaces) != 0) {
            // The lesson never changes the run: every key of it, in every place it has, is display only.
            EXPECT_TRUE(k.displayOnly) << k.name;
            EXPECT_EQ(k.places & ~lessonPlaces, 0u) << k.name << " is a lesson key and a key of the run";
            continue;
        }
        if (k.displayOnly) display.insert(k.name);
    }
    EXPECT_EQ(display, (std::set<std::string_view>{"title", "summary", "pace", "speed", "label", "group", "position",
                                                   "device", "lesson"}));
    const std::string text = describeScenarioKeys();
    for (const std::string path : {"title", "summary", "pace", "speed", "stations[].label", "stations[].group",
                                   "stations[].position", "stations[kind=client].device", "lesson",
                                   "lesson.stops[].when|reveal|count.event"}) {
        const auto at = text.find("  " + path + " ");
        ASSERT_NE(at, std::string::npos) << path;
        EXPECT_NE(text.substr(at, text.find('\n', at) - at).find("display only"), std::string::npos) << path;
    }
    const auto workers = text.find("  stations[kind=mailbox].workers");
    ASSERT_NE(workers, std::string::npos);
    EXPECT_EQ(text.substr(workers, text.find('\n', workers) - workers).find("display only"), std::string::npos);
}

TEST(ScenarioKeys, TheTitleSummaryAndLabelsMayBeGivenPerLanguageAndTheReferenceSaysHow)
{
    const std::string text = describeScenarioKeys();
    for (const std::string key : {"title", "summary", "stations[].label"}) {
        const auto at = text.find("  " + key + " ");
        ASSERT_NE(at, std::string::npos) << key;
        const std::string line = text.substr(at, text.find('\n', at) - at);
        EXPECT_NE(line.find("text or {en, de, fr}"), std::string::npos) << line;
        EXPECT_NE(line.find("{en: "), std::string::npos) << line;
    }
}

TEST(ScenarioKeys, MeasuresEditDistanceIgnoringCase)
{
    EXPECT_EQ(editDistance("worker", "workers"), 1u);
    EXPECT_EQ(editDistance("kidn", "kind"), 1u);  // a swap counts once
    EXPECT_EQ(editDistance("Kind", "kind"), 0u);
    EXPECT_EQ(editDistance("", "abc"), 3u);
    EXPECT_EQ(editDistance("latency", "latnecy"), 1u);
}

TEST(ScenarioKeys, SuggestsTheClosestNameForATypo)
{
    const std::vector<std::string_view> keys = scenarioKeyNames(stationPlaces(StationKind::Outgoing));
    EXPECT_EQ(closestMatch("worker", keys), "workers");
    EXPECT_EQ(closestMatch("servce", keys), "service");
    EXPECT_EQ(closestMatch("kidn", keys), "kind");
    EXPECT_EQ(closestMatch("colour", keys), std::nullopt);
    EXPECT_EQ(closestMatch("workers", keys), std::nullopt);  // the same word is no suggestion
    const std::vector<std::string> ids{"alice", "smtp.sender.test", "backbone"};
    EXPECT_EQ(closestMatch("smtp.sender.tes", ids), "smtp.sender.test");
    EXPECT_EQ(closestMatch("smtp", ids), "smtp.sender.test");  // a prefix
    EXPECT_EQ(closestMatch("Alice", ids), "alice");
    // short words need a close match: 'rate' is not 'at'
    EXPECT_EQ(closestMatch("rate", scenarioKeyNames(placeBit(KeyPlace::Letter))), std::nullopt);
}

} // namespace
} // namespace postie
