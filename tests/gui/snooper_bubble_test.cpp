// A snooper's speech bubble stays on the map and off the stations' names: whenever a snooper
// speaks (a letter read, a seal offer torn off), in lessons 19 and 20 and in a town with its
// snooper in the top row, at 1024x700 and 1280x800, in the usual look and in presentation mode,
// the bubble is inside the visible scene and covers no station's name card and no other
// station's building.
#include "gui_test_support.h"
#include "map/speech_bubble_item.h"

#include <QGraphicsView>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

struct Case {
    QString file;
    QSize size;
    bool presentation;
};

void PrintTo(const Case& c, std::ostream* out)
{
    *out << c.file.toStdString() << ' ' << c.size.width() << 'x' << c.size.height() << (c.presentation ? " presentation" : "");
}

// What is wrong with the bubbles on the map now, as sentences.
QStringList bubbleProblems(const MainWindow& window)
{
    QStringList problems;
    const TownScene& scene = sceneOf(window);
    const TownView& view = viewOf(window);
    const QRectF seen = view.mapToScene(view.viewport()->rect()).boundingRect();
    for (const StationItem* snooper : scene.stations()) {
        const SpeechBubbleItem* bubble = scene.bubble(snooper->id());
        if (!bubble) continue;
        const QRectF rect = bubble->mapRectToScene(bubble->bubbleRect());
        const QString what = QStringLiteral("%1's bubble \"%2\"").arg(snooper->id(), bubble->lines().join(QLatin1Char(' ')));
        if (!scene.sceneRect().contains(rect)) problems << what + QStringLiteral(" leaves the map");
        if (!seen.contains(rect)) problems << what + QStringLiteral(" is not all in the window");
        for (const StationItem* s : scene.stations()) {
            if (rect.intersects(s->nameCardRect())) problems << what + QStringLiteral(" covers the name of ") + s->id();
            if (s != snooper && rect.intersects(s->buildingRect().translated(s->pos())))
                problems << what + QStringLiteral(" covers the building of ") + s->id();
        }
    }
    return problems;
}

class SnooperBubble : public ::testing::TestWithParam<Case> {};

TEST_P(SnooperBubble, StaysOnTheMapAndOffTheNames)
{
    const Case c = GetParam();
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showActive(window, c.size));
    window.setLook(false, c.presentation);
    window.setWindowState(Qt::WindowNoState);  // presentation mode in this window size, as a screenshot has it
    window.resize(c.size);
    ASSERT_TRUE(window.openScenario(c.file));
    ASSERT_TRUE(waitForRun(window.player()));
    if (auto* lesson = window.findChild<QDockWidget*>(QStringLiteral("lessonDock"))) lesson->close();
    QCoreApplication::processEvents();
    const TraceView records = window.player().session()->records();
    int spoken = 0;
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (records.type(i) != EventType::LetterRead && records.type(i) != EventType::TlsStripped) continue;
        window.player().clock().seekRecord(i + 1);
        QCoreApplication::processEvents();
        const QStringList problems = bubbleProblems(window);
        EXPECT_TRUE(problems.isEmpty()) << "after record " << i << ":\n" << problems.join(QLatin1Char('\n')).toStdString();
        for (const StationItem* s : sceneOf(window).stations()) spoken += sceneOf(window).bubble(s->id()) != nullptr;
    }
    EXPECT_GT(spoken, 0) << "a snooper spoke";
    window.setLook(false, false);
}

std::vector<Case> cases()
{
    std::vector<Case> out;
    for (const QString& file : {lessonPath(QStringLiteral("19-postcards-and-sealed-envelopes.yaml")),
                                lessonPath(QStringLiteral("20-starttls-stripped.yaml")),
                                QStringLiteral(POSTIE_TEST_DATA_DIR "/snooper_top_row.yaml")})
        for (QSize size : {QSize(1024, 700), QSize(1280, 800)})
            for (bool presentation : {false, true}) out.push_back({file, size, presentation});
    return out;
}

INSTANTIATE_TEST_SUITE_P(Snoopers, SnooperBubble, ::testing::ValuesIn(cases()), [](const ::testing::TestParamInfo<Case>& info) {
    const QString base = QFileInfo(info.param.file).baseName().left(12).replace(QLatin1Char('-'), QLatin1Char('_'));
    return (base + QStringLiteral("_%1%2").arg(info.param.size.width()).arg(info.param.presentation ? "_Presentation" : "")).toStdString();
});

} // namespace
} // namespace postie::gui
