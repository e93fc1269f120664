// English plurals are worded without a catalogue: "%n letter(s)" reads "1 letter" and "3 letters".
#include "replay/english_plurals.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

namespace postie::gui {
namespace {

TEST(EnglishPlurals, WordsACountInASentence)
{
    const EnglishPlurals plurals;
    EXPECT_EQ(plurals.translate("Any", "%n letter(s) waiting", nullptr, 1), QStringLiteral("%n letter waiting"));
    EXPECT_EQ(plurals.translate("Any", "%n letter(s) waiting", nullptr, 0), QStringLiteral("%n letters waiting"));
    EXPECT_EQ(plurals.translate("Any", "%n copy for %n reader(s) and their device(s)", nullptr, 3),
              QStringLiteral("%n copy for %n readers and their devices"))
        << "every (s) of the sentence";
}

TEST(EnglishPlurals, LeavesEveryOtherTextToTheNextCatalogue)
{
    const EnglishPlurals plurals;
    EXPECT_TRUE(plurals.translate("Any", "Play", nullptr, -1).isNull());
    EXPECT_TRUE(plurals.translate("Any", "(s) without a count", nullptr, -1).isNull());
    EXPECT_TRUE(plurals.translate("Any", "… and %n more", nullptr, 3).isNull());
}

TEST(EnglishPlurals, InstalledItWordsEveryCount)
{
    // This test program installs it (replay_test_main.cpp).
    EXPECT_EQ(QCoreApplication::translate("Any", "%n minute(s)", nullptr, 1), QStringLiteral("1 minute"));
    EXPECT_EQ(QCoreApplication::translate("Any", "%n minute(s)", nullptr, 5), QStringLiteral("5 minutes"));
}

} // namespace
} // namespace postie::gui
