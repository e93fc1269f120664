// The sorting station's checks (SPF, DKIM, DMARC and what it does) are the sentence lessons 13
// to 20 turn on: it has a caption of its own that keeps what the station does and the DMARC
// result whatever the window.
#include "gui_test_support.h"
#include "playback/caption_bar.h"

#include <QTest>

#include <gtest/gtest.h>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

// The caption at each check of lesson 14, its Lesson panel open, and the whole sentence.
std::vector<std::pair<QString, QString>> checkCaptions(QSize size)
{
    std::vector<std::pair<QString, QString>> out;
    MainWindow window;
    showActive(window, size);
    openLesson(window, QStringLiteral("14-the-from-line-lies.yaml"), true);
    const auto& records = window.player().session()->records();
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (records.type(i) != EventType::AuthChecked) continue;
        window.player().clock().seekRecord(i + 1);
        QTest::qWait(30);
        out.emplace_back(captionBarOf(window).caption(),
                         QString::fromStdString(window.player().session()->narrator().tell(records[i])));
    }
    return out;
}

// What the station does comes first and the DMARC result last, so that a caption too narrow
// for the whole sentence (the large type of 1024x700, or of 1280x800) cuts only its middle.
void expectTheVerdictAndTheDmarcResult(QSize size)
{
    const auto captions = checkCaptions(size);
    ASSERT_EQ(captions.size(), 3u);
    for (const auto& [shown, sentence] : captions) {
        const qsizetype verdict = sentence.indexOf(QStringLiteral("; "));
        ASSERT_GT(verdict, 0) << sentence.toStdString();
        EXPECT_TRUE(shown.startsWith(sentence.left(verdict))) << "shown: " << shown.toStdString();
        const qsizetype dmarc = sentence.lastIndexOf(QStringLiteral(" (DMARC "));
        ASSERT_GT(dmarc, 0) << sentence.toStdString();
        EXPECT_TRUE(shown.endsWith(sentence.mid(dmarc + 1))) << "shown: " << shown.toStdString();
    }
}

TEST(ChecksCaption, AtTheSmallestWindowTheVerdictAndTheDmarcResultShow) { expectTheVerdictAndTheDmarcResult(QSize(1024, 700)); }

TEST(ChecksCaption, At1280x800TheVerdictAndTheDmarcResultShow) { expectTheVerdictAndTheDmarcResult(QSize(1280, 800)); }

} // namespace
} // namespace postie::gui
