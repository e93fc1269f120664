// The placer takes each label's first free candidate, keeps later labels clear of those that
// block, lets a label lie on its own station's building but never on a name; the layout
// stretches only as far, and only along the axis, that the stations' cards need.
#include "map/label_placer.h"
#include "map/town_layout.h"

#include <gtest/gtest.h>

namespace postie::gui {
namespace {

TEST(LabelPlacer, TakesTheFirstCandidateThatCoversNoNameAndNoLabelPlacedBefore)
{
    LabelPlacer placer;
    placer.addName(QRectF(0, 0, 100, 20));
    placer.addBody(QRectF(0, -80, 100, 80), 7);
    const QRectF onName(10, 10, 30, 10);
    const QRectF onBody(10, -40, 30, 10);
    const QRectF free(200, 0, 30, 10);
    EXPECT_EQ(placer.place({{onName, onBody, free}, -1, true}), 2);
    EXPECT_EQ(placer.place({{onName, onBody, free}, 7, true}), 1);  // its own building
    EXPECT_EQ(placer.place({{free, onBody}, -1, false}), -1);         // both taken by now
    EXPECT_EQ(placer.place({{onName}, 7, true}), -1);                 // never its own name either
    EXPECT_TRUE(placer.isFree(QRectF(400, 0, 10, 10)));
}

TEST(LabelPlacer, CandidatesAroundAnAnchorStartAboveIt)
{
    const QList<QRectF> c = LabelPlacer::around(QRectF(0, 0, 40, 20), QSizeF(10, 6), 2, 2, 10);
    ASSERT_EQ(c.size(), 16);
    EXPECT_EQ(c[0], QRectF(15, -8, 10, 6));
    EXPECT_EQ(c[1], QRectF(15, 22, 10, 6));
    EXPECT_EQ(c[8], QRectF(15, -18, 10, 6));  // the second ring, further out
}

TEST(TownLayout, SpreadsOnlyAlongTheAxisThatNeedsIt)
{
    const QRectF card(-100, -50, 200, 100);
    // A row of two 150 apart with cards 200 wide: stretched across to 216 apart, not down.
    QPointF f = TownLayout::spread({{0, 0}, {150, 0}}, {card, card}, 16);
    EXPECT_NEAR(f.x() * 150, 216, 0.1);
    EXPECT_EQ(f.y(), 1);
    // A column: only down.
    f = TownLayout::spread({{0, 0}, {0, 90}}, {card, card}, 16);
    EXPECT_EQ(f.x(), 1);
    EXPECT_NEAR(f.y() * 90, 116, 0.1);
    // Room enough already: left as written.
    f = TownLayout::spread({{0, 0}, {300, 300}}, {card, card}, 16);
    EXPECT_EQ(f, QPointF(1, 1));
}

} // namespace
} // namespace postie::gui
