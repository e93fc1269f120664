// The Inspector's journey timeline reads in both themes: its stations' names, the mark under a
// stop ("waits") and the road behind the letter keep their contrast on the light theme's paper
// and on the dark theme's slate (WCAG: 4.5 for words, 3 for lines and greyed words).
#include "inspector/journey_timeline.h"
#include "shell/classroom_style.h"

#include <QImage>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace postie::gui {
namespace {

double luminance(QColor c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(QColor a, QColor b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The strongest contrast with the ground of any pixel in `area`: the core of a word or a line.
double strongest(const QImage& image, const QRect& area, QColor ground)
{
    double best = 1;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) best = std::max(best, contrast(image.pixelColor(x, y), ground));
    return best;
}

class JourneyTimelineTheme : public ::testing::TestWithParam<bool> {};

TEST_P(JourneyTimelineTheme, WordsMarksAndRoadsKeepTheirContrast)
{
    const bool dark = GetParam();
    const QPalette palette = ClassroomStyle::palette(dark);
    JourneyTimeline timeline;
    timeline.setPalette(palette);
    // Two stops behind the letter (the first with a mark and no clock, so the mark is all there
    // is under its dot), one ahead.
    timeline.setJourney({{QStringLiteral("smtp.sender.test"), QString(), QStringLiteral("waits")},
                         {QStringLiteral("mx.example.org"), QStringLiteral("09:00:01"), QString()},
                         {QStringLiteral("box.example.org"), QStringLiteral("09:00:02"), QString()}},
                        2, -1);
    timeline.resize(timeline.sizeHint());
    const QImage image = timeline.grab().toImage();
    const QColor ground = palette.color(QPalette::Window);
    ASSERT_EQ(image.pixelColor(image.width() - 1, image.height() - 1), ground) << "drawn on the window's ground";

    const int stop = image.width() / 3;  // each stop's column
    const int line = timeline.fontMetrics().height();  // a line of words
    // The road between the first two stops, where no word is: its row is the strongest there.
    const int between = stop;
    int roadRow = 0;
    for (int y = 0; y < image.height(); ++y)
        if (contrast(image.pixelColor(between, y), ground) > contrast(image.pixelColor(between, roadRow), ground)) roadRow = y;
    EXPECT_GE(contrast(image.pixelColor(between, roadRow), ground), 3.0) << "the road behind the letter";
    EXPECT_GE(strongest(image, QRect(0, 0, stop, line), ground), 4.5) << "a reached station's name";
    EXPECT_GE(strongest(image, QRect(2 * stop, 0, stop, line), ground), 3.0) << "a station ahead, greyed";
    // Under the first dot only its mark is drawn (clear of the dot itself).
    const QRect underDot(0, roadRow + line / 2 + 12, stop, image.height());
    EXPECT_GE(strongest(image, underDot, ground), 4.5) << "the mark under a stop";
}

INSTANTIATE_TEST_SUITE_P(BothThemes, JourneyTimelineTheme, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool>& info) { return info.param ? "Dark" : "Light"; });

} // namespace
} // namespace postie::gui
