// File > Open Recent and the welcome page's "Opened lately": newest first, eight at most, and
// a file that has gone is taken off with a message. The tests' settings live in a folder of
// their own (gui_test_main.cpp).
#include "gui_test_support.h"
#include "shell/recent_files.h"
#include "shell/screenshot_job.h"
#include "shell/welcome_page.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

class RecentFilesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(folder.isValid());
        recentFilesOf(window).clear();
    }
    void TearDown() override { recentFilesOf(window).clear(); }

    // A copy of the first lesson under a name of its own.
    QString lessonCopy(const QString& name)
    {
        const QString path = folder.filePath(name);
        EXPECT_TRUE(QFile::copy(lessonPath(QStringLiteral("01-first-email.yaml")), path));
        return QFileInfo(path).canonicalFilePath();
    }
    QStringList menuFiles()
    {
        QStringList out;
        for (QAction* a : recentFilesOf(window).menu()->actions())
            if (!a->data().toString().isEmpty()) out << a->data().toString();
        return out;
    }
    QStringList welcomeFiles()
    {
        QStringList out;
        for (QPushButton* b : welcomePageOf(window).recentButtons()) out << b->toolTip();
        return out;
    }

    QTemporaryDir folder;
    MainWindow window;
};

TEST_F(RecentFilesTest, TheSettingsAreNotTheUsersOwn)
{
    const QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Postie"), QStringLiteral("postie"));
    EXPECT_FALSE(settings.fileName().startsWith(QDir::homePath() + QStringLiteral("/.config")))
        << settings.fileName().toStdString();
}

TEST_F(RecentFilesTest, TheNewestIsFirstAndAFileOpenedAgainMovesUpInsteadOfRepeating)
{
    const QString a = lessonCopy(QStringLiteral("a.yaml"));
    const QString b = lessonCopy(QStringLiteral("b.yaml"));
    ASSERT_TRUE(window.openScenario(a));
    ASSERT_TRUE(window.openScenario(b));
    EXPECT_EQ(recentFilesOf(window).files(), (QStringList{b, a}));
    ASSERT_TRUE(window.openScenario(a));
    EXPECT_EQ(recentFilesOf(window).files(), (QStringList{a, b}));
    EXPECT_EQ(menuFiles(), (QStringList{a, b}));
    EXPECT_EQ(welcomeFiles(), (QStringList{QDir::toNativeSeparators(a), QDir::toNativeSeparators(b)}));
    EXPECT_TRUE(recentFilesOf(window).menu()->actions().first()->text().contains(QStringLiteral("a.yaml")));

    MainWindow again;  // the next time the app starts
    EXPECT_EQ(recentFilesOf(again).files(), (QStringList{a, b}));
    EXPECT_EQ(welcomePageOf(again).recentButtons().size(), 2);
    again.resize(1280, 800);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_TRUE(ScreenshotJob::save(again, QStringLiteral(POSTIE_SCREENSHOT_DIR "/welcome-recent-files.png")));
}

TEST_F(RecentFilesTest, ABrokenFileIsNotRemembered)
{
    EXPECT_FALSE(window.openScenario(brokenPath(QStringLiteral("unknown_key_typo.yaml"))));
    if (auto* box = window.findChild<QMessageBox*>(QStringLiteral("loadErrors"))) box->close();
    EXPECT_TRUE(recentFilesOf(window).files().isEmpty());
}

TEST_F(RecentFilesTest, KeepsTheLastEight)
{
    QStringList opened;
    for (int i = 0; i < 10; ++i) {
        opened.prepend(lessonCopy(QStringLiteral("a-lesson-with-a-rather-long-file-name-%1.yaml").arg(i)));
        ASSERT_TRUE(window.openScenario(opened.first()));
    }
    EXPECT_EQ(recentFilesOf(window).files(), opened.mid(0, 8));
    EXPECT_EQ(menuFiles().size(), 8);
    EXPECT_EQ(welcomePageOf(window).recentButtons().size(), 8);
    window.resize(1024, 700);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_LE(window.width(), 1024) << "eight names still fit a small screen";
}

TEST_F(RecentFilesTest, ChoosingAFileThatHasGoneTakesItOffWithAMessage)
{
    const QString kept = lessonCopy(QStringLiteral("kept.yaml"));
    const QString gone = lessonCopy(QStringLiteral("gone.yaml"));
    ASSERT_TRUE(window.openScenario(kept));
    ASSERT_TRUE(window.openScenario(gone));
    window.showWelcome();
    ASSERT_TRUE(QFile::remove(gone));

    QAction* entry = nullptr;
    for (QAction* a : recentFilesOf(window).menu()->actions())
        if (a->data().toString() == gone) entry = a;
    ASSERT_NE(entry, nullptr);
    entry->trigger();

    EXPECT_EQ(recentFilesOf(window).files(), QStringList{kept});
    EXPECT_EQ(menuFiles(), QStringList{kept});
    EXPECT_EQ(welcomeFiles(), QStringList{QDir::toNativeSeparators(kept)});
    EXPECT_FALSE(showingTown(window)) << "nothing was opened";
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("missingRecentFile"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("gone.yaml"))) << box->text().toStdString();
    box->close();

    // The welcome page's button opens one that is still there.
    ASSERT_EQ(welcomePageOf(window).recentButtons().size(), 1);
    QTest::mouseClick(welcomePageOf(window).recentButtons().first(), Qt::LeftButton);
    EXPECT_TRUE(showingTown(window));
}

} // namespace
} // namespace postie::gui
