// The app from the keyboard and for a screen reader: Enter opens the focused lesson, Space on
// the welcome page plays nothing out of sight, every control has a name a screen reader can
// say, and View > Stations and roads tells the town as text.
#include "gui_test_support.h"
#include "shell/lesson_card.h"
#include "shell/town_list_dock.h"
#include "replay/vocabulary.h"
#include "scenario/units.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAccessible>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

QList<LessonCard*> cardsOf(const MainWindow& window) { return welcomePageOf(window).findChildren<LessonCard*>(); }

QString openedFile(const MainWindow& window)
{
    const ScenarioSession* session = const_cast<MainWindow&>(window).player().session();
    return session ? QString::fromStdString(session->spec().file) : QString();
}

class KeyboardAccess : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1024, 700))); }
    MainWindow window;
};

TEST_F(KeyboardAccess, EnterOrReturnOnAFocusedLessonCardOpensThatLesson)
{
    const QList<LessonCard*> cards = cardsOf(window);
    ASSERT_GE(cards.size(), 3);
    for (const auto& [key, index] : {std::pair{Qt::Key_Return, 1}, std::pair{Qt::Key_Enter, 2}}) {
        window.showWelcome();
        LessonCard* card = cardsOf(window)[index];
        card->setFocus();
        ASSERT_TRUE(QTest::qWaitFor([&] { return card->hasFocus(); }));
        QTest::keyClick(card, key);
        ASSERT_TRUE(QTest::qWaitFor([&] { return showingTown(window); })) << "key " << key;
        EXPECT_EQ(QFileInfo(openedFile(window)).fileName(), QFileInfo(card->lesson().path).fileName());
    }
}

TEST_F(KeyboardAccess, TheKeyboardStartsOnTheFirstLessonAndTabGoesToTheNext)
{
    LessonCard* first = cardsOf(window).first();
    ASSERT_TRUE(QTest::qWaitFor([&] { return first->hasFocus(); }));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), cardsOf(window)[1]);
    // Back from a lesson, the focus is on the welcome page again, not on the hidden map.
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("01-first-email.yaml")));
    window.showWelcome();
    EXPECT_EQ(QApplication::focusWidget(), cardsOf(window).first());
}

TEST_F(KeyboardAccess, SpaceAndTheArrowsOnTheWelcomePageMoveNoHiddenRun)
{
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("01-first-email.yaml")));
    window.showWelcome();
    const std::size_t cursor = window.player().clock().cursor();
    window.setFocus();
    for (Qt::Key key : {Qt::Key_Space, Qt::Key_Right, Qt::Key_End, Qt::Key_Home}) QTest::keyClick(&window, key);
    QTest::qWait(300);
    EXPECT_FALSE(window.player().clock().playing());
    EXPECT_EQ(window.player().clock().cursor(), cursor);
    EXPECT_FALSE(showingTown(window));
    // Chosen again, the lesson plays from its keys as before.
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("01-first-email.yaml")));
    viewOf(window).setFocus();
    QTest::keyClick(&window, Qt::Key_Right);
    EXPECT_EQ(window.player().clock().cursor(), 1u);
}

// What a screen reader says for a widget: its accessible name, or the words it shows.
QString spokenName(QWidget* w)
{
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(w);
    return face ? face->text(QAccessible::Name) : QString();
}

bool isControl(QWidget* w)
{
    if (qobject_cast<QHeaderView*>(w)) return false;  // a table's header: the table's own part
    return qobject_cast<QAbstractButton*>(w) || qobject_cast<QAbstractSlider*>(w) || qobject_cast<QComboBox*>(w) ||
           qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractItemView*>(w) || qobject_cast<QGraphicsView*>(w);
}

QStringList namelessControls(const QWidget& top)
{
    QStringList out;
    for (QWidget* w : top.findChildren<QWidget*>()) {
        if (!w->isVisible() || !isControl(w)) continue;
        // A scroll bar belongs to its view, a combo box's list to the box: parts, not controls.
        if (w->parentWidget() && (qobject_cast<QAbstractScrollArea*>(w->parentWidget()->parentWidget()) ||
                                  qobject_cast<QComboBox*>(w->parentWidget()->parentWidget())))
            if (qobject_cast<QAbstractSlider*>(w)) continue;
        if (spokenName(w).trimmed().isEmpty())
            out << QStringLiteral("%1 %2 in %3").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                                    w->parentWidget() ? w->parentWidget()->objectName() : QString());
    }
    return out;
}

TEST_F(KeyboardAccess, EveryControlHasAnAccessibleName)
{
    EXPECT_EQ(text(namelessControls(window)), "") << "on the welcome page";
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("09-rush-hour-at-school.yaml")));
    inspectorOf(window).inspectStation(sceneOf(window).stations().first()->id());
    for (QAction* a : window.actions()) {
        const QString t = a->text().remove(QLatin1Char('&'));
        if ((t == QStringLiteral("Event log") || t == QStringLiteral("Charts") || t == QStringLiteral("Stations and roads")) &&
            !a->isChecked())
            a->trigger();
    }
    QApplication::processEvents();
    // Each dock in front in turn: a tab behind another is not visible.
    for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
        dock->raise();
        QTest::qWait(20);
        EXPECT_EQ(text(namelessControls(window)), "") << "with " << dock->objectName().toStdString();
    }
}

TEST_F(KeyboardAccess, StationsAndRoadsListsTheTownAsText)
{
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("02-backup-mx.yaml")));
    auto& dock = partOf<TownListDock>(window, "townListDock");
    EXPECT_TRUE(dock.isHidden());
    viewOf(window).setFocus();
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock.isVisible(); }));
    const ScenarioSpec& spec = window.player().session()->spec();
    const QStringList lines = dock.lines();
    ASSERT_EQ(lines.size(), qsizetype(spec.stations.size() + spec.roads.size() + 2));  // and two headings
    for (const StationSpec& s : spec.stations) {
        const auto line = std::find_if(lines.begin(), lines.end(), [&](const QString& l) {
            return l.contains(QString::fromStdString(s.id)) && !l.startsWith(QStringLiteral("Road"));
        });
        ASSERT_NE(line, lines.end()) << s.id;
        EXPECT_TRUE(line->contains(QString::fromStdString(s.label))) << line->toStdString();
        EXPECT_TRUE(line->contains(Vocabulary::word(s.kind, Words::Email))) << line->toStdString();
    }
    for (const RoadSpec& r : spec.roads) {
        const QString ends = QStringLiteral("from %1 to %2").arg(QString::fromStdString(r.a), QString::fromStdString(r.b));
        const auto line = std::find_if(lines.begin(), lines.end(), [&](const QString& l) { return l.contains(ends); });
        ASSERT_NE(line, lines.end()) << ends.toStdString();
        EXPECT_TRUE(line->contains(QString::fromStdString(formatDuration(r.latency)))) << line->toStdString();
    }
    // A screen reader reads each line as it is written.
    auto& list = partOf<QListWidget>(window, "townList");
    for (int i = 0; i < list.count(); ++i)
        EXPECT_EQ(list.item(i)->data(Qt::AccessibleTextRole).toString(), list.item(i)->text());
    // Another lesson, another town.
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("01-first-email.yaml")));
    EXPECT_NE(dock.lines(), lines);
}

} // namespace
} // namespace postie::gui
