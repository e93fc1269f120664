// The town editor as a teacher uses it: File > New town, stations dragged from the palette (or
// armed and clicked onto the map), roads laid by dragging from one station to another, keys typed
// into the properties panel, the DNS helpers, the lists, undo, redo, Delete, and Ctrl+Shift+E to play.
#include "gui_test_support.h"

#include "editor/editor_dock.h"
#include "editor/entry_table.h"
#include "editor/incident_timeline.h"
#include "editor/new_town_dialog.h"
#include "editor/properties_panel.h"
#include "editor/station_palette.h"
#include "editor/town_editor.h"
#include "scenario/scenario_loader.h"
#include "support/lesson_one_town.h"
#include "support/recorded_run.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

namespace postie::gui {
namespace {

using postie::testing::runFingerprint;

using namespace postie::gui::testing;


QByteArray readBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A teacher at the window: the parts they click and type into.
struct Teacher {
    MainWindow& window;
    TownEditor& editor = partOf<TownEditor>(window, "townEditor");
    TownView& view = viewOf(window);
    StationPalette& palette = partOf<StationPalette>(window, "stationPalette");
    EditorDock& dock = partOf<EditorDock>(window, "editorDock");

    QWidget* viewport() const { return view.viewport(); }
    QPoint onMap(const QPointF& scenePoint) const { return view.mapFromScene(scenePoint); }
    QPointF stationAt(const QString& id) const
    {
        const StationItem* s = sceneOf(window).station(id);
        EXPECT_NE(s, nullptr) << id.toStdString();
        return s ? s->pos() : QPointF();
    }

    void clickPalette(const char* name)
    {
        auto* button = palette.findChild<QToolButton*>(QString::fromLatin1(name));
        if (!button) {
            // The pointer and the road tool are the toolbar's own buttons.
            QAction* action = palette.findChild<QAction*>(QString::fromLatin1(name));
            ASSERT_NE(action, nullptr) << name;
            button = qobject_cast<QToolButton*>(palette.widgetForAction(action));
        }
        ASSERT_NE(button, nullptr) << name;
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // Arms the kind in the palette and clicks the map where it goes.
    void place(const char* kind, const QPointF& at)
    {
        clickPalette((std::string("paletteButton_") + kind).c_str());
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, onMap(at));
    }

    void clickStation(const QString& id) { QTest::mouseClick(viewport(), Qt::LeftButton, {}, onMap(stationAt(id))); }

    // Types into the properties panel's field of `key` and presses Enter; the message under the
    // field afterwards (empty when the value was taken).
    QString type(const char* key, const QString& value)
    {
        QLineEdit* field = dock.properties()->field(QString::fromLatin1(key));
        EXPECT_NE(field, nullptr) << key;
        if (!field) return QStringLiteral("no field");
        field->setFocus();
        field->selectAll();
        if (value.isEmpty()) QTest::keyClick(field, Qt::Key_Backspace);  // emptied, as a person does
        QTest::keyClicks(field, value);
        QTest::keyClick(field, Qt::Key_Return);
        QCoreApplication::processEvents();
        return dock.properties()->problemAt(QString::fromLatin1(key));
    }

    // A road laid with the road tool, dragging from one station to the other.
    void road(const QString& a, const QString& b, const QString& latency)
    {
        clickPalette("paletteRoad");
        const QPoint from = onMap(stationAt(a)), to = onMap(stationAt(b));
        QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport(), (from + to) / 2);
        QTest::mouseMove(viewport(), to);
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, to);
        clickPalette("paletteSelect");
        EXPECT_EQ(editor.selection(), EditTarget::road(a, b)) << a.toStdString() << " " << b.toStdString();
        QLineEdit* field = dock.properties()->field(QStringLiteral("latency"));
        ASSERT_NE(field, nullptr);
        EXPECT_TRUE(field->hasFocus() || !window.isActiveWindow());  // the latency is typed at once
        EXPECT_EQ(type("latency", latency), QString());
    }

    void add(const char* list, int choice)
    {
        auto* table = dock.findChild<EntryTable*>(QStringLiteral("entryTable_") + QLatin1String(list));
        ASSERT_NE(table, nullptr);
        table->addMenu()->actions().at(choice)->trigger();
    }

    void selectRow(const char* list, int row)
    {
        auto* table = dock.findChild<QTableWidget*>(QStringLiteral("table_") + QLatin1String(list));
        ASSERT_NE(table, nullptr);
        table->selectRow(row);
    }
};

void openWindow(MainWindow& window)
{
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
}

// The issue's own test: lesson 1's town, built from an empty one by mouse and keyboard alone,
// is accepted by postie-cli check and runs exactly as lesson 1 runs.
TEST(TownEditor, BuildsLessonOnesTownFromAnEmptyOneByMouseAndKeyboard)
{
    MainWindow window;
    openWindow(window);
    Teacher t{window};
    partOf<QAction>(window, "newTownAction").trigger();
    auto& dialog = partOf<NewTownDialog>(window, "newTownDialog");
    EXPECT_GE(dialog.choices()->count(), 4);  // empty, one provider, two providers, a school
    QTest::keyClick(dialog.choices(), Qt::Key_Return);
    ASSERT_TRUE(t.editor.editing());
    window.activateWindow();  // the dialog gone, the window has the keys again (a window manager does this)
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_TRUE(showingTown(window));

    const struct {
        const char* kind;
        QPointF at;
        const char* id;
    } stations[] = {{"client", {80, 320}, "alice"},          {"outgoing", {260, 320}, "smtp.sender.test"},
                    {"resolver", {260, 140}, "dns.sender.test"}, {"router", {440, 320}, "backbone"},
                    {"incoming", {620, 320}, "mx1.example.org"}, {"mailbox", {800, 320}, "box.example.org"},
                    {"client", {980, 320}, "bob"}};
    for (const auto& s : stations) {
        t.place(s.kind, s.at);
        ASSERT_EQ(t.editor.selection().kind, EditTarget::Kind::Station) << s.id;
        EXPECT_EQ(t.type("id", QString::fromLatin1(s.id)), QString()) << s.id;
        ASSERT_EQ(t.editor.selection(), EditTarget::station(QString::fromLatin1(s.id)));
    }
    const auto set = [&](const char* id, const char* key, const char* value) {
        t.clickStation(QString::fromLatin1(id));
        ASSERT_EQ(t.editor.selection(), EditTarget::station(QString::fromLatin1(id)));
        EXPECT_EQ(t.type(key, QString::fromUtf8(value)), QString()) << id << "." << key;
    };
    for (const auto& [id, key, value] : postie::testing::lessonOneStationKeys()) set(id, key, value);

    // The helper makes the sorting station example.org's MX (the domain comes from its name).
    t.clickStation(QStringLiteral("mx1.example.org"));
    QTest::mouseClick(&partOf<QPushButton>(window, "makeMxButton"), Qt::LeftButton);
    t.selectRow("dns", 0);
    EXPECT_EQ(t.type("ttl", QStringLiteral("1h")), QString());
    t.add("dns", 1);  // an A record for the sorting station
    EXPECT_EQ(t.type("address", QStringLiteral("203.0.113.25")), QString());
    EXPECT_EQ(t.type("ttl", QStringLiteral("1h")), QString());

    t.road(QStringLiteral("alice"), QStringLiteral("smtp.sender.test"), QStringLiteral("20ms"));
    t.road(QStringLiteral("smtp.sender.test"), QStringLiteral("dns.sender.test"), QStringLiteral("1ms"));
    t.road(QStringLiteral("smtp.sender.test"), QStringLiteral("backbone"), QStringLiteral("15ms"));
    t.road(QStringLiteral("backbone"), QStringLiteral("mx1.example.org"), QStringLiteral("25ms"));
    t.road(QStringLiteral("mx1.example.org"), QStringLiteral("box.example.org"), QStringLiteral("1ms"));
    t.road(QStringLiteral("box.example.org"), QStringLiteral("bob"), QStringLiteral("30ms"));

    t.add("mail", 0);  // a letter from the town's first writer to its second
    EXPECT_EQ(t.type("subject", QStringLiteral("Lunch?")), QString());
    EXPECT_EQ(t.type("size", QStringLiteral("4KB")), QString());

    // The town itself: a click on empty ground.
    QTest::mouseClick(t.viewport(), Qt::LeftButton, {}, t.onMap(QPointF(600, 560)));
    ASSERT_EQ(t.editor.selection(), EditTarget::scenario());
    EXPECT_EQ(t.type("seed", QStringLiteral("1")), QString());
    EXPECT_EQ(t.type("start", QStringLiteral("2010-07-14T09:00:00Z")), QString());

    const TownDraft& draft = *t.editor.draft();
    ASSERT_TRUE(draft.loaded().ok()) << draft.loaded().errors.front().format() << "\n" << draft.text();
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("built.yaml"));
    ASSERT_TRUE(t.editor.saveTo(saved));
    QProcess check;
    check.start(QStringLiteral(POSTIE_CLI_PATH), {QStringLiteral("check"), saved});
    ASSERT_TRUE(check.waitForFinished(30000));
    EXPECT_EQ(check.exitCode(), 0) << check.readAllStandardError().toStdString();

    const LoadResult built = loadScenarioFile(saved.toStdString());
    const LoadResult lesson = loadScenarioFile(lessonPath(QStringLiteral("01-first-email.yaml")).toStdString());
    ASSERT_TRUE(built.ok() && lesson.ok());
    EXPECT_EQ(runFingerprint(*built.spec), runFingerprint(*lesson.spec)) << draft.text();

    // Ctrl+Shift+E plays the town built, also while the focus is in a field of the panel.
    QLineEdit* field = t.dock.properties()->field(QStringLiteral("start"));
    ASSERT_NE(field, nullptr);
    field->setFocus();
    QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_FALSE(t.editor.editing());
    ASSERT_TRUE(waitForRun(window.player()));
    EXPECT_EQ(window.player().session()->spec().stations.size(), 7u);
}

// Undo, redo and Delete are keys, as everywhere: each edit is one step.
TEST(TownEditor, UndoRedoAndDeleteWorkFromTheKeyboard)
{
    MainWindow window;
    openWindow(window);
    Teacher t{window};
    t.editor.begin(TownDraft::emptyTown(), QString());
    t.place("router", {200, 200});
    t.place("router", {500, 200});
    ASSERT_EQ(sceneOf(window).stations().size(), 2);
    t.road(QStringLiteral("junction1"), QStringLiteral("junction2"), QStringLiteral("5ms"));
    ASSERT_NE(sceneOf(window).road(QStringLiteral("junction1"), QStringLiteral("junction2")), nullptr);

    t.view.setFocus();
    t.clickStation(QStringLiteral("junction2"));
    QTest::keyClick(t.viewport(), Qt::Key_Delete);
    EXPECT_EQ(sceneOf(window).stations().size(), 1);  // the station and its road
    EXPECT_EQ(sceneOf(window).roads().size(), 0);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(sceneOf(window).stations().size(), 2);
    EXPECT_EQ(sceneOf(window).roads().size(), 1);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(sceneOf(window).stations().size(), 1);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);

    // A station dragged with the pointer lands where it is let go.
    const QPoint from = t.onMap(t.stationAt(QStringLiteral("junction1")));
    const QPoint to = t.onMap(QPointF(300, 420));
    QTest::mousePress(t.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(t.viewport(), (from + to) / 2);
    QTest::mouseMove(t.viewport(), to);
    QTest::mouseRelease(t.viewport(), Qt::LeftButton, {}, to);
    const QPointF landed = t.stationAt(QStringLiteral("junction1"));
    EXPECT_NEAR(landed.x(), 300, 3);
    EXPECT_NEAR(landed.y(), 420, 3);
    EXPECT_NE(t.editor.draft()->text().find("position: [" + std::to_string(int(std::lround(landed.x())))),
              std::string::npos)
        << t.editor.draft()->text();
}

// Opened in the editor and saved with no change, every bundled lesson keeps its bytes.
TEST(TownEditor, EveryBundledLessonSavedUnchangedKeepsItsBytes)
{
    MainWindow window;
    Teacher t{window};
    QTemporaryDir dir;
    int lessons = 0;
    for (const QFileInfo& file : QDir(lessonPath(QString())).entryInfoList({QStringLiteral("*.yaml")}, QDir::Files)) {
        ++lessons;
        ASSERT_TRUE(t.editor.beginFile(file.filePath()));
        const QString saved = dir.filePath(file.fileName());
        ASSERT_TRUE(t.editor.saveTo(saved));
        EXPECT_EQ(readBytes(saved), readBytes(file.filePath())) << file.fileName().toStdString();
    }
    EXPECT_GE(lessons, 10);
}

// A key changed in the panel changes exactly the lines of that key; a value the loader finds
// wrong stays in the field with the loader's message and never reaches the file.
TEST(TownEditor, APanelEditChangesOnlyItsKeyAndABrokenValueNeverReachesTheFile)
{
    MainWindow window;
    openWindow(window);
    Teacher t{window};
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("02-backup-mx.yaml"))));
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(t.editor.editing());
    const std::string before = t.editor.draft()->text();

    t.clickStation(QStringLiteral("mx2.example.org"));
    ASSERT_EQ(t.editor.selection(), EditTarget::station(QStringLiteral("mx2.example.org")));
    const QString problem = t.type("workers", QStringLiteral("lots"));
    EXPECT_FALSE(problem.isEmpty());
    EXPECT_EQ(t.editor.draft()->text(), before);  // never reached the file
    // The loader's own words: the same as the loader gives for that value written by hand.
    ScenarioEditor byHand(before);
    ASSERT_EQ(byHand.set("mx2.example.org", "workers", "lots"), "");
    const LoadResult read = loadScenarioText(byHand.text(), "02-backup-mx.yaml");
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(problem.toStdString(), read.errors.front().text);

    EXPECT_EQ(t.type("workers", QStringLiteral("3")), QString());
    const std::string after = t.editor.draft()->text();
    const auto lines = [](const std::string& s) {
        QStringList out = QString::fromStdString(s).split(QLatin1Char('\n'));
        return out;
    };
    const QStringList a = lines(before), b = lines(after);
    ASSERT_EQ(a.size(), b.size());
    int changed = 0;
    for (int i = 0; i < a.size(); ++i)
        if (a[i] != b[i]) {
            ++changed;
            EXPECT_TRUE(b[i].contains(QStringLiteral("workers: 3"))) << b[i].toStdString();
            EXPECT_TRUE(b[i].contains(QStringLiteral("mx2.example.org"))) << b[i].toStdString();
        }
    EXPECT_EQ(changed, 1);
}

// A value is checked as it is typed: the loader's message shows under the field a moment after
// the last key, before Enter, and nothing is written; a good value takes it away again.
TEST(TownEditor, AValueIsCheckedAsItIsTyped)
{
    MainWindow window;
    openWindow(window);
    Teacher t{window};
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("01-first-email.yaml"))));
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    const std::string before = t.editor.draft()->text();
    t.clickStation(QStringLiteral("bob"));
    QLineEdit* check = t.dock.properties()->field(QStringLiteral("check"));
    ASSERT_NE(check, nullptr);
    check->setFocus();
    check->selectAll();
    QTest::keyClicks(check, QStringLiteral("{protocol: pop4, every: 10m}"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !t.dock.properties()->problemAt(QStringLiteral("check")).isEmpty(); }, 3000));
    EXPECT_TRUE(t.dock.properties()->problemAt(QStringLiteral("check")).contains(QStringLiteral("pop4")));
    EXPECT_EQ(t.editor.draft()->text(), before);
    check->selectAll();
    QTest::keyClicks(check, QStringLiteral("{protocol: imap, every: 5m}"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return t.dock.properties()->problemAt(QStringLiteral("check")).isEmpty(); }, 3000));
    EXPECT_EQ(t.editor.draft()->text(), before);
}

// The incidents stand on a small timeline above their table; a click on one shows its keys.
TEST(TownEditor, TheIncidentsStandOnATimeline)
{
    MainWindow window;
    openWindow(window);
    Teacher t{window};
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("02-backup-mx.yaml"))));
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    auto& tabs = *t.dock.tabs();
    tabs.setCurrentIndex(2);
    auto& timeline = partOf<IncidentTimeline>(window, "incidentTimeline");
    QCoreApplication::processEvents();
    ASSERT_EQ(timeline.marks().size(), 1u);  // mx1 down at 10m for 30m
    EXPECT_EQ(timeline.marks()[0].target, QStringLiteral("mx1.example.org"));
    EXPECT_EQ(timeline.marks()[0].atS, 600);
    EXPECT_EQ(timeline.marks()[0].forS, 1800);
    t.add("incidents", 0);  // another: a station goes down at 5m, before it
    ASSERT_EQ(timeline.marks().size(), 2u);
    EXPECT_LT(timeline.markRect(1).left(), timeline.markRect(0).left());
    const QRectF first = timeline.markRect(0);
    QTest::mouseClick(&timeline, Qt::LeftButton, {}, QPointF(first.left() + 5, first.center().y()).toPoint());
    EXPECT_EQ(t.editor.selection(), EditTarget::entry(QStringLiteral("incidents"), 0));
    ASSERT_NE(t.dock.properties()->field(QStringLiteral("for")), nullptr);
    EXPECT_EQ(t.dock.properties()->field(QStringLiteral("for"))->text(), QStringLiteral("30m"));
}

// A lesson's stops are a tab of their own, where the town has a lesson: their words are keys
// of the panel like any other, and a stop can be added.
TEST(TownEditor, ALessonsStopsAreEditedInThePanel)
{
    MainWindow window;
    openWindow(window);
    Teacher t{window};
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("03-server-down-retries.yaml"))));
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    auto& tabs = *t.dock.tabs();
    EXPECT_TRUE(tabs.isTabVisible(3));
    t.selectRow("lesson.stops", 0);
    ASSERT_EQ(t.editor.selection(), EditTarget::entry(QStringLiteral("lesson.stops"), 0));
    EXPECT_EQ(t.type("ask", QStringLiteral("When does it knock again?")), QString());
    EXPECT_NE(t.editor.draft()->text().find("ask: \"When does it knock again?\""), std::string::npos);
    ASSERT_TRUE(t.editor.draft()->loaded().ok());
    // A stop added from the tab comes last, its words typed in the panel; the lesson still loads.
    const std::size_t stops = t.editor.draft()->loaded().spec->lesson.stops.size();
    t.add("lesson.stops", 0);
    ASSERT_EQ(t.editor.selection(), EditTarget::entry(QStringLiteral("lesson.stops"), int(stops)));
    EXPECT_EQ(t.type("say", QStringLiteral("Alice presses Send.")), QString());
    const LoadResult& read = t.editor.draft()->loaded();
    ASSERT_TRUE(read.ok()) << read.errors.front().format();
    ASSERT_EQ(read.spec->lesson.stops.size(), stops + 1);
    EXPECT_EQ(read.spec->lesson.stops.back().say.in("en"), "Alice presses Send.");
    // A town without a lesson has no such tab.
    t.editor.begin(TownDraft::emptyTown(), QString());
    EXPECT_FALSE(tabs.isTabVisible(3));
}

// The lesson's goals and recap are tables of texts beside its stops: a goal selected is one
// field in the panel, typed over it replaces that goal's lines only; Add puts a new one last.
TEST(TownEditor, ALessonsGoalsAndRecapAreEditedInThePanel)
{
    MainWindow window;
    openWindow(window);
    Teacher t{window};
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("03-server-down-retries.yaml"))));
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    const LoadResult before = t.editor.draft()->loaded();
    ASSERT_TRUE(before.ok());
    auto* goals = t.dock.findChild<QTableWidget*>(QStringLiteral("table_lesson.goals"));
    ASSERT_NE(goals, nullptr);
    EXPECT_EQ(goals->rowCount(), int(before.spec->lesson.goals.size()));
    // The table reads as the class reads it (in English here); the panel has every language.
    EXPECT_EQ(goals->item(1, 0)->text(), QString::fromStdString(before.spec->lesson.goals[1].in("en")));
    t.selectRow("lesson.goals", 1);
    ASSERT_EQ(t.editor.selection(), EditTarget::entry(QStringLiteral("lesson.goals"), 1));
    EXPECT_EQ(t.type("goals", QStringLiteral("Count how often the post office knocks.")), QString());
    const LoadResult& edited = t.editor.draft()->loaded();
    ASSERT_TRUE(edited.ok()) << edited.errors.front().format();
    ASSERT_EQ(edited.spec->lesson.goals.size(), before.spec->lesson.goals.size());
    EXPECT_EQ(edited.spec->lesson.goals[1].in("en"), "Count how often the post office knocks.");
    EXPECT_EQ(edited.spec->lesson.goals[0].in("de"), before.spec->lesson.goals[0].in("de"));
    // A line of the recap added from its table comes last; its words are typed in the panel.
    t.add("lesson.recap", 0);
    const int last = int(before.spec->lesson.recap.size());
    ASSERT_EQ(t.editor.selection(), EditTarget::entry(QStringLiteral("lesson.recap"), last));
    EXPECT_EQ(t.type("recap", QStringLiteral("{en: Retries cost time., de: Wiederholungen kosten Zeit.}")), QString());
    const LoadResult& added = t.editor.draft()->loaded();
    ASSERT_TRUE(added.ok()) << added.errors.front().format();
    ASSERT_EQ(added.spec->lesson.recap.size(), before.spec->lesson.recap.size() + 1);
    EXPECT_EQ(added.spec->lesson.recap.back().in("de"), "Wiederholungen kosten Zeit.");
    // Removed with the table's button: the goal's lines go, the others stay.
    t.selectRow("lesson.goals", 0);
    QTest::mouseClick(&partOf<QPushButton>(t.dock, "remove_lesson.goals"), Qt::LeftButton);
    const LoadResult& removed = t.editor.draft()->loaded();
    ASSERT_TRUE(removed.ok()) << removed.errors.front().format();
    ASSERT_EQ(removed.spec->lesson.goals.size(), before.spec->lesson.goals.size() - 1);
    EXPECT_EQ(removed.spec->lesson.goals[0].in("en"), "Count how often the post office knocks.");
}

// A field emptied leaves its key out of the file, so that it has its default again; a key the
// town cannot do without says so at once, from the loader, and stays.
TEST(TownEditor, AnEmptiedFieldLeavesTheKeyOut)
{
    MainWindow window;
    openWindow(window);
    Teacher t{window};
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("03-server-down-retries.yaml"))));
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    t.clickStation(QStringLiteral("smtp.sender.test"));
    EXPECT_EQ(t.type("retry", QString()), QString());
    const std::string& text = t.editor.draft()->text();
    EXPECT_NE(text.find("{id: smtp.sender.test, kind: outgoing, resolver: dns.sender.test,\n     label:"), std::string::npos)
        << text;
    ASSERT_TRUE(t.editor.draft()->loaded().ok());
    ASSERT_NE(t.dock.properties()->field(QStringLiteral("retry")), nullptr);
    EXPECT_EQ(t.dock.properties()->field(QStringLiteral("retry"))->text(), QString());  // shown as its default
    // A sorting station's domains are required: the loader's words stand under the field, and
    // the file keeps them.
    t.clickStation(QStringLiteral("mx1.example.org"));
    EXPECT_NE(t.type("accepts", QString()), QString());
    EXPECT_NE(t.editor.draft()->text().find("accepts: [example.org]"), std::string::npos);
    // One Ctrl+Z brings the retry back as it was written.
    t.editor.undo();
    EXPECT_NE(t.editor.draft()->text().find("resolver: dns.sender.test, retry: postfix,"), std::string::npos);
}

// A file that does not load can be mended in the town editor, from the dialog that lists its
// problems: the town is drawn as far as it reads, the loader's first message stands above the
// panel, and once the value is right the town plays.
TEST(TownEditor, ABrokenFileIsMendedInTheEditorFromItsErrorDialog)
{
    MainWindow window;
    openWindow(window);
    Teacher t{window};
    const QString broken = dataPath("broken/workers_out_of_range.yaml");
    EXPECT_FALSE(window.openScenario(broken));
    auto& errors = partOf<QMessageBox>(window, "loadErrors");
    QTest::mouseClick(&partOf<QPushButton>(errors, "mendInEditor"), Qt::LeftButton);
    ASSERT_TRUE(t.editor.editing());
    EXPECT_TRUE(showingTown(window));
    EXPECT_FALSE(sceneOf(window).stations().isEmpty());
    const QLabel& readiness = partOf<QLabel>(window, "townReadiness");
    EXPECT_TRUE(readiness.text().contains(QStringLiteral("workers_out_of_range.yaml:"))) << readiness.text().toStdString();
    const LoadResult read = loadScenarioFile(broken.toStdString());
    ASSERT_FALSE(read.ok());
    const QString message = QString::fromStdString(read.errors.front().text);
    EXPECT_TRUE(readiness.text().contains(message));
    t.clickStation(QStringLiteral("smtp.sender.test"));
    EXPECT_EQ(t.type("workers", QStringLiteral("4")), QString());
    EXPECT_FALSE(readiness.text().contains(message)) << readiness.text().toStdString();
    EXPECT_NE(t.editor.draft()->text().find("workers: 4}"), std::string::npos);
}

// A file far too large for a scenario is not read into memory to be mended: the status line
// says why in the loader's words, and the app stays as it was.
TEST(TownEditor, AFileFarTooLargeIsNotOpenedForMending)
{
    MainWindow window;
    openWindow(window);
    Teacher t{window};
    QTemporaryDir dir;
    const QString huge = dir.filePath(QStringLiteral("huge.yaml"));
    QFile file(huge);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(qint64(kMaxScenarioBytes) * 4));  // sparse: 64 MiB of nothing on disk
    file.close();
    EXPECT_FALSE(window.openScenario(huge));
    auto& errors = partOf<QMessageBox>(window, "loadErrors");
    QTest::mouseClick(&partOf<QPushButton>(errors, "mendInEditor"), Qt::LeftButton);
    EXPECT_FALSE(t.editor.editing());
    EXPECT_FALSE(showingTown(window));
    const QLabel* status = nullptr;
    for (const QLabel* l : window.statusBar()->findChildren<QLabel*>())
        if (l->text().contains(QStringLiteral("a scenario may be at most"))) status = l;
    EXPECT_NE(status, nullptr);
}

// Going back to the lessons leaves edit mode: no palette or panel over the welcome page.
TEST(TownEditor, TheLessonsPageLeavesEditMode)
{
    MainWindow window;
    openWindow(window);
    Teacher t{window};
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("01-first-email.yaml"))));
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(t.editor.editing());
    window.showWelcome();
    EXPECT_FALSE(t.editor.editing());
    EXPECT_FALSE(showingTown(window));
    EXPECT_FALSE(t.palette.isVisible());
    EXPECT_FALSE(t.dock.isVisible());
    EXPECT_FALSE(toolbarOf(window).isVisible());
}

// Edit mode at the sizes a classroom has: the window keeps its width, the panel's parts fit in
// it (nothing cut off at its right), and every button of the palette is in sight.
class EditModeFit : public ::testing::TestWithParam<std::tuple<QSize, const char*>> {};

TEST_P(EditModeFit, ThePaletteAndThePanelFitTheWindow)
{
    const auto [size, language] = GetParam();
    Speaking speaking(QString::fromLatin1(language));  // German words are the longest
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showActive(window, size));
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("01-first-email.yaml")));
    Teacher t{window};
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(t.editor.editing());
    // The panels with the most fields (a writer's) and with the helpers (a sorting station's).
    for (const char* station : {"mx1.example.org", "bob"}) {
        SCOPED_TRACE(station);
        t.clickStation(QString::fromLatin1(station));
        for (int i = 0; i < 5; ++i) QTest::qWait(10);
        window.grab().save(shotPath(QStringLiteral("edit-mode-%1x%2-%3-%4.png")
                                        .arg(size.width())
                                        .arg(size.height())
                                        .arg(QLatin1String(language), QLatin1String(station))));
        EXPECT_EQ(window.width(), size.width());
        EXPECT_LE(window.height(), size.height());
        const QRect dock(t.dock.mapTo(&window, QPoint(0, 0)), t.dock.size());
        EXPECT_TRUE(window.rect().contains(dock)) << "dock at " << dock.x() << " width " << dock.width();
        // The panel is no wider than the part of its scroll area in sight: nothing is cut off.
        QWidget* panel = t.dock.properties();
        auto* scroll = qobject_cast<QScrollArea*>(panel->parentWidget()->parentWidget());
        ASSERT_NE(scroll, nullptr);
        const int room = scroll->viewport()->width();
        EXPECT_LE(panel->width(), room);
        for (QWidget* part : panel->findChildren<QWidget*>()) {
            if (!part->isVisible()) continue;
            const QRect at(part->mapTo(scroll->viewport(), QPoint(0, 0)), part->size());
            EXPECT_LE(at.right(), room) << part->metaObject()->className() << " " << part->objectName().toStdString();
        }
    }
    // Every palette button is on the palette, none folded into its overflow.
    for (QAction* a : t.palette.actions()) {
        QWidget* w = t.palette.widgetForAction(a);
        if (!w || a->isSeparator()) continue;
        EXPECT_TRUE(w->isVisible()) << a->objectName().toStdString();
        const QRect at(w->mapTo(&t.palette, QPoint(0, 0)), w->size());
        EXPECT_TRUE(t.palette.rect().contains(at)) << a->objectName().toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Sizes, EditModeFit,
                         ::testing::Values(std::make_tuple(QSize(1024, 700), "en"), std::make_tuple(QSize(1024, 700), "de"),
                                           std::make_tuple(QSize(1024, 700), "fr"), std::make_tuple(QSize(1280, 800), "en")));

} // namespace
} // namespace postie::gui
