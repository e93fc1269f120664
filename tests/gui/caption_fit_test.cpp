// A moment with many sentences must not push the map off the window: the caption keeps at
// most three lines, the newest sentence always among them.
#include "gui_test_support.h"
#include "playback/caption_bar.h"
#include "replay/town_frame.h"

#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace postie::gui {
namespace {

TEST(CaptionFit, ManySentencesOfOneMomentKeepTheNewestWithinThreeLines)
{
    CaptionBar bar;
    QFont big = bar.font();
    big.setPointSizeF(big.pointSizeF() * 1.6);  // presentation mode's type
    bar.setFont(big);
    bar.resize(1200, 300);  // room for the newest sentence alone in three lines
    bar.show();
    QCoreApplication::processEvents();

    TownFrame frame;
    QStringList sentences;
    for (int i = 1; i <= 6; ++i)
        sentences << QStringLiteral("Sentence number %1 tells what the post office did with the letter at this moment").arg(i);
    frame.caption = sentences.join(QStringLiteral(". ")).toStdString();
    frame.captionMore = 1;  // one sentence of the moment before these was not told
    bar.showFrame(frame);

    const QString shown = bar.caption();
    EXPECT_TRUE(shown.endsWith(sentences.last())) << shown.toStdString();
    EXPECT_FALSE(shown.contains(sentences.first())) << "the oldest sentences give way";
    const int left = int(sentences.size() - shown.count(QStringLiteral("Sentence number")));
    EXPECT_TRUE(shown.startsWith(QStringLiteral("(%1 more at this moment) ").arg(left + 1)))
        << "it says how many more there were, the one not told included: " << shown.toStdString();

    frame.caption = "One short sentence";
    frame.captionMore = 0;
    bar.showFrame(frame);
    EXPECT_EQ(bar.caption(), QStringLiteral("One short sentence")) << "a caption that fits is left alone";
}

// The caption as the bar shows it fits the lines its label has.
bool shownWhole(const CaptionBar& bar)
{
    const QLabel& caption = *bar.findChild<QLabel*>(QStringLiteral("captionText"));
    return caption.text() == bar.caption() && caption.height() >= caption.heightForWidth(caption.width());
}

const char* kLongSentence =
    "The post office smtp.school.test asks the postal-code directory dns.school.test which sorting station "
    "serves example.org, and which of its sorting stations takes the letter first when all of them are "
    "open for the day, so that the letter goes the shortest way (DNS MX query)";

const QLabel& captionLabel(const CaptionBar& bar) { return *bar.findChild<QLabel*>(QStringLiteral("captionText")); }

TEST(CaptionFit, ASentenceTooLongForTheLinesLosesWordsBeforeItsProtocolWords)
{
    CaptionBar bar;
    bar.resize(500, 300);
    bar.show();
    QCoreApplication::processEvents();
    TownFrame frame;
    frame.caption = kLongSentence;
    bar.showFrame(frame);
    const QString shown = bar.caption();
    // The protocol words are what the class learns: they stay, the story's last words go.
    EXPECT_TRUE(shown.endsWith(QStringLiteral("… (DNS MX query)"))) << shown.toStdString();
    const QString story = shown.left(shown.indexOf(QStringLiteral("…")));
    EXPECT_TRUE(QString::fromLatin1(kLongSentence).startsWith(story)) << "whole words from the start";
}

TEST(CaptionFit, ASentenceALittleTooLongIsSetSmallerAndShownWhole)
{
    CaptionBar bar;
    bar.resize(900, 300);
    bar.show();
    QCoreApplication::processEvents();
    TownFrame frame;
    frame.caption = "Short";
    bar.showFrame(frame);
    const qreal normal = captionLabel(bar).font().pointSizeF();
    // Find a sentence that just does not fit two lines at the caption's own type.
    const QFontMetrics metrics(captionLabel(bar).font());
    const int width = captionLabel(bar).width();
    const int twoLines = std::max(metrics.lineSpacing(), metrics.height()) * 2 + 2;
    QString sentence = QStringLiteral("The post office smtp.sender.test asks the postal-code directory dns.sender.test");
    while (metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, sentence + QStringLiteral(" (DNS MX query)")).height() <= twoLines)
        sentence += QStringLiteral(" again");
    sentence += QStringLiteral(" (DNS MX query)");
    frame.caption = sentence.toStdString();
    bar.showFrame(frame);
    EXPECT_EQ(bar.caption(), sentence) << "no word lost";
    EXPECT_LT(captionLabel(bar).font().pointSizeF(), normal);
    EXPECT_GE(captionLabel(bar).font().pointSizeF(), normal * 0.8 - 0.01);
    frame.caption = "Short again";
    bar.showFrame(frame);
    EXPECT_EQ(captionLabel(bar).font().pointSizeF(), normal) << "the next sentence gets the caption's own type";
}

// Presentation type at 1024x700: the window gives the bar room for two lines of caption, not
// three. What shows is what fits, ending in "…", not a sentence stopping mid-way.
TEST(CaptionFit, ABarGivenLessRoomThanItAsksShowsWholeLinesEndingInAnEllipsis)
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* map = new QWidget;
    layout->addWidget(map, 1);
    auto* bar = new CaptionBar;
    layout->addWidget(bar);
    QFont big = bar->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    bar->setFont(big);
    window.resize(1000, 400);
    window.show();
    TownFrame frame;
    frame.caption = "Short";
    bar->showFrame(frame);
    QTest::qWait(20);
    // The map keeps all but the bar's smallest height: two lines of caption.
    map->setMinimumHeight(window.height() - bar->minimumSizeHint().height() - 2 * layout->spacing() -
                          layout->contentsMargins().top() - layout->contentsMargins().bottom());
    QTest::qWait(20);
    frame.caption = kLongSentence;
    bar->showFrame(frame);
    QTest::qWait(50);
    const QString shown = bar->caption();
    EXPECT_TRUE(shownWhole(*bar)) << shown.toStdString();
    EXPECT_TRUE(shown.endsWith(QStringLiteral("… (DNS MX query)"))) << shown.toStdString();
}

} // namespace
} // namespace postie::gui
