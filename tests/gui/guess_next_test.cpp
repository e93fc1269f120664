// G asks the class where a letter goes next; a click on a station is the guess, and the run
// plays on to the letter's next station and says whether the class was right.
#include "gui_test_support.h"
#include "lesson/guess_next.h"
#include "map/town_scene.h"

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

class GuessNextTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(showActive(window, QSize(1280, 800)));
        ASSERT_NO_FATAL_FAILURE(openLesson(window, QStringLiteral("01-first-email.yaml")));
        window.player().clock().seekRecord(1);  // Alice has written letter m1
    }
    GuessNext& guess() { return partOf<GuessNext>(window, "guessNext"); }
    bool told() { return guess().text().contains(QLatin1String("goes to")); }

    MainWindow window;
};

TEST_F(GuessNextTest, AClickOnAStationIsTheGuessAndTheRunShowsWhereTheLetterGoes)
{
    QTest::keyClick(&window, Qt::Key_G);
    ASSERT_TRUE(guess().asking());
    EXPECT_TRUE(guess().text().contains(QLatin1String("Where does letter m1 go next?"))) << guess().text().toStdString();
    EXPECT_FALSE(window.player().clock().playing());

    emit sceneOf(window).stationClicked(QStringLiteral("mx1.example.org"));  // the class's guess
    EXPECT_FALSE(partOf<QDockWidget>(window, "inspectorDock").isVisible()) << "a guess is no look inside";
    ASSERT_TRUE(QTest::qWaitFor([&] { return told(); }, 20000)) << guess().text().toStdString();
    const QString said = guess().text();
    EXPECT_TRUE(said.contains(QLatin1String("smtp.sender.test"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QLatin1String("not to"))) << said.toStdString();
    // The clock stops with the letter's arrival just shown.
    const ScenarioPlayer& player = window.player();
    const TraceRecord shown = player.session()->records()[window.player().clock().cursor() - 1];
    EXPECT_EQ(shown.type, EventType::RoadArrive);
    EXPECT_EQ(shown.station, "smtp.sender.test");
    EXPECT_FALSE(window.player().clock().playing());
}

TEST_F(GuessNextTest, ARightGuessIsSaidSoAndTheNextStepPutsTheCardAway)
{
    QTest::keyClick(&window, Qt::Key_G);
    emit sceneOf(window).stationClicked(QStringLiteral("smtp.sender.test"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return told(); }, 20000));
    EXPECT_TRUE(guess().text().contains(QLatin1String("right"))) << guess().text().toStdString();
    QTest::keyClick(&window, Qt::Key_Right);
    EXPECT_TRUE(guess().text().isEmpty());
    // Without a question pending, a station click looks inside it again.
    emit sceneOf(window).stationClicked(QStringLiteral("smtp.sender.test"));
    EXPECT_TRUE(partOf<QDockWidget>(window, "inspectorDock").isVisible());
}

} // namespace
} // namespace postie::gui
