// The scenario editor writes one value, or one list entry, into a file's own text: on every
// bundled lesson, for every station, the loader reads the new value back and every other line
// stays as it was; values that YAML would misread are quoted, whatever the file's layout.
#include "scenario/scenario_editor.h"

#include "scenario/entry_fields.h"
#include "scenario/list_entry_places.h"
#include "scenario/scenario_loader.h"
#include "scenario/town_draft.h"
#include "scenario/units.h"
#include "support/station_lookup.h"

#include "support/text_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

namespace postie {
namespace {

using postie::testing::readTextFile;
using postie::testing::textLines;

std::vector<std::string> bundledScenarios()
{
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(std::string(POSTIE_SOURCE_DIR) + "/scenarios"))
        if (e.path().extension() == ".yaml") out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}


ScenarioSpec load(const std::string& text)
{
    const LoadResult r = loadScenarioText(text, "edited.yaml");
    for (const auto& e : r.errors) ADD_FAILURE() << e.format() << "\n" << text;
    return r.spec.value_or(ScenarioSpec{});
}

using testing::station;

// The lines before and after the edit are the file's own: at most one line of it changed and
// at most two stand in its place (a key put in front of a block map's first key).
void expectOneEditedPlace(const std::string& before, const std::string& after)
{
    const auto a = textLines(before), b = textLines(after);
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
    std::size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    EXPECT_LE(a.size() - prefix - suffix, 1u) << after;
    EXPECT_LE(b.size() - prefix - suffix, 2u) << after;
    EXPECT_GE(b.size(), a.size());
}

struct KeyEdit {
    std::string key;
    std::string value;
    std::function<bool(const StationSpec&)> readBack;
};

std::vector<KeyEdit> editsFor(StationKind kind)
{
    // A label that needs quotes: a colon, a comma, brackets, a quote and a hash; one given in
    // several languages becomes this one text in all of them.
    std::vector<KeyEdit> edits{{"label", "Edited: \"x\", [y] #1", [](const StationSpec& s) {
                                    return s.label == "Edited: \"x\", [y] #1" && s.labelIn("fr") == s.label;
                                }}};
    switch (kind) {
    case StationKind::Client:
        edits.push_back({"auth", "false", [](const StationSpec& s) { return !s.authenticates; }});
        break;
    case StationKind::Outgoing:
    case StationKind::Incoming:
        edits.push_back({"service", "uniform(1ms, 3ms)",
                         [](const StationSpec& s) { return formatDistribution(s.service) == "uniform(1ms, 3ms)"; }});
        edits.push_back({"max_connections", "12", [](const StationSpec& s) { return s.maxConnections == 12; }});
        [[fallthrough]];
    case StationKind::Mailbox:
        edits.push_back({"workers", "7", [](const StationSpec& s) { return s.workers == 7; }});
        if (kind == StationKind::Mailbox)
            edits.push_back({"quota", "5MB", [](const StationSpec& s) { return s.quotaBytes == 5u << 20; }});
        break;
    case StationKind::Resolver:
        edits.push_back({"lookup", "exp(20ms)", [](const StationSpec& s) { return formatDistribution(s.lookup) == "exp(20ms)"; }});
        break;
    case StationKind::Router: break;
    case StationKind::Snooper:
        edits.push_back({"strip_starttls", "true", [](const StationSpec& s) { return s.stripStartTls; }});
        break;
    }
    return edits;
}

TEST(ScenarioEditor, SetsKeysOfEveryStationOfEveryBundledScenario)
{
    int edited = 0;
    for (const std::string& path : bundledScenarios()) {
        SCOPED_TRACE(path);
        const std::string text = readTextFile(path);
        const ScenarioSpec original = load(text);
        ASSERT_FALSE(original.stations.empty());
        for (const StationSpec& s : original.stations) {
            for (const KeyEdit& edit : editsFor(s.kind)) {
                SCOPED_TRACE(s.id + "." + edit.key + "=" + edit.value);
                ScenarioEditor editor(text);
                ASSERT_EQ(editor.set(s.id, edit.key, edit.value), "");
                const ScenarioSpec spec = load(editor.text());
                EXPECT_TRUE(edit.readBack(station(spec, s.id)));
                EXPECT_EQ(spec.stations.size(), original.stations.size());
                EXPECT_EQ(spec.letters.size(), original.letters.size());
                expectOneEditedPlace(text, editor.text());
                ++edited;
            }
        }
        ScenarioEditor top(text);
        ASSERT_EQ(top.set("", "seed", "4242"), "");
        ASSERT_EQ(top.set("", "until", "3h"), "");
        const ScenarioSpec spec = load(top.text());
        EXPECT_EQ(spec.seed, 4242u);
        EXPECT_EQ(spec.until, SimTime::fromSeconds(3 * 3600));
    }
    EXPECT_GT(edited, 100);
}

TEST(ScenarioEditor, AddsALetterAndAnIncidentToEveryBundledScenario)
{
    for (const std::string& path : bundledScenarios()) {
        SCOPED_TRACE(path);
        const std::string text = readTextFile(path);
        const ScenarioSpec original = load(text);
        std::string sender;
        for (const auto& s : original.stations)
            if (s.kind == StationKind::Client && !s.submitTo.empty() && sender.empty()) sender = s.user;
        ASSERT_FALSE(sender.empty());
        ScenarioEditor editor(text);
        const std::string letter = flowEntry({{"at", {"1s"}},
                                              {"from", {sender}},
                                              {"to", {sender}, true},
                                              {"subject", {"Re: \"plans\", #2"}},
                                              {"size", {"8KB"}}});
        ASSERT_EQ(editor.append("mail", letter, "# added"), "");
        const std::string incident =
            flowEntry({{"at", {"1m"}}, {"station", {original.stations.front().id}}, {"go", {"down"}}, {"for", {"5m"}}});
        ASSERT_EQ(editor.append("incidents", incident, "# added"), "");
        const ScenarioSpec spec = load(editor.text());
        ASSERT_EQ(spec.letters.size(), original.letters.size() + 1);
        EXPECT_EQ(spec.letters.back().subject, "Re: \"plans\", #2");
        EXPECT_EQ(spec.letters.back().sizeBytes, 8192u);
        ASSERT_EQ(spec.incidents.size(), original.incidents.size() + 1);
        EXPECT_EQ(spec.incidents.back().station, original.stations.front().id);
        EXPECT_EQ(spec.generators.size(), original.generators.size());
        // Without the two added lines (and the blank line and header of a list the file
        // lacked), the text is the file's own, line for line.
        std::vector<std::string> kept;
        for (const auto& line : textLines(editor.text()))
            if (line.find("# added") == std::string::npos) kept.push_back(line);
        if (original.incidents.empty()) {
            ASSERT_GE(kept.size(), 2u);
            EXPECT_EQ(kept.back(), "incidents:");
            kept.pop_back();
            if (!kept.empty() && kept.back().empty()) kept.pop_back();
        }
        EXPECT_EQ(kept, textLines(text));
    }
}

TEST(ScenarioEditor, ValuesThatYamlWouldMisreadAreQuotedAndReadBackAsWritten)
{
    EXPECT_EQ(yamlScalar("2"), "2");
    EXPECT_EQ(yamlScalar("exp(5ms)"), "exp(5ms)");
    EXPECT_EQ(yamlScalar("-1s"), "-1s");
    EXPECT_EQ(yamlScalar("alice@example.org"), "alice@example.org");
    EXPECT_EQ(yamlScalar("uniform(1s, 2s)"), "\"uniform(1s, 2s)\"");
    EXPECT_EQ(yamlScalar("2010-07-14T09:00:00Z"), "\"2010-07-14T09:00:00Z\"");
    EXPECT_EQ(yamlScalar("say \"hi\""), "\"say \\\"hi\\\"\"");
    const std::string town = "format: postie/1\nstations:\n  - {id: a, kind: router}\n  - id: b\n    kind: router\n";
    for (const std::string value : {"Alice's laptop, upstairs", "a: b", "key:value", "#1", "a # b", "say \"hi\"",
                                    "back\\slash", "[x]", "{y}", "- dash", "-", "?", "trailing ", " leading", "100%",
                                    "@home", "*star", "&anchor", "!tag", "|", ">", "tab\there", "\u00e9t\u00e9", "",
                                    "true", "null", "~", "0x1F", "'single'", "Lunch?", "b?c"}) {
        SCOPED_TRACE("[" + value + "]");
        for (const std::string id : {"a", "b"}) {  // a flow map and a block map
            ScenarioEditor editor(town);
            ASSERT_EQ(editor.set(id, "label", value), "");
            EXPECT_EQ(station(load(editor.text()), id).label, value) << editor.text();
        }
    }
}

TEST(ScenarioEditor, ReplacesAValueWhereItStandsKeepingTheCommentAfterIt)
{
    const std::string town = "format: postie/1   # the version\n"
                              "stations:\n"
                              "  - id: smtp.example.org\n"
                              "    kind: outgoing\n"
                              "    workers: 4        # four clerks\n"
                              "    service: 'exp(5ms)' # a quoted value\n"
                              "  - {id: hub, kind: router, label: \"It's the hub\"}   # the junction\n";
    ScenarioEditor editor(town);
    ASSERT_EQ(editor.set("smtp.example.org", "workers", "2"), "");
    ASSERT_EQ(editor.set("smtp.example.org", "service", "uniform(1ms, 2ms)"), "");
    ASSERT_EQ(editor.set("hub", "label", "Hub"), "");
    EXPECT_EQ(editor.text(), "format: postie/1   # the version\n"
                             "stations:\n"
                             "  - id: smtp.example.org\n"
                             "    kind: outgoing\n"
                             "    workers: 2        # four clerks\n"
                             "    service: \"uniform(1ms, 2ms)\" # a quoted value\n"
                             "  - {id: hub, kind: router, label: Hub}   # the junction\n");
    // Edits see each other: the same key twice is written once, with the last value.
    ASSERT_EQ(editor.set("smtp.example.org", "queue_limit", "5"), "");
    ASSERT_EQ(editor.set("smtp.example.org", "queue_limit", "6"), "");
    EXPECT_EQ(station(load(editor.text()), "smtp.example.org").queueLimit, 6);
    EXPECT_EQ(editor.text().find("queue_limit"), editor.text().rfind("queue_limit"));
}

TEST(ScenarioEditor, PutsAKeyTheMapLeavesOutAtItsStart)
{
    const std::string town = "# a town\n"
                             "format: postie/1\n"
                             "stations:\n"
                             "  - id: smtp.example.org   # the post office\n"
                             "    kind: outgoing\n"
                             "  - {id: hub, kind: router}\n";
    ScenarioEditor editor(town);
    ASSERT_EQ(editor.set("smtp.example.org", "workers", "3"), "");
    ASSERT_EQ(editor.set("hub", "label", "The hub"), "");
    ASSERT_EQ(editor.set("", "until", "1h"), "");
    EXPECT_EQ(editor.text(), "# a town\n"
                             "until: 1h\n"
                             "format: postie/1\n"
                             "stations:\n"
                             "  - workers: 3\n"
                             "    id: smtp.example.org   # the post office\n"
                             "    kind: outgoing\n"
                             "  - {label: The hub, id: hub, kind: router}\n");
    load(editor.text());
}

TEST(ScenarioEditor, RefusesWhatItCannotSetWithAReason)
{
    const std::string town = "format: postie/1\n"
                             "stations:\n"
                             "  - {id: mx.example.org, kind: incoming, accepts: [example.org], deliver_to: box}\n"
                             "  - id: box\n"
                             "    kind: mailbox\n"
                             "    users: [bob@example.org]\n"
                             "    label: >\n"
                             "      Bob's box\n";
    ScenarioEditor editor(town);
    EXPECT_EQ(editor.set("mx.example.org", "wrkers", "1"),
              "station \"mx.example.org\" (incoming) has no key \"wrkers\"; did you mean \"workers\"?");
    EXPECT_EQ(editor.set("mx.exmple.org", "workers", "1"), "no station \"mx.exmple.org\"; did you mean \"mx.example.org\"?");
    EXPECT_EQ(editor.set("box", "label", "x", "--set"),
              "station \"box\" (mailbox) writes \"label\" over several lines; write it on one line to --set it");
    EXPECT_EQ(editor.set("box", "id", "x"), "station \"box\" (mailbox): \"id\" cannot be set");
    EXPECT_EQ(editor.set("", "stations", "x"), "the scenario's \"stations\" is a list; set replaces single values only");
    EXPECT_EQ(editor.text(), town) << "a refused edit changes nothing";
    ScenarioEditor broken("format: [\n");
    EXPECT_NE(broken.set("", "seed", "1").find("cannot be read"), std::string::npos);
}

TEST(ScenarioEditor, SetsATitleAsOneTextInEveryLanguage)
{
    ScenarioEditor plain("format: postie/1\ntitle: Town\nstations: [{id: hub, kind: router}]\n");
    ASSERT_EQ(plain.set("", "title", "Another town"), "");
    EXPECT_EQ(load(plain.text()).title, "Another town");
    ScenarioEditor editor("format: postie/1\ntitle: {en: Town, de: \"Stadt, die\"}  # the town\nstations: [{id: hub, kind: router}]\n");
    ASSERT_EQ(editor.set("", "title", "Another town"), "");
    EXPECT_EQ(editor.text(), "format: postie/1\ntitle: Another town  # the town\nstations: [{id: hub, kind: router}]\n");
    // Over several lines, a line for each language: the block becomes the one value on the
    // key's line; a comment after the block stays.
    const std::string block = "format: postie/1\ntitle:\n  en: Town\n  de: Stadt\n# the town\nstations: [{id: hub, kind: router}]\n";
    ScenarioEditor blockEditor(block);
    EXPECT_EQ(blockEditor.set("", "title", "{en: Another town, de: Andere Stadt}"), "");
    EXPECT_EQ(blockEditor.text(),
              "format: postie/1\ntitle: {en: Another town, de: Andere Stadt}\n# the town\nstations: [{id: hub, kind: router}]\n");
    EXPECT_EQ(load(blockEditor.text()).title, "Another town");
}

TEST(ScenarioEditor, SetsALabelGivenInSeveralLanguagesAsOneText)
{
    ScenarioEditor plain("format: postie/1\nstations: [{id: hub, kind: router, label: Hub}]\n");
    ASSERT_EQ(plain.set("hub", "label", "The highway"), "");
    EXPECT_EQ(load(plain.text()).stations.at(0).labelIn("de"), "The highway");
    // Braces and quotes inside the texts do not end the map early.
    ScenarioEditor editor("format: postie/1\nstations: [{id: hub, kind: router, label: {en: \"Hub {1}\", de: 'Knoten ''}'''}, position: [1, 2]}]\n");
    ASSERT_EQ(editor.set("hub", "label", "The highway"), "");
    EXPECT_EQ(editor.text(), "format: postie/1\nstations: [{id: hub, kind: router, label: The highway, position: [1, 2]}]\n");
    for (const char* language : {"en", "de", "fr"}) EXPECT_EQ(load(editor.text()).stations.at(0).labelIn(language), "The highway");
}

TEST(ScenarioEditor, AppendsToEmptyMissingAndUnindentedListsAndRefusesBracketedOnes)
{
    const std::string entry = flowEntry({{"at", {"5m"}}, {"station", {"hub"}}, {"go", {"down"}}});
    EXPECT_EQ(entry, "{at: 5m, station: hub, go: down}");
    {
        ScenarioEditor editor("format: postie/1\nincidents: []   # none yet\nroads:\n");
        ASSERT_EQ(editor.append("incidents", entry), "");
        EXPECT_EQ(editor.text(), "format: postie/1\nincidents:    # none yet\n  - {at: 5m, station: hub, go: down}\nroads:\n");
    }
    {
        ScenarioEditor editor("format: postie/1");  // no line break at the end
        ASSERT_EQ(editor.append("incidents", entry, "# new"), "");
        EXPECT_EQ(editor.text(), "format: postie/1\n\nincidents:\n  - {at: 5m, station: hub, go: down}  # new\n");
    }
    {
        ScenarioEditor editor("incidents:\n- {at: 1m, station: hub, go: down}\n# the end of the incidents\n\nseed: 1\n");
        ASSERT_EQ(editor.append("incidents", entry), "");
        EXPECT_EQ(editor.text(), "incidents:\n- {at: 1m, station: hub, go: down}\n- {at: 5m, station: hub, go: down}\n"
                                 "# the end of the incidents\n\nseed: 1\n");
    }
    {
        ScenarioEditor editor("incidents: [{at: 1m, station: hub, go: down}]\n");
        EXPECT_NE(editor.append("incidents", entry).find("in brackets"), std::string::npos);
        EXPECT_EQ(editor.text(), "incidents: [{at: 1m, station: hub, go: down}]\n");
    }
    EXPECT_EQ(flowEntry({{"to", {"a@x.org"}, true}, {"subject", {"Hi, you"}}}), "{to: [a@x.org], subject: \"Hi, you\"}");
}

// The town editor's edits of list entries: a road's latency, a DNS record's field, a letter's
// subject, a station's place on the map; each changes only its own place in the file.
TEST(ScenarioEditor, SetsKeysOfListEntriesWhereTheyStand)
{
    const std::string town = "format: postie/1\n"
                             "dns:\n"
                             "  - {name: example.org, type: MX, preference: 10, host: mx.example.org}   # the MX\n"
                             "stations:\n"
                             "  - {id: hub, kind: router, position: [10, 20]}\n"
                             "  - id: mx.example.org\n"
                             "    kind: router\n"
                             "roads:\n"
                             "  - {between: [hub, mx.example.org], latency: 5ms}\n"
                             "mail:\n"
                             "  - {at: 0s, from: a@example.org, to: b@example.org}\n";
    ScenarioEditor editor(town);
    ASSERT_EQ(editor.setIn("roads", 0, "latency", "20ms"), "");
    ASSERT_EQ(editor.setIn("dns", 0, "preference", "5"), "");
    ASSERT_EQ(editor.setIn("mail", 0, "subject", "Tea, at four?"), "");
    ASSERT_EQ(editor.setIn("stations", 0, "position", "[300, -40]"), "");
    ASSERT_EQ(editor.setIn("stations", 1, "position", "[1.5, 2]"), "");
    EXPECT_EQ(editor.text(), "format: postie/1\n"
                             "dns:\n"
                             "  - {name: example.org, type: MX, preference: 5, host: mx.example.org}   # the MX\n"
                             "stations:\n"
                             "  - {id: hub, kind: router, position: [300, -40]}\n"
                             "  - position: [1.5, 2]\n"
                             "    id: mx.example.org\n"
                             "    kind: router\n"
                             "roads:\n"
                             "  - {between: [hub, mx.example.org], latency: 20ms}\n"
                             "mail:\n"
                             "  - {subject: \"Tea, at four?\", at: 0s, from: a@example.org, to: b@example.org}\n");
}

TEST(ScenarioEditor, RefusesListEntryEditsItCannotMakeWithAReason)
{
    const std::string town = "format: postie/1\nroads:\n  - {between: [a, b], latency: 5ms}\nincidents: [{at: 1m, station: a, go: down}]\n";
    ScenarioEditor editor(town);
    EXPECT_EQ(editor.setIn("roads", 1, "latency", "1ms"), "roads has no entry 2 (it has 1)");
    EXPECT_EQ(editor.setIn("roads", 0, "latncy", "1ms"), "road 1 has no key \"latncy\"; did you mean \"latency\"?");
    EXPECT_EQ(editor.setIn("roads", 0, "between", "[a, c]"), "road 1: \"between\" cannot be set");
    EXPECT_EQ(editor.setIn("stations", 0, "workers", "2"), "the scenario has no stations");
    EXPECT_EQ(editor.setIn("roads", 0, "position", "[1, 2]"), "road 1 has no key \"position\"; postie-cli keys lists them all");
    EXPECT_EQ(editor.remove("incidents", 0), "incidents: is written as a list in brackets; write its entries one per line, each starting with '- '");
    EXPECT_EQ(editor.text(), town);
    ScenarioEditor stations("stations:\n  - {id: a, kind: router, position: [1, 2]}\n");
    EXPECT_EQ(stations.setIn("stations", 0, "position", "here"), "a position is [x, y], two numbers in brackets, like [120, 80]");
}

TEST(ScenarioEditor, RemovesAListEntryWithItsLinesAndKeepsTheCommentsAroundIt)
{
    const std::string town = "stations:\n"
                             "  # the junction\n"
                             "  - {id: hub, kind: router}\n"
                             "  - id: mx\n"
                             "    kind: router   # the sorting station\n"
                             "\n"
                             "  # the last one\n"
                             "  - {id: box, kind: router}\n"
                             "# after the stations\n"
                             "roads: []\n";
    ScenarioEditor middle(town);
    ASSERT_EQ(middle.remove("stations", 1), "");
    EXPECT_EQ(middle.text(), "stations:\n"
                             "  # the junction\n"
                             "  - {id: hub, kind: router}\n"
                             "\n"
                             "  # the last one\n"
                             "  - {id: box, kind: router}\n"
                             "# after the stations\n"
                             "roads: []\n");
    ScenarioEditor last(town);
    ASSERT_EQ(last.remove("stations", 2), "");
    EXPECT_EQ(last.text(), "stations:\n"
                           "  # the junction\n"
                           "  - {id: hub, kind: router}\n"
                           "  - id: mx\n"
                           "    kind: router   # the sorting station\n"
                           "\n"
                           "  # the last one\n"
                           "# after the stations\n"
                           "roads: []\n");
    ScenarioEditor first(town);
    ASSERT_EQ(first.remove("stations", 0), "");
    EXPECT_EQ(first.text().find("hub"), std::string::npos);
    EXPECT_NE(first.text().find("  # the junction\n  - id: mx\n"), std::string::npos) << first.text();
    ScenarioEditor none(town);
    EXPECT_EQ(none.remove("stations", 3), "stations has no entry 4 (it has 3)");
}

// Every road of every bundled lesson can be removed and the rest of the file stays as it was.
TEST(ScenarioEditor, RemovesEachRoadOfEveryBundledScenarioLeavingTheOthers)
{
    for (const auto& path : bundledScenarios()) {
        const std::string text = readTextFile(path);
        const ScenarioSpec spec = load(text);
        for (std::size_t i = 0; i < spec.roads.size(); ++i) {
            ScenarioEditor editor(text);
            ASSERT_EQ(editor.remove("roads", i), "") << path << " road " << i;
            const LoadResult r = loadScenarioText(editor.text(), "edited.yaml");
            // A town may no longer hold together without that road; the file must still read.
            ASSERT_TRUE(r.spec || !r.errors.empty()) << path;
            // Exactly the road's own line is gone.
            const auto before = textLines(text), after = textLines(editor.text());
            ASSERT_EQ(before.size(), after.size() + 1) << path << " road " << i;
            const std::size_t k = std::size_t(std::mismatch(after.begin(), after.end(), before.begin()).first - after.begin());
            EXPECT_NE(before[k].find("between"), std::string::npos) << path << ": " << before[k];
            EXPECT_TRUE(std::equal(after.begin() + std::ptrdiff_t(k), after.end(), before.begin() + std::ptrdiff_t(k) + 1)) << path;
            if (spec.roads.size() > 1) {
                ScenarioEditor again(editor.text());
                EXPECT_EQ(again.setIn("roads", 0, "latency", "7ms"), "") << path;
            }
        }
    }
}

TEST(ScenarioEditor, WritesListsAndMapsInBracketsForTheKeysThatHoldThem)
{
    ScenarioEditor editor("format: postie/1\nstations:\n"
                          "  - {id: mx, kind: incoming, accepts: [a.test], deliver_to: box}\n"
                          "  - {id: bob, kind: client, user: bob@a.test, read_from: box, check: {protocol: imap-idle}}\n");
    ASSERT_EQ(editor.set("mx", "accepts", "[a.test, \"b.test\"]"), "");
    ASSERT_EQ(editor.set("bob", "check", "{protocol: pop3, every: 10m}"), "");
    ASSERT_EQ(editor.setIn("stations", 0, "retry", "{min: 1m, max: 1h}"), "");
    EXPECT_EQ(editor.text(), "format: postie/1\nstations:\n"
                             "  - {retry: {min: 1m, max: 1h}, id: mx, kind: incoming, accepts: [a.test, b.test], deliver_to: box}\n"
                             "  - {id: bob, kind: client, user: bob@a.test, read_from: box, check: {protocol: pop3, every: 10m}}\n");
    // A scalar where a list may stand stays a scalar; brackets for a key that holds one value are text.
    ASSERT_EQ(editor.set("mx", "accepts", "c.test"), "");
    ASSERT_EQ(editor.set("mx", "label", "[x]"), "");
    EXPECT_NE(editor.text().find("accepts: c.test"), std::string::npos) << editor.text();
    EXPECT_NE(editor.text().find("label: \"[x]\""), std::string::npos) << editor.text();
}

TEST(ScenarioEditor, RenamesAStationEverywhereItIsNamedButNotInTexts)
{
    const std::string town = "format: postie/1\n"
                             "dns:\n"
                             "  - {name: a.test, type: MX, preference: 10, host: mx.a.test}\n"
                             "  - {name: mx.a.test, type: A, address: 192.0.2.1}\n"
                             "stations:\n"
                             "  - {id: out, kind: outgoing}\n"
                             "  - {id: mx.a.test, kind: incoming, accepts: [a.test], deliver_to: box, label: mx.a.test}\n"
                             "  - {id: box, kind: mailbox, users: [b@a.test]}\n"
                             "roads:\n"
                             "  - {between: [out, \"mx.a.test\"], latency: 5ms}\n"
                             "incidents:\n"
                             "  - {at: 1m, station: mx.a.test, go: down}\n"
                             "mail:\n"
                             "  - {at: 0s, from: x@out.test, to: b@a.test, subject: mx.a.test}\n";
    ScenarioEditor editor(town);
    ASSERT_EQ(editor.renameStation("mx.a.test", "mx1.a.test"), "");
    EXPECT_EQ(editor.text(), "format: postie/1\n"
                             "dns:\n"
                             "  - {name: a.test, type: MX, preference: 10, host: mx1.a.test}\n"
                             "  - {name: mx1.a.test, type: A, address: 192.0.2.1}\n"
                             "stations:\n"
                             "  - {id: out, kind: outgoing}\n"
                             "  - {id: mx1.a.test, kind: incoming, accepts: [a.test], deliver_to: box, label: mx.a.test}\n"
                             "  - {id: box, kind: mailbox, users: [b@a.test]}\n"
                             "roads:\n"
                             "  - {between: [out, mx1.a.test], latency: 5ms}\n"
                             "incidents:\n"
                             "  - {at: 1m, station: mx1.a.test, go: down}\n"
                             "mail:\n"
                             "  - {at: 0s, from: x@out.test, to: b@a.test, subject: mx.a.test}\n");
    EXPECT_EQ(editor.renameStation("nobody", "x"), "no station \"nobody\"");
}

// Renaming a station of every bundled lesson keeps the lesson loading, with the same run.
TEST(ScenarioEditor, RenamesEveryStationOfEveryBundledScenarioAndTheTownStillLoads)
{
    for (const auto& path : bundledScenarios()) {
        const std::string text = readTextFile(path);
        const ScenarioSpec spec = load(text);
        for (const auto& s : spec.stations) {
            ScenarioEditor editor(text);
            ASSERT_EQ(editor.renameStation(s.id, "renamed-" + s.id), "") << path;
            const LoadResult r = loadScenarioText(editor.text(), "edited.yaml");
            ASSERT_TRUE(r.ok()) << path << " renaming " << s.id << ": " << (r.errors.empty() ? "" : r.errors.front().format());
            EXPECT_EQ(r.spec->stations.size(), spec.stations.size());
            EXPECT_EQ(r.spec->roads.size(), spec.roads.size());
        }
    }
}

// A lesson's stops are a list inside lesson: named by its path, they are edited and removed as
// the top-level lists are, and the lesson still loads.
TEST(ScenarioEditor, EditsAndRemovesTheStopsOfALesson)
{
    const std::string path = std::string(POSTIE_SOURCE_DIR) + "/scenarios/03-server-down-retries.yaml";
    const std::string text = readTextFile(path);
    ScenarioEditor editor(text);
    ASSERT_EQ(editor.setIn("lesson.stops", 0, "ask", "When does it knock again?"), "");
    EXPECT_NE(editor.text().find("ask: \"When does it knock again?\"\n      answer: wait"), std::string::npos) << editor.text();
    ASSERT_EQ(editor.setIn("lesson.stops", 0, "say", "Nobody opens the door."), "");
    EXPECT_NE(editor.text().find("say: Nobody opens the door."), std::string::npos) << editor.text();
    const LoadResult edited = loadScenarioText(editor.text(), "03.yaml");
    ASSERT_TRUE(edited.ok()) << edited.errors.front().format();
    EXPECT_EQ(edited.spec->lesson.stops[0].say.in("en"), "Nobody opens the door.");
    ASSERT_TRUE(edited.spec->lesson.stops[0].question);
    EXPECT_EQ(edited.spec->lesson.stops[0].question->ask.in("en"), "When does it knock again?");
    const std::size_t stops = edited.spec->lesson.stops.size();
    const std::size_t recap = edited.spec->lesson.recap.size();
    ASSERT_GT(recap, 0u);  // written after the stops: it must stay
    ASSERT_EQ(editor.remove("lesson.stops", stops - 1), "");
    const LoadResult removed = loadScenarioText(editor.text(), "03.yaml");
    ASSERT_TRUE(removed.ok()) << removed.errors.front().format();
    EXPECT_EQ(removed.spec->lesson.stops.size(), stops - 1);
    EXPECT_EQ(removed.spec->lesson.recap.size(), recap);
    // A stop added goes after the last one, before the recap, at the stops' indentation.
    ASSERT_EQ(editor.append("lesson.stops", flowEntry({{"when", {"{event: message.created, message: m1}"}, false, true},
                                                       {"say", {"Alice presses Send."}}})),
              "");
    EXPECT_NE(editor.text().find("    - {when: {event: message.created, message: m1}, say: Alice presses Send.}\n"),
              std::string::npos)
        << editor.text();
    const LoadResult added = loadScenarioText(editor.text(), "03.yaml");
    ASSERT_TRUE(added.ok()) << added.errors.front().format() << "\n" << editor.text();
    EXPECT_EQ(added.spec->lesson.stops.size(), stops);
    EXPECT_EQ(added.spec->lesson.stops.back().say.in("en"), "Alice presses Send.");
    EXPECT_EQ(added.spec->lesson.recap.size(), recap);
    EXPECT_NE(ScenarioEditor("lesson: {stops: []}\n").append("lesson.stops", "{say: x}"), "");
    EXPECT_NE(editor.setIn("lesson.stops", 0, "colour", "red"), "");  // no such key for a stop
    EXPECT_NE(editor.setIn("lesson.goals", 0, "say", "x"), "");        // goals are texts, not entries
}

// A lesson's goals and recap are lists of texts: an item is replaced whole (one text, or the
// same in several languages in braces), added and removed; the other items keep their lines.
TEST(ScenarioEditor, EditsAddsAndRemovesTheGoalsAndRecapOfALesson)
{
    const std::string path = std::string(POSTIE_SOURCE_DIR) + "/scenarios/03-server-down-retries.yaml";
    const std::string text = readTextFile(path);
    const LoadResult before = loadScenarioText(text, "03.yaml");
    ASSERT_TRUE(before.ok());
    const std::size_t goals = before.spec->lesson.goals.size();
    const std::size_t recap = before.spec->lesson.recap.size();
    ASSERT_GE(goals, 2u);
    ASSERT_GE(recap, 1u);

    ScenarioEditor editor(text);
    // The first goal, written over three lines in three languages, becomes one text on one line.
    ASSERT_EQ(editor.setIn("lesson.goals", 0, "goals", "See the depot keep the letter."), "");
    EXPECT_NE(editor.text().find("  goals:\n    - See the depot keep the letter.\n    - en: "), std::string::npos)
        << editor.text();
    // The last line of the recap, in two languages in braces.
    ASSERT_EQ(editor.setIn("lesson.recap", recap - 1, "recap", "{en: It waits., de: Er wartet.}"), "");
    const LoadResult edited = loadScenarioText(editor.text(), "03.yaml");
    ASSERT_TRUE(edited.ok()) << edited.errors.front().format() << "\n" << editor.text();
    ASSERT_EQ(edited.spec->lesson.goals.size(), goals);
    EXPECT_EQ(edited.spec->lesson.goals[0].in("en"), "See the depot keep the letter.");
    EXPECT_EQ(edited.spec->lesson.goals[1].in("en"), before.spec->lesson.goals[1].in("en"));
    EXPECT_EQ(edited.spec->lesson.recap.back().in("de"), "Er wartet.");
    EXPECT_EQ(edited.spec->lesson.stops.size(), before.spec->lesson.stops.size());
    // Only the edited items' lines changed.
    const auto was = textLines(text);
    const auto now = textLines(editor.text());
    EXPECT_EQ(was.size() - now.size(), 2u + 2u);  // three lines become one, twice

    // The panel's one field for an item: its text as written, settable.
    const auto fields = entryFields(editor.text(), "lesson.goals", 0);
    ASSERT_EQ(fields.size(), 1u);
    EXPECT_EQ(fields[0].key->name, "goals");
    EXPECT_TRUE(fields[0].settable);
    EXPECT_EQ(fields[0].value, "See the depot keep the letter.");
    EXPECT_EQ(entryFields(editor.text(), "lesson.recap", recap - 1).at(0).value, "{en: It waits., de: Er wartet.}");

    // A goal added goes after the last goal, before the stops; one removed takes its lines.
    ASSERT_EQ(editor.append("lesson.goals", yamlScalar("Count the tries.")), "");
    ASSERT_EQ(editor.remove("lesson.recap", 0), "");
    const LoadResult changed = loadScenarioText(editor.text(), "03.yaml");
    ASSERT_TRUE(changed.ok()) << changed.errors.front().format() << "\n" << editor.text();
    ASSERT_EQ(changed.spec->lesson.goals.size(), goals + 1);
    EXPECT_EQ(changed.spec->lesson.goals.back().in("en"), "Count the tries.");
    EXPECT_EQ(changed.spec->lesson.recap.size(), recap - 1);
    EXPECT_EQ(changed.spec->lesson.stops.size(), before.spec->lesson.stops.size());

    // A broken text is the loader's to refuse; a key other than the list's own is not a goal's.
    EXPECT_NE(editor.setIn("lesson.goals", 0, "recap", "x"), "");
    EXPECT_NE(editor.setIn("lesson.goals", goals + 5, "goals", "x"), "");
}

// A key left out takes its default again: in a flow map its "key: value" and one comma go, in a
// block map its lines; every other line stays, and a key the file leaves out already is no edit.
TEST(ScenarioEditor, LeavesAKeyOutWithItsLinesOrItsPlaceInBraces)
{
    const std::string text = "format: postie/1\n"
                             "seed: 7  # the same run every time\n"
                             "stations:\n"
                             "  - {id: smtp.a.test, kind: outgoing, workers: 4, position: [10, 20]}\n"
                             "  - id: mx.b.test\n"
                             "    kind: incoming\n"
                             "    label:\n"
                             "      en: The sorting station\n"
                             "      de: Das Sortierzentrum\n"
                             "    accepts: [b.test]\n"
                             "roads:\n"
                             "  - {between: [smtp.a.test, mx.b.test], latency: 5ms}\n";
    ScenarioEditor editor(text);
    ASSERT_EQ(editor.leaveOut("smtp.a.test", "workers"), "");
    ASSERT_EQ(editor.leaveOut("smtp.a.test", "position"), "");  // the last key: the comma before it goes
    ASSERT_EQ(editor.leaveOut("mx.b.test", "label"), "");
    ASSERT_EQ(editor.leaveOut("", "seed"), "");
    ASSERT_EQ(editor.leaveOutIn("roads", 0, "latency"), "");
    EXPECT_EQ(editor.text(), "format: postie/1\n"
                             "stations:\n"
                             "  - {id: smtp.a.test, kind: outgoing}\n"
                             "  - id: mx.b.test\n"
                             "    kind: incoming\n"
                             "    accepts: [b.test]\n"
                             "roads:\n"
                             "  - {between: [smtp.a.test, mx.b.test]}\n");
    const std::string before = editor.text();
    EXPECT_EQ(editor.leaveOut("smtp.a.test", "workers"), "");  // left out already
    EXPECT_EQ(editor.text(), before);
    // A key on an entry's first line ("- id: ...") cannot go without its entry; an unknown key is named.
    EXPECT_NE(editor.leaveOut("mx.b.test", "id"), "");
    EXPECT_NE(editor.leaveOut("mx.b.test", "colour"), "");
    EXPECT_EQ(editor.text(), before);
}

// The editors read a text the loader's guarded way: a stray ',' (on which yaml-cpp 0.7 loops
// forever, eating memory) is refused with the loader's words, by the editor, the town draft's
// lists and sketch, and the panel's fields, as a broken file opened to be mended has it.
TEST(ScenarioEditor, ReadsABrokenTextTheGuardedWay)
{
    const std::string comma = "# note\n, nothing else\nformat: postie/1\nstations:\n  - {id: a, kind: router}\n";
    ScenarioEditor editor(comma);
    const std::string error = editor.set("", "seed", "1");
    EXPECT_NE(error.find("line 2, column 1"), std::string::npos) << error;
    EXPECT_NE(error.find("cannot start with ','"), std::string::npos) << error;
    EXPECT_TRUE(topLevelEntries(comma, "stations").empty());
    EXPECT_TRUE(scenarioFields(comma).empty());
    TownDraft draft(comma, "comma.yaml");
    EXPECT_TRUE(draft.sketch().stations.empty());
    EXPECT_FALSE(draft.loaded().ok());
    // Entries without the keys looked for, and a map where a list belongs (found by fuzzing:
    // yaml-cpp throws when asked about a key a const map does not have).
    TownDraft roads("stations:\n  - {kind: router}\n  - {id: a, kind: router}\nroads:\n  - {latency: 5ms}\n", "r.yaml");
    EXPECT_EQ(roads.sketch().stations.size(), 1u);
    EXPECT_NE(roads.addRoad("a", "a", "1ms"), "");
    EXPECT_EQ(roads.removeStation("a"), "");
    ScenarioEditor mapped("format: postie/1\nstations: {a: b}\n");
    EXPECT_NE(mapped.renameStation("a", "b"), "");
    EXPECT_NE(mapped.set("a", "label", "x"), "");
    // A value typed with a stray ',' is a text, not a list read forever.
    ScenarioEditor town("format: postie/1\nstations:\n  - {id: mx, kind: incoming, accepts: [a.test], deliver_to: mx}\n");
    EXPECT_EQ(town.setIn("stations", 0, "accepts", "[\n, b.test]"), "");
}

} // namespace
} // namespace postie
