// A lesson's answer on the map and a failure's mark never hide each other: in lesson 14 the
// school's sorting station refuses the forged letter (its "550 refused" mark over the roof) at
// the very moment the answer is revealed there ("Answer: 550" on the ring round it). At every
// reveal of the trust lessons, in three window sizes, the answer's tag covers no mark and no
// station's name.
#include "gui_test_support.h"
#include "lesson/lesson_controller.h"
#include "map/failure_sign_item.h"
#include "map/highlight_item.h"

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

const HighlightItem* ringOf(const TownScene& scene)
{
    for (const QGraphicsItem* item : scene.items())
        if (item->type() == HighlightItem::Type && item->isVisible()) return static_cast<const HighlightItem*>(item);
    return nullptr;
}

struct Case {
    const char* lesson;
    QSize size;
};

void PrintTo(const Case& c, std::ostream* out) { *out << c.lesson << ' ' << c.size.width() << 'x' << c.size.height(); }

class AnswerTag : public ::testing::TestWithParam<Case> {};

TEST_P(AnswerTag, CoversNoFailureMarkAndNoName)
{
    const Case c = GetParam();
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showActive(window, c.size));
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QString::fromLatin1(c.lesson), true));
    auto& lessons = partOf<LessonController>(window, "lessonController");
    ASSERT_TRUE(QTest::qWaitFor([&] { return lessons.run().known(); }, 30000));
    const TownScene& scene = sceneOf(window);
    int beside = 0;  // reveals with a tag and a mark on the map at once
    for (const LessonStopPlace& stop : lessons.run().stops()) {
        if (!stop.revealCursor) continue;
        window.player().clock().seekRecord(*stop.revealCursor);
        QCoreApplication::processEvents();
        const HighlightItem* ring = ringOf(scene);
        if (!ring || ring->note().isEmpty()) continue;
        const QRectF tag = ring->noteSceneRect();
        ASSERT_FALSE(tag.isNull());
        bool marks = false;
        for (const StationItem* s : scene.stations()) {
            EXPECT_FALSE(tag.intersects(s->nameCardRect())) << "the tag '" << ring->note().toStdString() << "' covers "
                                                            << s->id().toStdString() << "'s name at record " << *stop.revealCursor;
            const FailureSignItem* sign = scene.failureSign(s->id());
            if (!sign || !sign->mark() || sign->markSceneRect().isNull()) continue;
            marks = true;
            EXPECT_FALSE(tag.intersects(sign->markSceneRect()))
                << "the tag '" << ring->note().toStdString() << "' and " << s->id().toStdString() << "'s mark '"
                << FailureSignItem::markText(*sign->mark()).toStdString() << "' overlap at record " << *stop.revealCursor;
        }
        beside += marks;
    }
    if (QLatin1String(c.lesson).startsWith(QLatin1String("14-"))) EXPECT_GT(beside, 0) << "lesson 14 reveals its 550 beside its mark";
}

std::vector<Case> cases()
{
    std::vector<Case> out;
    for (const char* lesson : {"13-a-forged-sender.yaml", "14-the-from-line-lies.yaml", "19-postcards-and-sealed-envelopes.yaml",
                               "20-starttls-stripped.yaml"})
        for (QSize size : {QSize(1024, 700), QSize(1280, 800), QSize(1920, 1080)}) out.push_back({lesson, size});
    return out;
}

INSTANTIATE_TEST_SUITE_P(TrustLessons, AnswerTag, ::testing::ValuesIn(cases()), [](const ::testing::TestParamInfo<Case>& info) {
    return "Lesson" + std::string(info.param.lesson).substr(0, 2) + "_" + std::to_string(info.param.size.width());
});

} // namespace
} // namespace postie::gui
