// Where the welcome page finds the lessons: beside the program's own folder, as installed
// (/usr/bin/postie, /usr/share/postie/scenarios), or where POSTIE_SCENARIOS says; each card
// in the app's language.
#include "default_locale.h"
#include "gui_test_support.h"
#include "shell/lesson_card.h"
#include "shell/lesson_catalog.h"
#include "shell/welcome_page.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

// Sets POSTIE_SCENARIOS for one test and puts back what was there.
class ScenariosVariable {
public:
    explicit ScenariosVariable(const QString& value) : m_old(qgetenv("POSTIE_SCENARIOS")) { set(value); }
    ~ScenariosVariable()
    {
        if (m_old.isEmpty()) qunsetenv("POSTIE_SCENARIOS");
        else qputenv("POSTIE_SCENARIOS", m_old);
    }
    static void set(const QString& value)
    {
        if (value.isEmpty()) qunsetenv("POSTIE_SCENARIOS");
        else qputenv("POSTIE_SCENARIOS", value.toUtf8());
    }

private:
    QByteArray m_old;
};

TEST(LessonCatalog, TheLessonsLieInShareBesideTheProgramsFolder)
{
    EXPECT_EQ(LessonCatalog::folderBeside(QStringLiteral("/usr/bin")), QStringLiteral("/usr/share/postie/scenarios"));
    EXPECT_EQ(LessonCatalog::folderBeside(QStringLiteral("/opt/postie/bin")), QStringLiteral("/opt/postie/share/postie/scenarios"));
    EXPECT_EQ(LessonCatalog::folderBeside(QStringLiteral("/home/t/postie/build/app/gui")),
              QStringLiteral("/home/t/postie/build/app/share/postie/scenarios"));
}

TEST(LessonCatalog, WithoutPostieScenariosTheRunningProgramsFolderDecides)
{
    const ScenariosVariable unset{QString()};
    EXPECT_EQ(LessonCatalog::bundledFolder(), LessonCatalog::folderBeside(QCoreApplication::applicationDirPath()));
    // Not the source tree's folder: this program (build/tests/) has no share/ beside it.
    EXPECT_NE(LessonCatalog::bundledFolder(), QStringLiteral(POSTIE_SOURCE_DIR "/scenarios"));
}

TEST(LessonCatalog, TheWelcomePageListsTheFolderPostieScenariosNames)
{
    QTemporaryDir own;
    ASSERT_TRUE(QFile::copy(lessonPath(QStringLiteral("02-backup-mx.yaml")), own.filePath(QStringLiteral("mine.yaml"))));
    const ScenariosVariable variable{own.path()};
    EXPECT_EQ(LessonCatalog::bundledFolder(), own.path());

    MainWindow window;
    EXPECT_EQ(welcomePageOf(window).lessonCount(), 1);
    const QList<Lesson> lessons = LessonCatalog::lessonsIn(LessonCatalog::bundledFolder());
    ASSERT_EQ(lessons.size(), 1);
    EXPECT_EQ(lessons.first().path, own.filePath(QStringLiteral("mine.yaml")));
    EXPECT_TRUE(lessons.first().valid);
}

TEST(LessonCatalog, EachCardShowsTheLessonsTitleAndSummaryInTheAppsLanguage)
{
    const DefaultLocale german{QLocale(QStringLiteral("de"))};
    MainWindow window;
    LessonCard* third = nullptr;
    for (LessonCard* card : welcomePageOf(window).findChildren<LessonCard*>())
        if (card->lesson().path.endsWith(QStringLiteral("/03-server-down-retries.yaml"))) third = card;
    ASSERT_NE(third, nullptr);
    EXPECT_EQ(third->text().toStdString(), "40 Minuten geschlossen");
    EXPECT_EQ(third->lesson().summary.toStdString(),
              "Das einzige Sortierzentrum ist geschlossen; das Postamt behält den Brief und versucht es erneut.");
    // The lesson it opens keeps the language: the window's title, and the caption that says
    // what the lesson shows before anything has happened.
    QTest::mouseClick(third, Qt::LeftButton);
    ASSERT_TRUE(showingTown(window));
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("40 Minuten geschlossen"))) << window.windowTitle().toStdString();
    ASSERT_TRUE(waitForRun(window.player()));
    EXPECT_TRUE(captionBarOf(window).caption().startsWith(QStringLiteral("Das einzige Sortierzentrum")))
        << captionBarOf(window).caption().toStdString();

    const DefaultLocale french{QLocale(QStringLiteral("fr"))};
    const QList<Lesson> lessons = LessonCatalog::lessonsIn(QStringLiteral(POSTIE_SOURCE_DIR "/scenarios"));
    ASSERT_GE(lessons.size(), 3);
    EXPECT_EQ(lessons[2].title.toStdString(), "Fermé pendant 40 minutes");
}

} // namespace
} // namespace postie::gui
