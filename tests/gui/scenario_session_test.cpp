// The session runs the engine in its own thread and hands the GUI the very records a headless
// run writes: what the class sees is what postie-cli tells.
#include "gui_test_support.h"
#include "charts/chart_feed.h"

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

TEST(ScenarioSession, ShowsALongRunWhileTheEngineIsStillWorkingItOut)
{
    ScenarioSession session;
    std::vector<std::size_t> totals;
    QObject::connect(&session, &ScenarioSession::recordsAdded, [&](std::size_t total) { totals.push_back(total); });
    ASSERT_TRUE(session.open(lessonPath(QStringLiteral("90-a-million-letters.yaml"))).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return totals.size() >= 3; }, 30000));
    EXPECT_FALSE(session.complete()) << "the first records show long before the run is worked out";
    EXPECT_TRUE(std::is_sorted(totals.begin(), totals.end()));
    EXPECT_EQ(totals.back(), session.records().size());
    const auto& first = session.records()[0];
    EXPECT_EQ(first.seq, 0u);
}

TEST(ScenarioSession, KeepsTheWholeNewsletterLessonWithItsSummary)
{
    // 734,000 records: beyond what the app kept when a record was a full TraceRecord.
    const QString lesson = lessonPath(QStringLiteral("10-newsletter-meets-a-limit.yaml"));
    ScenarioSession session;
    ASSERT_TRUE(session.open(lesson).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.complete(); }, 120000));
    EXPECT_FALSE(session.truncated());
    ASSERT_TRUE(session.summary().has_value());
    EXPECT_EQ(session.summary()->delivered, 100'000u);  // as postie-cli run says
    const auto records = session.records();
    EXPECT_GT(records.size(), 700'000u);
    EXPECT_EQ(records.back().seq, records.size() - 1);
    EXPECT_LE(records.timeUs(records.size() - 1), session.endUs());
}

TEST(ScenarioSession, KeepsAKeyframeOfTheTownEveryFewRecordsEqualToAFoldFromTheStart)
{
    ScenarioSession session;
    ASSERT_TRUE(session.open(lessonPath(QStringLiteral("09-rush-hour-at-school.yaml"))).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.complete(); }, 60000));
    const auto records = session.records();
    ASSERT_GT(records.size(), 3 * ScenarioSession::kKeyframeEvery);
    EXPECT_EQ(session.keyframeCount(), records.size() / ScenarioSession::kKeyframeEvery + 1);
    TownState folded;
    for (std::size_t k = 0; k < session.keyframeCount(); ++k) {
        while (folded.applied < k * ScenarioSession::kKeyframeEvery) folded.apply(records[folded.applied]);
        const TownState& key = session.keyframe(k);
        ASSERT_EQ(key.applied, folded.applied);
        ASSERT_EQ(key.queues, folded.queues) << "keyframe " << k;
        ASSERT_EQ(key.trips, folded.trips) << "keyframe " << k;
        ASSERT_EQ(key.tally, folded.tally) << "keyframe " << k;
        ASSERT_EQ(key.closedStations, folded.closedStations) << "keyframe " << k;
    }
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

TEST(ScenarioSession, ARunTooLongToKeepIsShownUpToTheCapAndChartedToItsEnd)
{
    ScenarioSession session;
    ASSERT_TRUE(session.open(lessonPath(QStringLiteral("90-a-million-letters.yaml"))).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.complete(); }, 300000));
    EXPECT_TRUE(session.truncated());
    EXPECT_EQ(session.records().size(), ScenarioSession::kMaxRecords);
    ASSERT_TRUE(session.summary().has_value());
    EXPECT_GT(session.summary()->delivered, 1'000'000u) << "the summary is of the whole day";
    const std::int64_t lastKept = session.records().timeUs(session.records().size() - 1);
    EXPECT_EQ(session.endUs(), lastKept) << "playback ends with the records kept";
    EXPECT_LT(lastKept, session.summary()->simTimeUs);
    const auto charts = session.charts().snapshot();
    ASSERT_TRUE(charts->complete);
    EXPECT_EQ(charts->endUs(), session.summary()->simTimeUs) << "the charts cover the whole day";
    EXPECT_EQ(charts->series.back().delivered, session.summary()->delivered);
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
