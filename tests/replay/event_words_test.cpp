// Every event type the trace documents has a plain name for the event log, and the documented
// list and the vocabulary are the same list.
#include "replay/event_words.h"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <string>

namespace postie::gui {
namespace {

// The types docs/trace.md lists in its table of events: the backquoted names in the first
// column ("| `station.down`, `station.up` | ...").
std::set<std::string> documentedTypes()
{
    std::ifstream doc(POSTIE_SOURCE_DIR "/docs/trace.md");
    std::set<std::string> types;
    const std::regex name("`([a-z]+\\.[a-z]+)`");
    for (std::string line; std::getline(doc, line);) {
        if (line.rfind("| `", 0) != 0) continue;
        const std::string first = line.substr(1, line.find('|', 1) - 1);
        for (std::sregex_iterator it(first.begin(), first.end(), name), end; it != end; ++it)
            types.insert((*it)[1]);
    }
    return types;
}

TEST(EventWords, EveryTypeInTheTraceDocumentHasAPlainName)
{
    const auto types = documentedTypes();
    ASSERT_GE(types.size(), 20u) << "the table of events in docs/trace.md";
    for (const auto& name : types) {
        const auto type = eventTypeFromName(name);
        ASSERT_TRUE(type.has_value()) << name << " is documented but not in the vocabulary";
        const QString plain = EventWords::plain(*type);
        EXPECT_FALSE(plain.isEmpty()) << name;
        EXPECT_FALSE(plain.contains(QLatin1Char('.'))) << name << ": " << plain.toStdString();
        EXPECT_EQ(EventWords::dotted(*type).toStdString(), name);
        EXPECT_EQ(EventWords::both(*type), plain + QStringLiteral(" (") + QString::fromStdString(name) + ')');
    }
}

TEST(EventWords, EveryTypeOfTheVocabularyIsDocumentedAndNamedOnce)
{
    const auto types = documentedTypes();
    std::set<QString> plains;
    for (int t = 0; t < kEventTypeCount; ++t) {
        const std::string name(eventTypeName(EventType(t)));
        EXPECT_TRUE(types.count(name)) << name << " is missing from docs/trace.md";
        EXPECT_TRUE(plains.insert(EventWords::plain(EventType(t))).second)
            << "two types share the plain name " << EventWords::plain(EventType(t)).toStdString();
    }
}

} // namespace
} // namespace postie::gui
