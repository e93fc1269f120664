// Nothing covers a station's name: on every bundled lesson, at 1024x700, 1280x800 and
// 1920x1080, in the usual look and in presentation mode, at moments from the start to the end
// of the run, no station's name card overlaps another station's building or name, a road
// sign, a stamp, a failure's mark, a truck's tag, words on their way, or a truck drawn above
// it; no stamp, mark or sign overlaps another; no stamp or mark lies on any building or badge
// (its own station's too); and every name is inside the window and drawn (not a speck).
#include "gui_test_support.h"
#include "map/failure_sign_item.h"
#include "map/road_item.h"

#include <QGraphicsView>

#include <cctype>
#include <string>
#include <vector>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

constexpr double kNamesDrawnFrom = 0.35;  // StationItem draws no name below this zoom

struct Mark {
    QString what;
    QRectF rect;
};

QString describe(const QRectF& r)
{
    return QStringLiteral("[%1,%2 %3x%4]").arg(r.x(), 0, 'f', 0).arg(r.y(), 0, 'f', 0).arg(r.width(), 0, 'f', 0).arg(r.height(), 0, 'f', 0);
}

// What the scene shows at this moment that a name must stay clear of, besides other stations.
QList<Mark> labelsOf(const TownScene& scene)
{
    QList<Mark> out;
    for (const StationItem* s : scene.stations())
        if (const QRectF stamp = s->stampRect(); !stamp.isNull()) out << Mark{s->id() + QStringLiteral("'s stamp"), stamp};
    for (const StationItem* s : scene.stations())
        if (const FailureSignItem* sign = scene.failureSign(s->id()); sign && sign->mark() && !sign->markSceneRect().isNull())
            out << Mark{s->id() + QStringLiteral("'s mark '%1'").arg(FailureSignItem::markText(*sign->mark())), sign->markSceneRect()};
    for (const QGraphicsItem* item : scene.items()) {
        if (!item->isVisible()) continue;
        if (const auto* road = qgraphicsitem_cast<const RoadItem*>(item)) {
            if (const QRectF sign = road->signRect(); !sign.isNull())
                out << Mark{QStringLiteral("the sign of %1-%2").arg(road->a()->id(), road->b()->id()), sign};
        }
    }
    for (const TruckItem* t : scene.trucks())
        if (t->isVisible() && !t->tagRect().isNull()) out << Mark{QStringLiteral("the tag of truck ") + t->message(), t->tagRect()};
    for (const WireItem* w : scene.wires())
        if (w->isVisible()) out << Mark{QStringLiteral("the bubble '%1'").arg(w->label()), w->bubbleRect()};
    return out;
}

// Every overlap with a name at this moment, as sentences.
QStringList coveredNames(const MainWindow& window)
{
    const TownScene& scene = sceneOf(window);
    const TownView& view = viewOf(window);
    QStringList problems;
    const QRectF seen = view.mapToScene(view.viewport()->rect()).boundingRect();
    if (view.transform().m11() < kNamesDrawnFrom)
        problems << QStringLiteral("the town is drawn at %1, too small for its names (map %2x%3)")
                        .arg(view.transform().m11())
                        .arg(view.viewport()->width())
                        .arg(view.viewport()->height());
    const QList<Mark> labels = labelsOf(scene);
    const QList<StationItem*> stations = scene.stations();
    for (const StationItem* s : stations) {
        const QRectF name = s->nameCardRect();
        if (!seen.contains(name)) problems << s->id() + QStringLiteral("'s name is outside the window ") + describe(name);
        for (const StationItem* other : stations) {
            if (other == s) continue;
            const QRectF building = other->buildingRect().translated(other->pos());
            if (name.intersects(building)) problems << s->id() + QStringLiteral("'s name covers the building of ") + other->id();
            if (name.intersects(other->nameCardRect()) && s->id() < other->id())
                problems << s->id() + QStringLiteral("'s name and ") + other->id() + QStringLiteral("'s overlap");
        }
        for (const Mark& m : labels)
            if (name.intersects(m.rect)) problems << m.what + QStringLiteral(" covers ") + s->id() + QStringLiteral("'s name ") + describe(m.rect) + describe(name);
        // A truck may pass under a name, never over it.
        for (const TruckItem* t : scene.trucks())
            if (t->isVisible() && t->zValue() > s->zValue() && t->sceneBoundingRect().intersects(name))
                problems << QStringLiteral("truck ") + t->message() + QStringLiteral(" is drawn over ") + s->id() + QStringLiteral("'s name");
    }
    // Stamps and marks keep off every building and badge, their own station's too.
    for (const Mark& m : labels) {
        if (!m.what.contains(QStringLiteral("'s stamp")) && !m.what.contains(QStringLiteral("'s mark"))) continue;
        for (const StationItem* s : stations) {
            if (m.rect.intersects(s->buildingRect().translated(s->pos())))
                problems << m.what + QStringLiteral(" covers the building of ") + s->id() + describe(m.rect);
            for (const QRectF& badge : s->badgeRects())
                if (m.rect.intersects(badge)) problems << m.what + QStringLiteral(" covers a badge of ") + s->id() + describe(m.rect);
        }
    }
    // Stamps, marks and signs keep clear of each other (trucks and bubbles travel past them).
    for (qsizetype i = 0; i < labels.size(); ++i)
        for (qsizetype j = i + 1; j < labels.size(); ++j) {
            const bool fixedI = !labels[i].what.startsWith(QStringLiteral("the tag")) && !labels[i].what.startsWith(QStringLiteral("the bubble"));
            const bool fixedJ = !labels[j].what.startsWith(QStringLiteral("the tag")) && !labels[j].what.startsWith(QStringLiteral("the bubble"));
            if (fixedI && fixedJ && labels[i].rect.intersects(labels[j].rect))
                problems << labels[i].what + QStringLiteral(" and ") + labels[j].what + QStringLiteral(" overlap");
        }
    return problems;
}

struct Size {
    int width;
    int height;
};
const Size kSizes[] = {{1024, 700}, {1280, 800}, {1920, 1080}};
constexpr int kMoments = 12;

void setSize(MainWindow& window, const Size& size, bool presentation)
{
    if (presentation) window.setWindowState(Qt::WindowNoState);  // as --screenshot does
    window.resize(size.width, size.height);
    QCoreApplication::processEvents();
}

// Checks one lesson in both looks, at every size, at moments over the run. Returns the
// problems, one line each, prefixed with where they were seen (the first few of each kind).
QStringList checkLesson(const QString& file, bool wholeRun)
{
    QStringList problems;
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!window.openScenario(lessonPath(file))) return {file + QStringLiteral(": did not open")};
    // The map alone, as in the README's pictures: the lesson's panel is checked by its own tests.
    if (auto* lesson = window.findChild<QDockWidget*>(QStringLiteral("lessonDock"))) lesson->close();
    ScenarioPlayer& player = window.player();
    if (wholeRun) {
        if (!waitForRun(player, 120000)) return {file + QStringLiteral(": did not finish")};
    } else {
        // The million-letter town: laid out and checked over its first few hundred records only.
        QTest::qWaitFor([&] { return player.recordCount() > 300; }, 30000);
    }
    player.clock().pause();
    const std::size_t count = player.recordCount();
    QSet<QString> seen;
    for (const bool presentation : {false, true}) {
        window.setLook(false, presentation);
        for (const Size& size : kSizes) {
            setSize(window, size, presentation);
            for (int m = 0; m <= kMoments; ++m) {
                player.clock().seekRecord(count * std::size_t(m) / kMoments);
                QCoreApplication::processEvents();
                for (const QString& p : coveredNames(window)) {
                    if (seen.contains(p)) continue;
                    seen.insert(p);
                    problems << QStringLiteral("%1 %2x%3%4 record %5: %6")
                                    .arg(file)
                                    .arg(size.width)
                                    .arg(size.height)
                                    .arg(presentation ? QStringLiteral(" presentation") : QString())
                                    .arg(count * std::size_t(m) / kMoments)
                                    .arg(p);
                }
            }
        }
    }
    window.setLook(false, false);
    return problems;
}

class LabelGeometry : public ::testing::TestWithParam<std::string> {};

TEST_P(LabelGeometry, NothingCoversAStationsName)
{
    const QString file = QString::fromStdString(GetParam());
    const QStringList problems = checkLesson(file, !file.startsWith(QStringLiteral("90-")));
    EXPECT_TRUE(problems.isEmpty()) << problems.size() << " problem(s), the first:\n"
                                    << qPrintable(problems.mid(0, 40).join(QLatin1Char('\n')));
}

std::vector<std::string> bundledLessons()
{
    std::vector<std::string> out;
    for (const QString& f : QDir(sourcePath(QStringLiteral("scenarios"))).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        out.push_back(f.toStdString());
    return out;
}

std::string testName(const ::testing::TestParamInfo<std::string>& info)
{
    std::string name = info.param.substr(0, info.param.find('.'));
    for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    return "Lesson" + name;
}

INSTANTIATE_TEST_SUITE_P(EveryLesson, LabelGeometry, ::testing::ValuesIn(bundledLessons()), testName);

} // namespace
} // namespace postie::gui
