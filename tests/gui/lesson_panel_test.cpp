// A scenario's lesson in the app: the panel beside the map shows the goals, playback halts at
// each stop with its question, the class votes (a click or keys 1 to 4), Reveal plays on to the
// answer and halts there with the answer in words and the right choice marked, stepping back
// before a stop forgets its vote, a stop's change to try re-runs the scenario, and the recap
// lists the class's answers beside the right ones.
#include "gui_test_support.h"
#include "lesson/lesson_controller.h"
#include "lesson/lesson_dock.h"
#include "lesson/wrap_button.h"
#include "map/highlight_item.h"

#include <QLabel>
#include <QScrollArea>
#include <QPushButton>
#include <QSignalSpy>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

const QString kLesson = QStringLiteral(POSTIE_TEST_DATA_DIR "/lesson_closed_station.yaml");

LessonDock& lessonOf(const MainWindow& window) { return partOf<LessonDock>(window, "lessonDock"); }
LessonController& controllerOf(const MainWindow& window) { return partOf<LessonController>(window, "lessonController"); }
WrapButton& buttonOf(const MainWindow& window, const char* name) { return partOf<WrapButton>(window, name); }

bool says(const LessonDock& dock, const QString& words)
{
    const QStringList lines = dock.lines();
    return std::any_of(lines.begin(), lines.end(), [&](const QString& l) { return l.contains(words); });
}

std::string shown(const LessonDock& dock) { return dock.lines().join(QLatin1Char('\n')).toStdString(); }

// The lesson opened in a shown window, its run worked out and its stops found, played fast.
void openTestLesson(MainWindow& window, QSize size = QSize(1280, 800))
{
    ASSERT_NO_FATAL_FAILURE(showActive(window, size));
    ASSERT_TRUE(window.openScenario(kLesson));
    ASSERT_TRUE(waitForRun(window.player()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return controllerOf(window).run().known(); }));
    PlaybackClock& clock = window.player().clock();
    clock.setPace(Pace::Continuous);
    clock.setSpeed(PlaybackClock::kMaxSpeed);
}

// Plays until playback halts by itself; false when it did not.
bool playToHalt(MainWindow& window)
{
    PlaybackClock& clock = window.player().clock();
    QSignalSpy halted(&clock, &PlaybackClock::halted);
    clock.play();
    return QTest::qWaitFor([&] { return !clock.playing(); }, 10000) && halted.count() == 1;
}

std::size_t stopCursor(const MainWindow& window, std::size_t stop) { return *controllerOf(window).run()[stop].stopCursor; }

TEST(LessonPanel, OpeningALessonShowsThePanelWithItsGoals)
{
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(openTestLesson(window));
    LessonDock& dock = lessonOf(window);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock.isVisible(); }));
    EXPECT_TRUE(says(dock, QStringLiteral("A closed sorting station refuses the letter at the door."))) << shown(dock);
    EXPECT_TRUE(says(dock, QStringLiteral("The run stops 2 times for the class."))) << shown(dock);
    // The panel reads from the back row: its words larger than the app's, nearly the caption's.
    double caption = 0;
    for (QLabel* l : captionBarOf(window).findChildren<QLabel*>())
        if (l->accessibleName() == QStringLiteral("What happens")) caption = l->font().pointSizeF();
    EXPECT_GT(caption, 0);
    const double panel = partOf<QLabel>(window, "lessonItems").font().pointSizeF();
    EXPECT_GE(panel, 0.8 * caption);
    EXPECT_GE(panel, 1.15 * window.font().pointSizeF());
    // A scenario without a lesson has no panel.
    ASSERT_TRUE(window.openScenario(QStringLiteral(POSTIE_TEST_DATA_DIR "/design_example.yaml")));
    EXPECT_TRUE(dock.isHidden());
}

TEST(LessonPanel, PlayingHaltsAtTheFirstStopWithItsQuestionAndChoices)
{
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(openTestLesson(window));
    ASSERT_TRUE(playToHalt(window));
    EXPECT_EQ(window.player().clock().cursor(), stopCursor(window, 0)) << "right after the stop's record";
    LessonDock& dock = lessonOf(window);
    EXPECT_TRUE(says(dock, QStringLiteral("Nobody opens the door at the sorting station."))) << shown(dock);
    EXPECT_TRUE(says(dock, QStringLiteral("How long until the post office tries again?"))) << shown(dock);
    for (const char* choice : {"A   1 min", "B   5 min", "C   10 min", "D   1 h"})
        EXPECT_TRUE(says(dock, QString::fromUtf8(choice))) << choice << "\n" << shown(dock);
    EXPECT_TRUE(buttonOf(window, "lessonSkip").isVisible());
    EXPECT_TRUE(buttonOf(window, "lessonReveal").isVisible());
    EXPECT_FALSE(says(dock, QStringLiteral("10 min ✓"))) << "no answer before the reveal";
}

TEST(LessonPanel, AVoteThenRevealHaltsAtTheAnswerWithTheRightChoiceMarked)
{
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(openTestLesson(window));
    ASSERT_TRUE(playToHalt(window));
    QTest::keyClick(&window, Qt::Key_2);  // the class says B, 5 min
    EXPECT_EQ(controllerOf(window).votes().choice(0), 1);
    PlaybackClock& clock = window.player().clock();
    QSignalSpy halted(&clock, &PlaybackClock::halted);
    QTest::mouseClick(&buttonOf(window, "lessonReveal"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return halted.count() == 1 && !clock.playing(); }, 10000));
    EXPECT_EQ(clock.cursor(), *controllerOf(window).run()[0].revealCursor);
    const TraceRecord reveal = window.player().session()->records()[clock.cursor() - 1];
    EXPECT_EQ(reveal.type, EventType::SmtpConnect);
    LessonDock& dock = lessonOf(window);
    EXPECT_TRUE(says(dock, QStringLiteral("Answer: 10 min (C)"))) << shown(dock);
    EXPECT_TRUE(says(dock, QStringLiteral("C   10 min  ✓"))) << shown(dock);
    EXPECT_TRUE(says(dock, QStringLiteral("B   5 min  ✗"))) << shown(dock);
    EXPECT_TRUE(says(dock, QStringLiteral("The class chose B: not this time."))) << shown(dock);
    EXPECT_TRUE(says(dock, QStringLiteral("looks through its depot only every 5 minutes"))) << shown(dock);
    // The answer shows on the map: the post office that knocks again is ringed.
    const QRectF ring = sceneOf(window).highlighted();
    ASSERT_FALSE(ring.isNull());
    EXPECT_TRUE(ring.contains(sceneOf(window).station(QStringLiteral("smtp.sender.test"))->sceneBoundingRect().center()));
    const auto items = sceneOf(window).items(ring.center());
    const auto ringItem = std::find_if(items.begin(), items.end(), [](QGraphicsItem* i) { return i->type() == HighlightItem::Type; });
    ASSERT_NE(ringItem, items.end());
    EXPECT_EQ(static_cast<HighlightItem*>(*ringItem)->note(), QStringLiteral("Answer: 10 min"));
    EXPECT_TRUE(buttonOf(window, "lessonContinue").isVisible());
    EXPECT_FALSE(buttonOf(window, "lessonReveal").isVisible());
    // Once revealed the vote is closed: keys no longer change it.
    QTest::keyClick(&window, Qt::Key_3);
    EXPECT_EQ(controllerOf(window).votes().choice(0), 1);
}

TEST(LessonPanel, SteppingBackBeforeAStopForgetsItsVoteAndSteppingOverItDoesNotHalt)
{
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(openTestLesson(window));
    ASSERT_TRUE(playToHalt(window));
    QTest::mouseClick(&buttonOf(window, "lessonChoice3"), Qt::LeftButton);
    EXPECT_EQ(controllerOf(window).votes().choice(0), 3);
    EXPECT_TRUE(says(lessonOf(window), QStringLiteral("D   1 h  ●"))) << shown(lessonOf(window));
    QTest::keyClick(&window, Qt::Key_Left);
    EXPECT_EQ(window.player().clock().cursor(), stopCursor(window, 0) - 1);
    EXPECT_EQ(controllerOf(window).votes().choice(0), std::nullopt);
    EXPECT_TRUE(says(lessonOf(window), QStringLiteral("Goals").toUpper())) << shown(lessonOf(window));
    // Forward over the stop, a record at a time: the question is there again, unanswered, and
    // playback does not halt.
    QSignalSpy halted(&window.player().clock(), &PlaybackClock::halted);
    QTest::keyClick(&window, Qt::Key_Right);
    QTest::keyClick(&window, Qt::Key_Right);
    EXPECT_EQ(window.player().clock().cursor(), stopCursor(window, 0) + 1);
    EXPECT_EQ(halted.count(), 0);
    EXPECT_TRUE(says(lessonOf(window), QStringLiteral("D   1 h"))) << shown(lessonOf(window));
    EXPECT_FALSE(says(lessonOf(window), QStringLiteral("D   1 h  ●"))) << shown(lessonOf(window));
    // Home: back to the goals, every vote forgotten.
    QTest::keyClick(&window, Qt::Key_3);
    QTest::keyClick(&window, Qt::Key_Home);
    EXPECT_EQ(controllerOf(window).votes().choice(0), std::nullopt);
}

TEST(LessonPanel, AStopsChangeToTryReRunsTheScenarioWithItAndFindsTheStopsAgain)
{
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(openTestLesson(window));
    const std::int64_t storedBefore = controllerOf(window).run()[1].progress.reached->time.micros();
    ASSERT_TRUE(playToHalt(window));
    WrapButton& tryIt = buttonOf(window, "lessonTry");
    ASSERT_TRUE(tryIt.isVisible());
    EXPECT_EQ(tryIt.words(), QStringLiteral("Try: Open the sorting station now"));
    QTest::mouseClick(&tryIt, Qt::LeftButton);
    ASSERT_EQ(window.player().interventions().size(), 1u);
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return !window.player().rerunning() && window.player().complete() &&
               controllerOf(window).run().known() && controllerOf(window).run()[1].progress.reached &&
               controllerOf(window).run()[1].progress.reached->time.micros() != storedBefore;
    }, 30000));
    // Opened at the first refused knock: the next try gets through, half an hour sooner.
    EXPECT_LT(controllerOf(window).run()[1].progress.reached->time.micros(), storedBefore);
    EXPECT_TRUE(says(lessonOf(window), QStringLiteral("How long until the post office tries again?")))
        << "still at the first stop: " << shown(lessonOf(window));
}

TEST(LessonPanel, TheRecapListsEachQuestionWithTheClassAnswerBesideTheRightOne)
{
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(openTestLesson(window));
    ASSERT_TRUE(playToHalt(window));
    QTest::keyClick(&window, Qt::Key_2);
    QTest::mouseClick(&buttonOf(window, "lessonReveal"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.player().clock().playing(); }, 10000));
    QTest::mouseClick(&buttonOf(window, "lessonContinue"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.player().clock().playing(); }, 10000));
    EXPECT_EQ(window.player().clock().cursor(), stopCursor(window, 1));
    LessonDock& dock = lessonOf(window);
    EXPECT_TRUE(says(dock, QStringLiteral("The station opened and the letter is in Bob's PO box."))) << shown(dock);
    QTest::mouseClick(&buttonOf(window, "lessonContinue"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return says(dock, QStringLiteral("RECAP")); }, 10000)) << shown(dock);
    EXPECT_TRUE(says(dock, QStringLiteral("A closed station costs time, not the letter."))) << shown(dock);
    EXPECT_TRUE(says(dock, QStringLiteral("1. How long until the post office tries again?"))) << shown(dock);
    EXPECT_TRUE(says(dock, QStringLiteral("The class: B: 5 min ✗"))) << shown(dock);
    EXPECT_TRUE(says(dock, QStringLiteral("Right: C: 10 min"))) << shown(dock);
}

} // namespace
} // namespace postie::gui
namespace postie::gui {
namespace {

using namespace postie::gui::testing;

TEST(LessonPanel, AQuestionFitsTheDockAt1024x700InPresentationMode)
{
    MainWindow window;
    ASSERT_NO_FATAL_FAILURE(openTestLesson(window, QSize(1024, 700)));
    presentationOf(window).presentAction()->setChecked(true);
    QTest::qWait(100);
    ASSERT_TRUE(playToHalt(window));
    QTest::qWait(100);
    auto& scroll = partOf<QScrollArea>(window, "lessonScroll");
    EXPECT_LE(scroll.widget()->width(), scroll.viewport()->width()) << "nothing cut off at the right";
    EXPECT_GE(double(viewOf(window).width()) / window.width(), 0.6) << "the map keeps its room";
    presentationOf(window).presentAction()->setChecked(false);  // the look is the application's
}

} // namespace
} // namespace postie::gui
