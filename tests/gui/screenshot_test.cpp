// Pictures of the app at known moments, written under the build folder (screenshots/) for a
// person to look at; the tests check that they were written and are the size asked for.
#include "gui_test_support.h"
#include "interventions/intervention_controller.h"
#include "shell/screenshot_job.h"

#include <QLineEdit>

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

void expectPicture(const QString& path, QSize size)
{
    const QImage image(path);
    ASSERT_FALSE(image.isNull()) << path.toStdString();
    EXPECT_EQ(image.size(), size);
}

class Screenshot : public ::testing::Test {
protected:
    void SetUp() override
    {
        window.resize(size);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }
    void shoot(const QString& lesson, std::optional<std::int64_t> atUs, const QString& name)
    {
        ASSERT_TRUE(window.openScenario(lesson.contains(QLatin1Char('/')) ? lesson : lessonPath(lesson)));
        ScreenshotJob::waitAndSeek(window, atUs);
        ASSERT_TRUE(ScreenshotJob::save(window, shotPath(name)));
        expectPicture(shotPath(name), size);
    }

    QSize size{1280, 800};
    MainWindow window;
};

TEST_F(Screenshot, OfTheWelcomePage)
{
    ASSERT_TRUE(ScreenshotJob::save(window, shotPath(QStringLiteral("welcome.png"))));
    expectPicture(shotPath(QStringLiteral("welcome.png")), size);
}

TEST_F(Screenshot, OfTheFirstLetterMidJourney)
{
    shoot(QStringLiteral("01-first-email.yaml"), 250'000, QStringLiteral("01-first-email-250ms.png"));
    EXPECT_EQ(sceneOf(window).trucks().size(), 1);
    shoot(QStringLiteral("01-first-email.yaml"), 750'000, QStringLiteral("01-first-email-750ms.png"));
    EXPECT_EQ(sceneOf(window).trucks().size(), 1);
}

TEST_F(Screenshot, OfAReturnToSenderNoticeOnItsWay)
{
    shoot(QStringLiteral("04-unknown-user-bounce.yaml"), 1'045'000, QStringLiteral("04-return-to-sender.png"));
}

TEST_F(Screenshot, OfAClosedSortingStation)
{
    shoot(QStringLiteral("03-server-down-retries.yaml"), 330'000, QStringLiteral("03-closed-station.png"));
}

TEST_F(Screenshot, OfTheFirstLessonLaidOutByItself)
{
    QFile lesson(lessonPath(QStringLiteral("01-first-email.yaml")));
    ASSERT_TRUE(lesson.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(lesson.readAll());
    text.remove(QRegularExpression(QStringLiteral(",\\s*position: \\[\\d+, \\d+\\]")));
    const QString path = shotPath(QStringLiteral("01-no-positions.yaml"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    out.close();
    shoot(path, 290'000, QStringLiteral("01-no-positions-290ms.png"));
}

TEST_F(Screenshot, AtAnotherWindowSize)
{
    size = QSize(1024, 640);
    window.resize(size);
    shoot(QStringLiteral("07-several-recipients.yaml"), 1'100'000, QStringLiteral("07-small-window.png"));
}

} // namespace
} // namespace postie::gui

namespace postie::gui {
namespace {

TEST_F(Screenshot, OfAProvidersBuildingAndTheRushHour)
{
    shoot(QStringLiteral("11-three-equal-mx-hosts.yaml"), 600'000'000, QStringLiteral("11-provider-building.png"));
    shoot(QStringLiteral("09-rush-hour-at-school.yaml"), 5'400'000'000, QStringLiteral("09-rush-hour-0830.png"));
}

TEST_F(Screenshot, OfStationsFlashingAsTheyAct)
{
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("04-unknown-user-bounce.yaml"))));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.player().complete(); }, 30000));
    for (const auto& r : window.player().session()->records())
        if (r.type == EventType::BounceCreated) {
            window.player().clock().seekRecord(r.seq + 1);
            break;
        }
    ASSERT_TRUE(ScreenshotJob::save(window, shotPath(QStringLiteral("04-return-to-sender-stamp.png"))));
    for (const auto& r : window.player().session()->records())
        if (r.type == EventType::DnsAnswer) {
            window.player().clock().seekRecord(r.seq + 1);
            break;
        }
    ASSERT_TRUE(ScreenshotJob::save(window, shotPath(QStringLiteral("04-mx-answer-flash.png"))));
}

TEST_F(Screenshot, OfAStationTakenDownByHandAndTheLetterDialog)
{
    shoot(QStringLiteral("01-first-email.yaml"), 20'000, QStringLiteral("01-before-take-down.png"));
    ScenarioPlayer& player = window.player();
    player.intervene(Intervention::station(player.interventionTime(), "mx1.example.org", true));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !player.rerunning() && player.complete(); }, 30000));
    ASSERT_TRUE(ScreenshotJob::save(window, shotPath(QStringLiteral("01-taken-down-by-hand.png"))));
    interventionsOf(window).writeLetter();
    ASSERT_TRUE(interventionsOf(window).letterDialog());
    interventionsOf(window).letterDialog()->toEdit()->setText(QStringLiteral("bob@example.org"));
    QTest::qWait(50);
    ASSERT_TRUE(interventionsOf(window).letterDialog()->grab().save(shotPath(QStringLiteral("letter-dialog.png"))));
}

} // namespace
} // namespace postie::gui
