// View > Legend (L): a tab beside the map that says in plain words what every picture on the
// map means: every failure mark, every sign of a station in trouble, every device, the badges,
// the stamps and the colours. It never widens the window and grows with presentation mode.
#include "gui_test_support.h"
#include "map/failure_sign_item.h"
#include "shell/legend_dock.h"
#include "shell/legend_row.h"

#include <QRegularExpression>
#include <QScrollArea>

#include <QLabel>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

bool says(const QStringList& lines, const QString& words)
{
    return std::any_of(lines.begin(), lines.end(), [&](const QString& l) { return l.contains(words); });
}

int tallestPicture(const LegendDock& legend)
{
    int tallest = 0;
    for (QLabel* label : legend.findChildren<QLabel*>())
        if (!label->pixmap().isNull()) tallest = std::max(tallest, label->pixmap().height());
    return tallest;
}

TEST(Legend, TheKeyLTogglesItBesideTheMapWithoutWideningTheWindow)
{
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1024, 700)));
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("02-backup-mx.yaml")));
    auto& legend = partOf<LegendDock>(window, "legendDock");
    EXPECT_TRUE(legend.isHidden());
    viewOf(window).setFocus();
    QTest::keyClick(&window, Qt::Key_L);
    ASSERT_TRUE(QTest::qWaitFor([&] { return legend.isVisible(); }));
    QTest::qWait(50);
    EXPECT_EQ(window.width(), 1024);
    EXPECT_GE(double(viewOf(window).width()) / window.width(), 0.6);
    EXPECT_FALSE(legend.accessibleName().isEmpty());
    QTest::keyClick(&window, Qt::Key_L);
    ASSERT_TRUE(QTest::qWaitFor([&] { return legend.isHidden(); }));
    // And from the View menu.
    EXPECT_EQ(partOf<QAction>(window, "legendAction").text().remove(QLatin1Char('&')), QStringLiteral("Legend"));
}

TEST(Legend, ItExplainsEveryMarkEverySignOfTroubleAndEveryDevice)
{
    LegendDock legend;
    const QStringList lines = legend.lines();
    for (FailureMark::Kind k : kFailureKinds) {
        FailureMark sample{k, "", 0, 0};
        if (k == FailureMark::Kind::TryLater) sample.word = "421";
        if (k == FailureMark::Kind::Rejected) sample.word = "550";
        if (k == FailureMark::Kind::NoSuchDomain) sample.word = "NXDOMAIN";
        EXPECT_TRUE(says(lines, FailureSignItem::markText(sample) + QStringLiteral(": ") + FailureSignItem::markMeaning(k)))
            << FailureSignItem::markText(sample).toStdString();
    }
    for (Trouble t : {Trouble::Closed, Trouble::NoAnswer, Trouble::Busy, Trouble::Deferring})
        EXPECT_TRUE(says(lines, FailureSignItem::troubleMeaning(t))) << int(t);
    for (DeviceKind d : kDeviceKinds) EXPECT_TRUE(says(lines, Vocabulary::headline(Devices::words(d)))) << int(d);
    for (const char* words : {"250 OK", "MX answer", "In the box", "queue", "Red:", "Amber:", "Green:", "Blue:", "barrier"})
        EXPECT_TRUE(says(lines, QString::fromLatin1(words))) << words;
    // Each line with a picture has one, drawn by the map's items.
    EXPECT_GT(tallestPicture(legend), 0);
}

TEST(Legend, ItsPicturesAndWordsGrowInPresentationMode)
{
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1280, 800)));
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("02-backup-mx.yaml")));
    auto& legend = partOf<LegendDock>(window, "legendDock");
    partOf<QAction>(window, "legendAction").trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return legend.isVisible(); }));
    const int before = tallestPicture(legend);
    presentationOf(window).presentAction()->setChecked(true);
    QTest::qWait(100);
    EXPECT_GT(tallestPicture(legend), before);
    presentationOf(window).presentAction()->setChecked(false);
    QTest::qWait(100);
    EXPECT_EQ(tallestPicture(legend), before);
}

// Presentation mode at 1024x700 leaves the legend a narrow dock: its words wrap between words
// inside it, and no word is cut ("Post o / outgo / SMTP" was).
TEST(Legend, ItsWordsWrapWholeInsideANarrowDockInPresentationMode)
{
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1024, 700)));
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("01-first-email.yaml")));
    presentationOf(window).presentAction()->setChecked(true);
    window.setWindowState(Qt::WindowNoState);
    window.resize(1024, 700);
    auto& legend = partOf<LegendDock>(window, "legendDock");
    partOf<QAction>(window, "legendAction").trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return legend.isVisible(); }));
    QTest::qWait(100);
    const QWidget* viewport = partOf<QScrollArea>(legend, "legendScroll").viewport();
    const QList<LegendRow*> rows = legend.findChildren<LegendRow*>();
    ASSERT_FALSE(rows.isEmpty());
    for (const LegendRow* row : rows) {
        const QLabel* words = row->words();
        const QRect inView(words->mapTo(viewport, QPoint(0, 0)), words->size());
        EXPECT_LE(inView.right(), viewport->width()) << "cut at the dock's edge: " << words->text().toStdString();
        int longest = 0;
        for (const QString& w : words->text().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            longest = std::max(longest, words->fontMetrics().horizontalAdvance(w));
        EXPECT_GE(words->contentsRect().width(), longest) << "a word is cut: " << words->text().toStdString() << " row " << row->width() << " stacked " << row->stacked() << " viewport " << viewport->width();
    }
}

} // namespace
} // namespace postie::gui
