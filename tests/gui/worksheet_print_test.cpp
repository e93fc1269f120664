// File > Print worksheet: the lesson's worksheet printed from the app, here into a PDF file
// whose pages are read back with pdftotext, as with `postie-cli worksheet`.
#include "default_locale.h"
#include "gui_test_support.h"
#include "lesson/lesson_controller.h"
#include "lesson/worksheet_printer.h"
#include "map/town_scene.h"

#include <QPrinter>
#include <QProcess>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

int pdfPages(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral(POSTIE_PDFTOTEXT), {pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return int(p.readAllStandardOutput().count('\f'));
}

TEST(WorksheetPrint, TheMenuPrintsTheLessonsQuestionsAndTheAnswerKeyOnItsOwnPage)
{
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1280, 800)));
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("03-server-down-retries.yaml")));
    auto& action = partOf<QAction>(window, "printWorksheetAction");
    EXPECT_TRUE(action.isEnabled());
    auto& lessons = partOf<LessonController>(window, "lessonController");
    ASSERT_TRUE(QTest::qWaitFor([&] { return lessons.run().known(); }, 30000));

    const QString pdf = shotPath(QStringLiteral("worksheet-03.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    ASSERT_EQ(WorksheetPrinter::print(*window.player().session(), lessons.run(), sceneOf(window), printer), QString());

    const int pages = pdfPages(pdf);
    ASSERT_GE(pages, 2);
    QString pupils;
    for (int p = 1; p < pages; ++p) pupils += pdfText(pdf, p) + QLatin1Char(' ');
    EXPECT_TRUE(pupils.contains(QLatin1String("Closed for 40 minutes"))) << pupils.toStdString();
    EXPECT_TRUE(pupils.contains(QLatin1String("How long until the post office knocks again?"))) << pupils.toStdString();
    EXPECT_TRUE(pupils.contains(QLatin1String("Why do you think so?")));
    EXPECT_FALSE(pupils.contains(QLatin1String("Answer key")));
    const QString key = pdfText(pdf, pages);
    EXPECT_TRUE(key.contains(QLatin1String("Answer key (for the teacher)"))) << key.toStdString();
    EXPECT_TRUE(key.contains(QLatin1String("10 min"))) << key.toStdString();

    // A scenario without a lesson has no worksheet.
    ASSERT_TRUE(window.openScenario(QStringLiteral(POSTIE_TEST_DATA_DIR "/design_example.yaml")));
    EXPECT_FALSE(action.isEnabled());
}

TEST(WorksheetPrint, TheLessonsTextsArePrintedInTheAppsLanguage)
{
    const DefaultLocale german{QLocale(QStringLiteral("de"))};
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1280, 800)));
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("03-server-down-retries.yaml")));
    auto& lessons = partOf<LessonController>(window, "lessonController");
    ASSERT_TRUE(QTest::qWaitFor([&] { return lessons.run().known(); }, 30000));

    const QString pdf = shotPath(QStringLiteral("worksheet-03-de.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    ASSERT_EQ(WorksheetPrinter::print(*window.player().session(), lessons.run(), sceneOf(window), printer), QString());
    const QString first = pdfText(pdf, 1);
    EXPECT_TRUE(first.contains(QStringLiteral("40 Minuten geschlossen"))) << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("Das einzige Sortierzentrum ist geschlossen"))) << first.toStdString();
    EXPECT_FALSE(first.contains(QLatin1String("Closed for 40 minutes")));
    // The lesson's own texts follow, as the Lesson panel shows them.
    QString pupils;
    for (int p = 1; p < pdfPages(pdf); ++p) pupils += pdfText(pdf, p) + QLatin1Char(' ');
    EXPECT_TRUE(pupils.contains(QStringLiteral("Wie lange dauert es, bis das Postamt wieder anklopft?"))) << pupils.toStdString();
}

TEST(WorksheetPrint, AStationRevealedInTheAnswerKeyIsNamedInTheAppsLanguage)
{
    const DefaultLocale german{QLocale(QStringLiteral("de"))};
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1280, 800)));
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("01-first-email.yaml")));
    auto& lessons = partOf<LessonController>(window, "lessonController");
    ASSERT_TRUE(QTest::qWaitFor([&] { return lessons.run().known(); }, 30000));

    const QString pdf = shotPath(QStringLiteral("worksheet-01-de.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    ASSERT_EQ(WorksheetPrinter::print(*window.player().session(), lessons.run(), sceneOf(window), printer), QString());
    // The first stop's answer is a station: the directory, by its German label and its id.
    const QString key = pdfText(pdf, pdfPages(pdf));
    EXPECT_TRUE(key.contains(QStringLiteral("Postleitzahl-Verzeichnis (dns.sender.test)"))) << key.toStdString();
    EXPECT_FALSE(key.contains(QLatin1String("Postal-code directory"))) << key.toStdString();
}

} // namespace
} // namespace postie::gui
