// Lesson 3 as a German, a French and an English class get it: the Lesson panel asks the stop's
// question in the class's language, the class votes, Reveal plays on to the answer and says why
// in that language, the recap lists the answers, and File > Print worksheet prints the same
// words.
#include "gui_test_support.h"
#include "lesson/lesson_controller.h"
#include "lesson/lesson_dock.h"
#include "lesson/worksheet_printer.h"
#include "lesson/wrap_button.h"
#include "map/town_scene.h"
#include "replay/scenario_session.h"
#include "shell/app_language.h"
#include "shell/screenshot_job.h"

#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

LessonDock& lessonOf(const MainWindow& window) { return partOf<LessonDock>(window, "lessonDock"); }
LessonController& controllerOf(const MainWindow& window) { return partOf<LessonController>(window, "lessonController"); }
WrapButton& buttonOf(const MainWindow& window, const char* name) { return partOf<WrapButton>(window, name); }

// What the panel shows, as one line of words (a long sentence wraps over several labels).
QString shown(const LessonDock& dock) { return dock.lines().join(QLatin1Char(' ')).simplified(); }

// A lesson text's words in a language, as the panel and the worksheet show it.
QString in(const LessonText& text, const QString& code) { return QString::fromStdString(text.in(code.toStdString())).simplified(); }

class LessonInLanguage : public ::testing::TestWithParam<const char*> {};

TEST_P(LessonInLanguage, Lesson3IsPredictedRevealedRecappedAndPrinted)
{
    const QString code = QString::fromLatin1(GetParam());
    Speaking speaking(code);
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1280, 800)));
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("03-server-down-retries.yaml"), true));
    LessonController& lessons = controllerOf(window);
    ASSERT_TRUE(QTest::qWaitFor([&] { return lessons.run().known(); }, 30000));
    const LessonSpec& lesson = window.player().session()->spec().lesson;
    ASSERT_GE(lesson.stops.size(), 2u);
    const QuestionSpec& second = *lesson.stops[1].question;  // "When does the post office try next?"
    if (code != QLatin1String("en")) ASSERT_NE(in(second.ask, code), in(second.ask, QStringLiteral("en")));

    PlaybackClock& clock = window.player().clock();
    clock.setPace(Pace::Continuous);
    clock.setSpeed(PlaybackClock::kMaxSpeed);
    LessonDock& dock = lessonOf(window);
    for (std::size_t stop = 0; stop < lesson.stops.size(); ++stop) {
        QSignalSpy halted(&clock, &PlaybackClock::halted);
        if (stop == 0) clock.play();
        else QTest::mouseClick(&buttonOf(window, "lessonContinue"), Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([&] { return halted.count() >= 1 && !clock.playing(); }, 15000)) << "stop " << stop;
        EXPECT_TRUE(shown(dock).contains(in(lesson.stops[stop].say, code))) << shown(dock).toStdString();
        if (!lesson.stops[stop].question) continue;
        const QuestionSpec& q = *lesson.stops[stop].question;
        EXPECT_TRUE(shown(dock).contains(in(q.ask, code))) << shown(dock).toStdString();
        QTest::keyClick(&window, Qt::Key_3);  // the class's vote: C
        QSignalSpy revealed(&clock, &PlaybackClock::halted);
        QTest::mouseClick(&buttonOf(window, "lessonReveal"), Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([&] { return revealed.count() >= 1 && !clock.playing(); }, 15000));
        EXPECT_TRUE(shown(dock).contains(in(q.why, code))) << shown(dock).toStdString();
        ScreenshotJob::save(window, shotPath(QStringLiteral("lesson-03-%1-reveal-%2.png").arg(code).arg(stop + 1)));
    }
    QTest::mouseClick(&buttonOf(window, "lessonContinue"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown(dock).contains(in(lesson.recap.front(), code)); }, 15000))
        << shown(dock).toStdString();
    // The recap lists each question in the class's language, with the class's answer.
    EXPECT_TRUE(shown(dock).contains(in(second.ask, code))) << shown(dock).toStdString();
    if (code != QLatin1String("en")) EXPECT_FALSE(shown(dock).contains(QLatin1String("The class:"))) << shown(dock).toStdString();

    const QString pdf = shotPath(QStringLiteral("worksheet-03-%1.pdf").arg(code));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    ASSERT_EQ(WorksheetPrinter::print(*window.player().session(), lessons.run(), sceneOf(window), printer), QString());
    const QString paper = pdfText(pdf);
    EXPECT_TRUE(paper.contains(in(second.ask, code))) << paper.toStdString();
    EXPECT_TRUE(paper.contains(in(lesson.goals.front(), code).left(30))) << paper.toStdString();
    if (code != QLatin1String("en")) EXPECT_FALSE(paper.contains(QLatin1String("Answer key"))) << paper.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, LessonInLanguage, ::testing::Values("de", "fr", "en"));

} // namespace
} // namespace postie::gui
