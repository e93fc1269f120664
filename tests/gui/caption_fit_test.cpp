// A moment with many sentences must not push the map off the window: the caption keeps at
// most three lines, the newest sentence always among them.
#include "gui_test_support.h"
#include "playback/caption_bar.h"
#include "replay/town_frame.h"

#include <QTest>

#include <gtest/gtest.h>

namespace postie::gui {
namespace {

TEST(CaptionFit, ManySentencesOfOneMomentKeepTheNewestWithinThreeLines)
{
    CaptionBar bar;
    QFont big = bar.font();
    big.setPointSizeF(big.pointSizeF() * 1.6);  // presentation mode's type
    bar.setFont(big);
    bar.resize(700, 300);
    bar.show();
    QCoreApplication::processEvents();

    TownFrame frame;
    QStringList sentences;
    for (int i = 1; i <= 6; ++i)
        sentences << QStringLiteral("Sentence number %1 tells what the post office did with the letter at this moment").arg(i);
    frame.caption = ("(1 more at this moment) " + sentences.join(QStringLiteral(". "))).toStdString();
    bar.showFrame(frame);

    const QString shown = bar.caption();
    EXPECT_TRUE(shown.endsWith(sentences.last())) << shown.toStdString();
    EXPECT_TRUE(shown.startsWith(QStringLiteral("("))) << "it says that there was more: " << shown.toStdString();
    EXPECT_FALSE(shown.contains(sentences.first())) << "the oldest sentences give way";

    frame.caption = "One short sentence";
    bar.showFrame(frame);
    EXPECT_EQ(bar.caption(), QStringLiteral("One short sentence")) << "a caption that fits is left alone";
}

} // namespace
} // namespace postie::gui
