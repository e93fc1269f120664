// File > Trace a real email: a message file opened (or headers pasted) shows its hops oldest
// first, clock skew in its own words, the lines the receiver cannot vouch for marked, and Play
// the journey plays the town at once, whose letter reaches the message's recipient.
#include "gui_test_support.h"

#include "realmail/trace_email_dialog.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

#include <gtest/gtest.h>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

// The table's columns.
enum Column { Took, Trusted, From, By, With, Line };

QString cell(const QTableWidget& table, int row, int column)
{
    const QTableWidgetItem* item = table.item(row, column);
    return item ? item->text() : QString();
}

TEST(TraceEmail, ShowsTheHopsOldestFirstAndPlaysTheJourney)
{
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1280, 800)));
    partOf<QAction>(window, "traceEmailAction").trigger();
    auto& dialog = partOf<TraceEmailDialog>(window, "traceEmailDialog");
    EXPECT_TRUE(dialog.isVisible());
    auto& hops = partOf<QTableWidget>(dialog, "traceEmailHops");
    auto& play = partOf<QPushButton>(dialog, "traceEmailPlay");
    EXPECT_FALSE(play.isEnabled());  // nothing to play yet

    ASSERT_TRUE(dialog.openFile(QStringLiteral(POSTIE_SOURCE_DIR "/tests/data/received/clock_skew.eml")));
    ASSERT_EQ(hops.rowCount(), 3);
    EXPECT_EQ(cell(hops, 0, From), QStringLiteral("ws1.example.com [192.0.2.100]"));
    EXPECT_EQ(cell(hops, 0, By), QStringLiteral("smtp.example.com"));
    EXPECT_EQ(cell(hops, 2, By), QStringLiteral("mx.example.org"));
    EXPECT_EQ(cell(hops, 1, Took), QStringLiteral("+4 min 2 s"));
    EXPECT_EQ(cell(hops, 2, Took), QStringLiteral("-3 min 57 s (clock skew)"));
    EXPECT_EQ(cell(hops, 0, Trusted), QStringLiteral("may be forged"));
    EXPECT_EQ(hops.item(0, Trusted)->toolTip(), QStringLiteral("may be forged\nmay be forged: written outside example.org"));
    EXPECT_EQ(cell(hops, 2, Trusted), QStringLiteral("yes"));
    const QString summary = partOf<QLabel>(dialog, "traceEmailSummary").text();
    EXPECT_TRUE(summary.contains(QStringLiteral("3 hops"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("clocks disagree"))) << summary.toStdString();

    // Pasted headers are read as they are typed in.
    auto& paste = partOf<QPlainTextEdit>(dialog, "traceEmailPaste");
    paste.setPlainText(QStringLiteral("Received: from a.example.net ([192.0.2.1]) by mx.example.org with ESMTP; "
                                      "Tue, 8 Dec 2026 11:00:00 +0000\nTo: bob@example.org\nSubject: pasted\n"));
    ASSERT_EQ(hops.rowCount(), 1);
    EXPECT_EQ(cell(hops, 0, From), QStringLiteral("a.example.net [192.0.2.1]"));
    paste.setPlainText(QStringLiteral("Dear class,\n"));
    EXPECT_EQ(hops.rowCount(), 0);
    EXPECT_FALSE(play.isEnabled());

    ASSERT_TRUE(dialog.openFile(QStringLiteral(POSTIE_SOURCE_DIR "/tests/data/received/postfix_two_hops.eml")));
    ASSERT_TRUE(play.isEnabled());
    play.click();
    EXPECT_FALSE(dialog.isVisible());
    ASSERT_TRUE(waitForRun(window.player()));
    ASSERT_NE(window.player().session(), nullptr);
    EXPECT_EQ(window.player().session()->spec().title.rfind("The journey of", 0), 0u) << window.player().session()->spec().title;

    EXPECT_FALSE(dialog.openFile(QStringLiteral("/nonexistent/letter.eml")));
    EXPECT_TRUE(partOf<QLabel>(dialog, "traceEmailSummary").text().contains(QStringLiteral("cannot read")));
}

} // namespace
} // namespace postie::gui
