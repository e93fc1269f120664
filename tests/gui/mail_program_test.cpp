// File > Open in a mail program: the PO boxes of the town on screen served over IMAP as the
// moment on screen has them. A mail program (here a socket speaking IMAP) logs in as Bob, sees
// his INBOX empty before the letter is filed, hears "* 1 EXISTS" while idling as the playback
// files it, is told to connect again when the playback goes back, and Stop serving ends it.
#include "gui_test_support.h"

#include "realmail/imap_view.h"
#include "realmail/mail_program_action.h"
#include "realmail/mail_program_dialog.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTcpSocket>

#include <gtest/gtest.h>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

// A mail program's end of the connection: what it has heard so far.
struct MailProgram {
    explicit MailProgram(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, [this] { heard += socket.readAll(); });
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    }
    // Sends a line and waits until the answer holds `until`; the answer since the line was sent.
    QByteArray say(const QByteArray& line, const QByteArray& until)
    {
        heard.clear();
        socket.write(line + "\r\n");
        return waitFor(until);
    }
    QByteArray waitFor(const QByteArray& until)
    {
        for (int i = 0; i < 200 && !heard.contains(until); ++i) QTest::qWait(25);
        return heard;
    }
    QTcpSocket socket;
    QByteArray heard;
};

TEST(MailProgram, SeesTheMomentOnScreenAndHearsOfEachLetterAsThePlaybackFilesIt)
{
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1280, 800)));
    auto& action = partOf<MailProgramAction>(window, "openInMailProgramAction");
    EXPECT_FALSE(action.isEnabled());  // no town yet
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("01-first-email.yaml")));
    EXPECT_TRUE(action.isEnabled());
    window.player().clock().seekTime(0);  // Alice has only just pressed Send

    action.trigger();
    ImapView& view = action.view();
    ASSERT_TRUE(view.serving());
    ASSERT_NE(action.dialog(), nullptr);
    EXPECT_TRUE(action.dialog()->isVisible());
    EXPECT_EQ(partOf<QLabel>(*action.dialog(), "mailProgramPort").text(), QString::number(view.port()));
    const auto& users = partOf<QListWidget>(*action.dialog(), "mailProgramUsers");
    ASSERT_EQ(users.count(), 1);
    EXPECT_EQ(users.item(0)->text(), QStringLiteral("bob@example.org"));

    MailProgram bob(view.port());
    EXPECT_TRUE(bob.waitFor("* OK").startsWith("* OK [CAPABILITY IMAP4rev1"));
    EXPECT_TRUE(bob.say("a1 LOGIN bob@example.org postie", "a1 ").contains("a1 OK"));
    const QByteArray selected = bob.say("a2 SELECT INBOX", "a2 ");
    EXPECT_TRUE(selected.contains("* 0 EXISTS")) << selected.toStdString();
    EXPECT_TRUE(partOf<QLabel>(*action.dialog(), "mailProgramState").text().contains(QStringLiteral("1 mail program")));
    EXPECT_EQ(bob.say("a3 IDLE", "+ idling"), "+ idling\r\n");
    QTest::qWait(2 * ImapView::kTickMs);
    EXPECT_FALSE(bob.heard.contains("EXISTS"));  // nothing new while the moment stands still

    window.player().clock().seekTime(2'000'000);  // the letter is filed in Bob's PO box
    EXPECT_TRUE(bob.waitFor("EXISTS").endsWith("+ idling\r\n* 1 EXISTS\r\n")) << bob.heard.toStdString();
    EXPECT_TRUE(bob.say("DONE", "a3 ").contains("a3 OK IDLE terminated"));
    const QByteArray subject = bob.say("a4 FETCH 1 (BODY.PEEK[HEADER.FIELDS (Subject)])", "a4 ");
    EXPECT_TRUE(subject.contains("Subject: Lunch?")) << subject.toStdString();

    // Back to the start: the letter Bob's program holds is not there yet; it must start again.
    window.player().clock().seekTime(0);
    EXPECT_TRUE(bob.waitFor("* BYE").contains("connect again"));
    for (int i = 0; i < 100 && bob.socket.state() != QAbstractSocket::UnconnectedState; ++i) QTest::qWait(20);
    EXPECT_EQ(bob.socket.state(), QAbstractSocket::UnconnectedState);

    const quint16 port = view.port();
    partOf<QPushButton>(*action.dialog(), "mailProgramStop").click();
    EXPECT_FALSE(view.serving());
    MailProgram late(port);
    for (int i = 0; i < 50 && late.socket.state() != QAbstractSocket::UnconnectedState; ++i) QTest::qWait(20);
    EXPECT_TRUE(late.heard.isEmpty());
}

} // namespace
} // namespace postie::gui
