// File > Export mailboxes writes every user's mailbox as the moment on screen has it: before
// the letter is filed Bob's mbox is empty, once it is filed his letter is in it; the status
// line says where, and a folder that cannot be written says why and changes nothing else.
#include "gui_test_support.h"

#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

QString readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QStringLiteral("(missing)");
}

QString statusText(const MainWindow& window)
{
    QString all;
    for (const QLabel* l : window.statusBar()->findChildren<QLabel*>()) all += l->text();
    return all;
}

TEST(MailboxExportMenu, WritesTheMailboxesAsTheMomentOnScreenHasThem)
{
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1280, 800)));
    const auto& menu = partOf<QMenu>(window, "exportMailboxesMenu");
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("01-first-email.yaml")));
    EXPECT_TRUE(menu.isEnabled());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());

    window.player().clock().seekTime(0);  // Alice has only just pressed Send
    ASSERT_TRUE(window.exportMailboxes(dir.filePath(QStringLiteral("start")), false));
    EXPECT_EQ(readFile(dir.filePath(QStringLiteral("start/bob@example.org.mbox"))), QString());
    EXPECT_TRUE(statusText(window).contains(QStringLiteral("1 user"))) << statusText(window).toStdString();

    window.player().clock().seekTime(2'000'000);  // filed in Bob's PO box; his phone has not asked yet
    ASSERT_TRUE(window.exportMailboxes(dir.filePath(QStringLiteral("filed")), true));
    const QDir fresh(dir.filePath(QStringLiteral("filed/bob@example.org/new")));
    const QStringList letters = fresh.entryList(QDir::Files);
    ASSERT_EQ(letters.size(), 1);
    const QString letter = readFile(fresh.filePath(letters.front()));
    EXPECT_TRUE(letter.contains(QStringLiteral("\nSubject: Lunch?\n")));
    EXPECT_TRUE(letter.startsWith(QStringLiteral("Return-Path: <alice@sender.test>\n")));

    // A file where the folder should go: the status line says so.
    QFile blocker(dir.filePath(QStringLiteral("blocked")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    EXPECT_FALSE(window.exportMailboxes(dir.filePath(QStringLiteral("blocked/inside")), false));
    EXPECT_TRUE(statusText(window).contains(QStringLiteral("could not be written"))) << statusText(window).toStdString();
}

} // namespace
} // namespace postie::gui
