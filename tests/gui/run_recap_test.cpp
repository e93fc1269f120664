// The summary at the end of a run: it comes up when play reaches the end, counts what the run
// summary counts, plays the run again from the start with a click or Enter, closes with Esc,
// and sits inside the map without widening the window.
#include "default_locale.h"
#include "gui_test_support.h"
#include "playback/run_recap_panel.h"
#include "playback/run_recap_words.h"
#include "replay/run_recap.h"
#include "shell/screenshot_job.h"
#include "trace/narrator.h"

#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

class RunRecapTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1280, 800))); }
    RunRecapPanel& panel() { return partOf<RunRecapPanel>(window, "runRecap"); }
    PlaybackClock& clock() { return window.player().clock(); }
    // Plays the whole run fast, as a class would watch it come to its end.
    void playToTheEnd()
    {
        clock().setPace(Pace::Continuous);  // the lessons' story pace would hold every caption
        clock().setSpeed(PlaybackClock::kMaxSpeed);
        clock().play();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !clock().playing(); }, 60000));
        ASSERT_TRUE(clock().atEnd());
    }
    // The panel's place in the window's coordinates.
    QRect panelInWindow() { return QRect(panel().mapTo(&window, QPoint()), panel().size()); }
    QRect mapInWindow() { return QRect(viewOf(window).mapTo(&window, QPoint()), viewOf(window).size()); }

    MainWindow window;
};

// A scenario without a title is called by its file's name, as the window's title does.
TEST_F(RunRecapTest, AnUntitledScenarioIsCalledByItsFileName)
{
    ASSERT_TRUE(window.openScenario(dataPath("tls_snooper.yaml")));
    ASSERT_TRUE(waitForRun(window.player()));
    ASSERT_NO_FATAL_FAILURE(playToTheEnd());
    ASSERT_TRUE(panel().isVisible());
    EXPECT_TRUE(panel().text().contains(QStringLiteral("What happened in “tls_snooper.yaml”"))) << panel().text().toStdString();
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("tls_snooper.yaml"))) << window.windowTitle().toStdString();
}

TEST_F(RunRecapTest, PlayingIntoTheEndShowsWhatTheRunCameTo)
{
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("04-unknown-user-bounce.yaml")));
    EXPECT_FALSE(panel().isVisible());
    ASSERT_NO_FATAL_FAILURE(playToTheEnd());
    ASSERT_TRUE(panel().isVisible());
    const RunSummary summary = *window.player().session()->summary();
    EXPECT_EQ(panel().recap().delivered, summary.delivered);
    EXPECT_EQ(panel().recap().bounced, summary.bounced);
    EXPECT_EQ(panel().recap().created, summary.created);
    EXPECT_GT(summary.bounced, 0u);
    const QString text = panel().text();
    // The letter never reached Bob: the delivered row counts letters, not the notice coming home.
    EXPECT_TRUE(text.contains(QLatin1String("Delivered\t0")) || text.contains(QLatin1String("Delivered 0")) ||
                text.contains(QLatin1String("Delivered\n0")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("in the sender's PO box"))) << text.toStdString();
    for (const char* words : {"Letters sent", "Delivered", "Put off till later (deferred)",
                              "Returned to sender (bounced)", "No station or road was closed"})
        EXPECT_TRUE(text.contains(QLatin1String(words))) << words << " in\n" << text.toStdString();
    EXPECT_TRUE(panel().playAgainButton()->hasFocus()) << "Enter plays again at once";
    EXPECT_TRUE(mapInWindow().contains(panelInWindow()));
    EXPECT_TRUE(ScreenshotJob::save(window, shotPath(QStringLiteral("run-recap-04.png"))));
}

TEST_F(RunRecapTest, ItNamesTheLessonInTheAppsLanguage)
{
    const DefaultLocale german{QLocale(QStringLiteral("de"))};
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("03-server-down-retries.yaml")));
    ASSERT_NO_FATAL_FAILURE(playToTheEnd());
    ASSERT_TRUE(panel().isVisible());
    const QString title = panel().text().section(QLatin1Char('\n'), 0, 0);
    EXPECT_TRUE(title.contains(QStringLiteral("“40 Minuten geschlossen”"))) << title.toStdString();
}

TEST_F(RunRecapTest, PlayAgainRewindsToTheStartAndPlays)
{
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("01-first-email.yaml")));
    ASSERT_NO_FATAL_FAILURE(playToTheEnd());
    ASSERT_TRUE(panel().isVisible());
    clock().setSpeed(PlaybackClock::kMinSpeed);  // slow, so the test sees it at the start
    QTest::mouseClick(panel().playAgainButton(), Qt::LeftButton);
    EXPECT_FALSE(panel().isVisible());
    EXPECT_TRUE(clock().playing());
    EXPECT_LT(clock().timeUs(), 10'000) << "from the start";
    EXPECT_LT(clock().cursor(), 5u);
    EXPECT_TRUE(viewOf(window).hasFocus()) << "the keys go back to the map";
}

TEST_F(RunRecapTest, EnterPlaysAgainAndEscClosesItEvenInPresentationMode)
{
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("01-first-email.yaml")));
    ASSERT_NO_FATAL_FAILURE(playToTheEnd());
    ASSERT_TRUE(panel().isVisible());
    clock().setSpeed(PlaybackClock::kMinSpeed);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_FALSE(panel().isVisible());
    EXPECT_TRUE(clock().playing());
    EXPECT_LT(clock().timeUs(), 10'000);

    presentationOf(window).presentAction()->setChecked(true);
    ASSERT_NO_FATAL_FAILURE(playToTheEnd());
    ASSERT_TRUE(panel().isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_FALSE(panel().isVisible());
    EXPECT_TRUE(presentationOf(window).presenting()) << "Esc closed the summary only";
    EXPECT_TRUE(clock().atEnd());
    presentationOf(window).presentAction()->setChecked(false);
}

TEST_F(RunRecapTest, ScrubbingToTheEndWhilePausedLeavesTheMapClearAndTheMenuShowsIt)
{
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("03-server-down-retries.yaml")));
    clock().seekTime(window.player().endUs());
    ASSERT_TRUE(clock().atEnd());
    QTest::qWait(20);
    EXPECT_FALSE(panel().isVisible()) << "a teacher stepping through is not interrupted";
    QAction* show = panel().showAction();
    ASSERT_TRUE(show->isEnabled());
    show->trigger();
    ASSERT_TRUE(panel().isVisible());
    EXPECT_TRUE(panel().text().contains(QStringLiteral("closes its doors"))) << panel().text().toStdString();
    clock().seekRecord(3);
    EXPECT_FALSE(panel().isVisible()) << "stepping away from the end closes it";
}

TEST_F(RunRecapTest, FitsInsideTheMapAtTheSmallestWindowInPresentationMode)
{
    window.resize(1024, 700);
    presentationOf(window).presentAction()->setChecked(true);
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("08-expired-after-five-days.yaml")));
    const QSize before = window.size();
    ASSERT_NO_FATAL_FAILURE(playToTheEnd());
    ASSERT_TRUE(panel().isVisible());
    EXPECT_EQ(window.size(), before) << "the summary never widens the window";
    EXPECT_TRUE(mapInWindow().contains(panelInWindow()));
    EXPECT_GE(panel().height(), panel().minimumSizeHint().height());
    EXPECT_TRUE(ScreenshotJob::save(window, shotPath(QStringLiteral("run-recap-08-presentation-1024.png"))));
    presentationOf(window).presentAction()->setChecked(false);
}

// Presentation mode at 1024x700: the map is a strip between the toolbar and the caption, and
// narrower still beside the Inspector. Every row of the summary is there, shown whole or
// scrolled to, none cut across.
TEST_F(RunRecapTest, EveryRowIsWholeOrScrolledToOnTheSmallestMap)
{
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("03-server-down-retries.yaml")));
    presentationOf(window).presentAction()->setChecked(true);
    window.setWindowState(Qt::WindowNoState);  // offscreen "full screen" is the whole screen
    window.resize(1024, 700);
    for (const bool inspector : {false, true}) {
        SCOPED_TRACE(inspector ? "with the Inspector" : "without the Inspector");
        if (inspector) inspectorOf(window).inspectStation(sceneOf(window).stations().first()->id());
        QTest::qWait(50);
        ASSERT_NO_FATAL_FAILURE(playToTheEnd());
        ASSERT_TRUE(panel().isVisible());
        QTest::qWait(20);
        EXPECT_TRUE(mapInWindow().contains(panelInWindow()));
        const QString text = panel().text();
        EXPECT_TRUE(text.contains(QLatin1String("Doors found shut"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QLatin1String("closes its doors"))) << text.toStdString();
        const QScrollArea& body = *panel().body();
        const QRect seen = body.viewport()->rect();
        QScrollBar& bar = *body.verticalScrollBar();
        EXPECT_GE(bar.maximum() + seen.height(), body.widget()->height()) << "the rows below can be scrolled to";
        int whole = 0;
        for (QWidget* row : panel().rows()) {
            EXPECT_TRUE(row->isVisibleTo(&panel())) << "no row left out";
            const QRect at(row->mapTo(body.viewport(), QPoint()), row->size());
            EXPECT_TRUE(seen.contains(at) || !seen.intersects(at))
                << "a row cut across, at " << at.y() << " to " << at.bottom() << " of " << seen.height();
            whole += seen.contains(at);
        }
        EXPECT_GE(whole, 2) << "the map shows some of it";
        EXPECT_TRUE(body.rect().contains(QRect(body.viewport()->mapTo(&body, QPoint()), seen.size())));
        EXPECT_TRUE(ScreenshotJob::save(
            window, shotPath(QStringLiteral("run-recap-03-presentation-1024%1.png").arg(inspector ? "-inspector" : ""))));
        panel().closeButton()->click();
    }
    presentationOf(window).presentAction()->setChecked(false);
}

// Lesson 1 goes on after the letter reached Bob's PO box: his phone checks it every ten
// minutes. The summary says both times, not "0.8 s" under a clock at 09:10.
TEST_F(RunRecapTest, SaysWhenTheLettersEndedAndThatTheRunWentOnWhileReadersCheckedForMail)
{
    ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("01-first-email.yaml")));
    ASSERT_NO_FATAL_FAILURE(playToTheEnd());
    const RunRecap& r = panel().recap();
    ASSERT_LT(r.tookUs(), r.lastUs);
    const Narrator& narrator = window.player().session()->narrator();
    const QString text = panel().text();
    EXPECT_TRUE(text.contains(QLatin1String("The letters took"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QString::fromStdString(narrator.clock(SimTime::fromMicros(r.tookUs())))));
    EXPECT_TRUE(text.contains(QStringLiteral("the run went on to %1 while the readers' devices checked for mail")
                                  .arg(QString::fromStdString(narrator.clock(SimTime::fromMicros(r.lastUs))))))
        << text.toStdString();
}

TEST(RunRecapWordsTest, NumbersUseTheLocalesGrouping)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    RunRecap r;
    r.created = 1583;
    r.delivered = 1583;
    r.deferrals = 2400;
    r.deferredLetters = 1200;
    const RunRecapWords words = RunRecapWords::of(r, Narrator({}, std::nullopt));
    QLocale::setDefault(before);
    ASSERT_GE(words.counts.size(), 3);
    EXPECT_EQ(words.counts[0].second, QStringLiteral("1,583"));
    EXPECT_EQ(words.counts[1].second, QStringLiteral("1,583"));
    EXPECT_EQ(words.counts[2].second, QStringLiteral("1,200 (2,400 times)"));
}

} // namespace
} // namespace postie::gui
