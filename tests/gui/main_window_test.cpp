// The window as a teacher meets it: the welcome page, opening lessons, and broken files that
// leave everything as it was.
#include "gui_test_support.h"
#include "shell/lesson_card.h"
#include "shell/welcome_page.h"

#include <QMessageBox>
#include <QMimeData>
#include <QUrl>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

QMessageBox* errorDialog(MainWindow& window)
{
    return window.findChild<QMessageBox*>(QStringLiteral("loadErrors"));
}

void closeErrorDialog(MainWindow& window)
{
    if (QMessageBox* box = errorDialog(window)) {
        box->close();
        EXPECT_TRUE(QTest::qWaitFor([&] { return errorDialog(window) == nullptr; }, 2000));
    }
}

TEST(MainWindow, OpensOnTheWelcomePageListingEveryBundledScenario)
{
    MainWindow window;
    EXPECT_FALSE(showingTown(window));
    const int files = QDir(sourcePath(QStringLiteral("scenarios"))).entryList({QStringLiteral("*.yaml")}, QDir::Files).size();
    EXPECT_EQ(welcomePageOf(window).lessonCount(), files);
    const QList<LessonCard*> buttons = welcomePageOf(window).findChildren<LessonCard*>();
    ASSERT_EQ(buttons.size(), files);
    QStringList titles;
    for (auto* b : buttons) titles << b->text();
    EXPECT_TRUE(titles.contains(QStringLiteral("Your first email"))) << titles.join(QStringLiteral(", ")).toStdString();
}

TEST(MainWindow, OneClickOnALessonOpensIt)
{
    MainWindow window;
    LessonCard* first = nullptr;
    for (auto* b : welcomePageOf(window).findChildren<LessonCard*>())
        if (b->text() == QStringLiteral("Your first email")) first = b;
    ASSERT_NE(first, nullptr);
    QTest::mouseClick(first, Qt::LeftButton);
    EXPECT_TRUE(showingTown(window));
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("Your first email")));
    EXPECT_NE(sceneOf(window).station(QStringLiteral("alice")), nullptr);
}

TEST(MainWindow, ABrokenFileShowsItsErrorsAndLeavesTheWelcomePageShowing)
{
    MainWindow window;
    const QString path = brokenPath(QStringLiteral("unknown_key_typo.yaml"));
    EXPECT_FALSE(window.openScenario(path));
    EXPECT_FALSE(showingTown(window));
    EXPECT_FALSE(window.player().hasScenario());
    QMessageBox* box = errorDialog(window);
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->informativeText().contains(path + QLatin1Char(':'))) << box->informativeText().toStdString();
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral(": error: ")));
    closeErrorDialog(window);
    EXPECT_TRUE(window.openScenario(lessonPath(QStringLiteral("01-first-email.yaml")))) << "still usable";
}

TEST(MainWindow, ABrokenFileLeavesThePreviousScenarioAsItWas)
{
    MainWindow window;
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("01-first-email.yaml"))));
    ASSERT_TRUE(waitForRun(window.player()));
    PlaybackClock& clock = window.player().clock();
    for (int i = 0; i < 20; ++i) clock.step();
    const QStringList before = visibleState(window);
    const QString title = window.windowTitle();

    for (const QString& broken : {QStringLiteral("yaml_syntax_error.yaml"), QStringLiteral("several_faults.yaml"),
                                 QStringLiteral("root_is_text.yaml"), QStringLiteral("no-such-file.yaml")}) {
        EXPECT_FALSE(window.openScenario(brokenPath(broken)));
        closeErrorDialog(window);
    }
    EXPECT_TRUE(showingTown(window));
    EXPECT_EQ(window.windowTitle(), title);
    EXPECT_EQ(clock.cursor(), 20u);
    EXPECT_EQ(text(visibleState(window)), text(before));
    clock.step();
    EXPECT_EQ(clock.cursor(), 21u) << "and it still plays";
}

TEST(MainWindow, DroppingAScenarioFileOnTheWindowOpensIt)
{
    MainWindow window;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(lessonPath(QStringLiteral("02-backup-mx.yaml")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    EXPECT_TRUE(showingTown(window));
    EXPECT_NE(sceneOf(window).station(QStringLiteral("mx2.example.org")), nullptr);
}

TEST(MainWindow, AFileThatIsNotAScenarioIsNotTakenWhenDragged)
{
    MainWindow window;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(sourcePath(QStringLiteral("README.md")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(&window, &enter);
    EXPECT_FALSE(enter.isAccepted());
}

} // namespace
} // namespace postie::gui
