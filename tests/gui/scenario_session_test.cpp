// The session runs the engine in its own thread and hands the GUI the very records a headless
// run writes: what the class sees is what postie-cli tells.
#include "gui_test_support.h"

#include <QElapsedTimer>
#include <QSignalSpy>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

TEST(ScenarioSession, RecordsEveryLessonExactlyAsAHeadlessRunDoes)
{
    for (const QString& lesson : lessons()) {
        SCOPED_TRACE(lesson.toStdString());
        const HeadlessRun reference = runHeadless(lessonPath(lesson));
        ScenarioSession session;
        ASSERT_TRUE(session.open(lessonPath(lesson)).isEmpty());
        ASSERT_TRUE(QTest::qWaitFor([&] { return session.complete(); }, 30000));
        ASSERT_EQ(session.records().size(), reference.records.size());
        for (std::size_t i = 0; i < reference.records.size(); ++i)
            ASSERT_EQ(toJsonLine(session.records()[i]), toJsonLine(reference.records[i])) << "record " << i;
        ASSERT_TRUE(session.summary().has_value());
        EXPECT_EQ(session.summary()->toJson(), reference.summary.toJson());
        EXPECT_FALSE(session.truncated());
    }
}

TEST(ScenarioSession, TellsWhenRecordsArriveAndWhenTheRunIsComplete)
{
    ScenarioSession session;
    QSignalSpy added(&session, &ScenarioSession::recordsAdded);
    QSignalSpy completed(&session, &ScenarioSession::completed);
    ASSERT_TRUE(session.open(lessonPath(QStringLiteral("01-first-email.yaml"))).isEmpty());
    EXPECT_TRUE(session.records().empty()) << "records arrive through the event loop, never behind the GUI's back";
    ASSERT_TRUE(completed.wait(30000));
    EXPECT_GE(added.count(), 1);
    EXPECT_EQ(added.last().at(0).value<std::size_t>(), session.records().size());
}

TEST(ScenarioSession, HandsALongRunToTheWindowInSlicesSoItKeepsAnsweringInput)
{
    ScenarioSession session;
    std::size_t before = 0;
    std::size_t largestStep = 0;
    QObject::connect(&session, &ScenarioSession::recordsAdded, [&](std::size_t total) {
        largestStep = std::max(largestStep, total - before);
        before = total;
    });
    ASSERT_TRUE(session.open(lessonPath(QStringLiteral("90-a-million-letters.yaml"))).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.records().size() >= 20 * ScenarioSession::kDrainSlice; }, 30000));
    EXPECT_GT(largestStep, 0u);
    EXPECT_LE(largestStep, ScenarioSession::kDrainSlice);
}

TEST(ScenarioSession, ABrokenFileGivesEveryErrorWithFileLineAndColumn)
{
    ScenarioSession session;
    const QString path = brokenPath(QStringLiteral("several_faults.yaml"));
    const QStringList errors = session.open(path);
    ASSERT_GE(errors.size(), 2);
    for (const QString& e : errors) EXPECT_TRUE(e.startsWith(path + QLatin1Char(':'))) << e.toStdString();
    EXPECT_TRUE(errors.first().contains(QStringLiteral(": error: ")));
    EXPECT_FALSE(session.complete());
}

TEST(ScenarioSession, StopsAtOnceWhenClosedInTheMiddleOfAMillionLetters)
{
    QElapsedTimer timer;
    timer.start();
    {
        ScenarioSession session;
        ASSERT_TRUE(session.open(lessonPath(QStringLiteral("90-a-million-letters.yaml"))).isEmpty());
        ASSERT_TRUE(QTest::qWaitFor([&] { return session.records().size() > 1000; }, 30000));
    }
    EXPECT_LT(timer.elapsed(), 20000);
}

TEST(ScenarioSession, KnowsWhichLettersAreReturnToSenderNotices)
{
    ScenarioSession session;
    ASSERT_TRUE(session.open(lessonPath(QStringLiteral("04-unknown-user-bounce.yaml"))).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.complete(); }, 30000));
    EXPECT_EQ(session.notice("m1"), NoticeKind::None);
    EXPECT_EQ(session.notice("m2"), NoticeKind::ReturnToSender);
}

} // namespace
} // namespace postie::gui
