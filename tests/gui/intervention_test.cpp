// Interventions: a change made while watching re-runs the scenario with it; what came before
// stays the same, and undo gives the original run back.
#include "gui_test_support.h"
#include "interventions/intervention_controller.h"
#include "interventions/scenario_amendment.h"

#include <QFile>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

bool waitForRerun(ScenarioPlayer& player)
{
    return QTest::qWaitFor([&] { return !player.rerunning() && player.complete(); }, 30000);
}

std::vector<TraceRecord> copyOf(const TraceView& records) { return {records.begin(), records.end()}; }

bool hasType(const std::vector<TraceRecord>& records, EventType type)
{
    return std::any_of(records.begin(), records.end(), [&](const TraceRecord& r) { return r.type == type; });
}

TEST(Intervention, TakingTheMxDownTurnsTheDeliveryIntoADeferralAndUndoRestoresTheRun)
{
    ScenarioPlayer player;
    ASSERT_TRUE(player.open(lessonPath(QStringLiteral("01-first-email.yaml"))).isEmpty());
    ASSERT_TRUE(waitForRun(player));
    const std::vector<TraceRecord> original = copyOf(player.session()->records());
    ASSERT_FALSE(hasType(original, EventType::DeliveryDeferred));
    player.clock().seekTime(20'000);  // the letter is still on its way to the post office
    const std::size_t cursor = player.clock().cursor();
    const SimTime at = player.interventionTime();
    player.intervene(Intervention::station(at, "mx1.example.org", true));
    ASSERT_TRUE(waitForRerun(player));
    const std::vector<TraceRecord> changed = copyOf(player.session()->records());
    EXPECT_TRUE(hasType(changed, EventType::DeliveryDeferred));
    EXPECT_EQ(player.clock().timeUs(), at.micros());
    for (std::size_t i = 0; i < cursor; ++i) ASSERT_EQ(toJsonLine(changed[i]), toJsonLine(original[i])) << i;
    EXPECT_TRUE(player.frame().closedStations.count("mx1.example.org"));
    player.clock().stepBack();
    player.clock().step();
    EXPECT_TRUE(player.frame().closedStations.count("mx1.example.org"));

    player.undoIntervention();
    ASSERT_TRUE(waitForRerun(player));
    ASSERT_EQ(player.session()->records().size(), original.size());
    for (std::size_t i = 0; i < original.size(); ++i)
        ASSERT_EQ(toJsonLine(player.session()->records()[i]), toJsonLine(original[i])) << i;
}

TEST(Intervention, AWrittenLetterAndATakeDownSavedWithTheFileReproduceTheRun)
{
    MainWindow window;
    ASSERT_TRUE(window.openScenario(lessonPath(QStringLiteral("01-first-email.yaml"))));
    ScenarioPlayer& player = window.player();
    ASSERT_TRUE(waitForRun(player));
    const std::size_t before = player.session()->records().size();
    player.clock().seekTime(100'000);
    LetterSpec letter;
    letter.at = player.interventionTime();
    letter.from = "alice@sender.test";
    letter.to = {"bob@example.org"};
    letter.subject = "A \"second\" one";
    player.intervene(Intervention::write(letter));
    ASSERT_TRUE(waitForRerun(player));
    EXPECT_GT(player.session()->records().size(), before);
    player.clock().seekTime(300'000);
    player.intervene(Intervention::station(player.interventionTime(), "mx1.example.org", true));
    ASSERT_TRUE(waitForRerun(player));

    const QString saved = QStringLiteral(POSTIE_SCREENSHOT_DIR "/01-with-changes.yaml");
    QDir().mkpath(QStringLiteral(POSTIE_SCREENSHOT_DIR));
    const QString problem = interventionsOf(window).saveWithChanges(saved);
    ASSERT_TRUE(problem.isEmpty()) << problem.toStdString();
    const HeadlessRun reference = runHeadless(saved);
    ASSERT_EQ(reference.records.size(), player.session()->records().size());
    for (std::size_t i = 0; i < reference.records.size(); ++i)
        ASSERT_EQ(toJsonLine(reference.records[i]), toJsonLine(player.session()->records()[i])) << i;
    QFile file(saved);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("# Lesson 1: your first email")) << "the teacher's text is kept";
}

} // namespace
} // namespace postie::gui
