// The session runs the engine in its own thread and hands the GUI the very records a headless
// run writes: what the class sees is what postie-cli tells.
#include "replay/chart_feed.h"
#include "replay/replay_test_support.h"

#include <QSignalSpy>
#include <QTest>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

// Holds each record of a headless run, as it happens, against the session's record of the same
// number: one copy of the run in memory, even of lesson 10's 836,000 records.
class SameAsSession : public TraceSink {
public:
    explicit SameAsSession(const ScenarioSession& session) : m_kept(session.records()) {}
    void record(const TraceRecord& r) override
    {
        if (m_difference.empty()) {
            if (m_seen >= m_kept.size()) m_difference = "the headless run goes on past the session's records";
            else if (const TraceRecord kept = m_kept[m_seen]; !(kept == r))
                m_difference = "record " + std::to_string(m_seen) + ": the session has " + toJsonLine(kept) +
                               ", headless " + toJsonLine(r);
        }
        ++m_seen;
    }
    std::size_t seen() const { return m_seen; }
    const std::string& difference() const { return m_difference; }

private:
    TraceView m_kept;
    std::size_t m_seen = 0;
    std::string m_difference;
};

TEST(ScenarioSession, RecordsEveryLessonExactlyAsAHeadlessRunDoes)
{
    for (const QString& lesson : lessons()) {
        SCOPED_TRACE(lesson.toStdString());
        ScenarioSession session;
        const QStringList opened = session.open(lessonPath(lesson));
        ASSERT_TRUE(opened.isEmpty()) << opened.join("\n").toStdString();
        ASSERT_TRUE(QTest::qWaitFor([&] { return session.complete(); }, 300000));
        EXPECT_FALSE(session.truncated());
        SameAsSession compare(session);
        const RunSummary reference = runHeadlessInto(lessonPath(lesson), &compare);
        EXPECT_EQ(compare.difference(), "");
        EXPECT_EQ(compare.seen(), session.records().size());
        ASSERT_TRUE(session.summary().has_value());
        EXPECT_EQ(session.summary()->toJson(), reference.toJson());
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

TEST(ScenarioSession, HandsALongRunOverInPartsWhileTheEngineWorksItOut)
{
    // Lesson 10, about 836,000 records: handed over a chunk at a time, never all at the end.
    ScenarioSession session;
    std::vector<std::size_t> totals;
    std::size_t beforeComplete = 0;
    QObject::connect(&session, &ScenarioSession::recordsAdded, [&](std::size_t total) { totals.push_back(total); });
    QObject::connect(&session, &ScenarioSession::completed, [&] { beforeComplete = totals.size(); });
    ASSERT_TRUE(session.open(lessonPath(QStringLiteral("10-newsletter-meets-a-limit.yaml"))).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.complete(); }, 300000));
    EXPECT_GE(beforeComplete, 3u) << "the first records show long before the run is worked out";
    EXPECT_TRUE(std::is_sorted(totals.begin(), totals.end()));
    EXPECT_EQ(totals.back(), session.records().size());
    EXPECT_EQ(session.records()[0].seq, 0u);
}

TEST(ScenarioSession, KeepsTheWholeNewsletterLessonWithItsSummary)
{
    // 734,000 records: beyond what the app kept when a record was a full TraceRecord.
    const QString lesson = lessonPath(QStringLiteral("10-newsletter-meets-a-limit.yaml"));
    ScenarioSession session;
    ASSERT_TRUE(session.open(lesson).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.complete(); }, 300000));
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
        ASSERT_TRUE(session.keyframe(k) == folded) << "keyframe " << k;
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
    // The rush hour kept to its first 5,000 records, as the million letters are kept to
    // kMaxRecords (tests/bench/gui_bench.cpp runs that day).
    constexpr std::size_t kCap = 5000;
    const QString lesson = lessonPath(QStringLiteral("09-rush-hour-at-school.yaml"));
    const RunSummary whole = runHeadlessInto(lesson, nullptr);
    ScenarioSession session(nullptr, kCap);
    ASSERT_TRUE(session.open(lesson).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.complete(); }, 60000));
    EXPECT_TRUE(session.truncated());
    EXPECT_EQ(session.records().size(), kCap);
    ASSERT_TRUE(session.summary().has_value());
    EXPECT_EQ(session.summary()->toJson(), whole.toJson()) << "the summary is of the whole run";
    const std::int64_t lastKept = session.records().timeUs(session.records().size() - 1);
    EXPECT_EQ(session.endUs(), lastKept) << "playback ends with the records kept";
    EXPECT_LT(lastKept, session.summary()->simTimeUs);
    const auto charts = session.charts().snapshot();
    ASSERT_TRUE(charts->complete);
    EXPECT_EQ(charts->endUs(), session.summary()->simTimeUs) << "the charts cover the whole run";
    EXPECT_EQ(charts->series.back().delivered, session.summary()->delivered);
}

// How fast closing stops the engine is measured in tests/bench/gui_bench.cpp; here, that it
// is safe in the middle of a long run (the worker is stopped and joined, nothing dangles).
TEST(ScenarioSession, ClosingInTheMiddleOfALongRunIsSafe)
{
    bool completed = false;
    {
        ScenarioSession session;
        QObject::connect(&session, &ScenarioSession::completed, [&] { completed = true; });
        ASSERT_TRUE(session.open(lessonPath(QStringLiteral("10-newsletter-meets-a-limit.yaml"))).isEmpty());
        ASSERT_TRUE(QTest::qWaitFor([&] { return session.records().size() > 1000; }, 60000));
    }
    EXPECT_FALSE(completed);
    // A new session afterwards runs as usual.
    ScenarioSession next;
    ASSERT_TRUE(next.open(lessonPath(QStringLiteral("01-first-email.yaml"))).isEmpty());
    EXPECT_TRUE(QTest::qWaitFor([&] { return next.complete(); }, 30000));
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
