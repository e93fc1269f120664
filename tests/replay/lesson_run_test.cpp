// A lesson in the app's run: the session's records fed to the engine's LessonWatcher find the
// stops and the answers where postie-cli does; the class's votes, the halts and the panel's
// sheet follow from them and from where playback is.
#include "replay/lesson_run.h"
#include "replay/lesson_sheet.h"
#include "replay/lesson_votes.h"
#include "replay/replay_test_support.h"

#include <QTest>

namespace postie::gui {
namespace {

using namespace postie::gui::testing;

const QString kLesson = QStringLiteral(POSTIE_TEST_DATA_DIR "/lesson_closed_station.yaml");

struct OpenLesson {
    ScenarioSession session;
    LessonRun run;
};

void open(OpenLesson& lesson)
{
    ASSERT_TRUE(lesson.session.open(kLesson).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return lesson.session.complete(); }, 30000));
    lesson.run = LessonRun::find(lesson.session.spec(), lesson.session.records());
}

TEST(LessonRun, FindsEachStopAndRevealAsTheRecordJustShown)
{
    OpenLesson lesson;
    ASSERT_NO_FATAL_FAILURE(open(lesson));
    const TraceView records = lesson.session.records();
    ASSERT_TRUE(lesson.run.known());
    ASSERT_EQ(lesson.run.size(), 2u);
    const LessonStopPlace& first = lesson.run[0];
    ASSERT_TRUE(first.stopCursor && first.revealCursor);
    const TraceRecord stop = records[*first.stopCursor - 1];
    EXPECT_EQ(stop.type, EventType::ConnectFailed);
    EXPECT_EQ(stop.message, "m1");
    EXPECT_EQ(stop.seq, first.progress.reached->seq);
    const TraceRecord reveal = records[*first.revealCursor - 1];
    EXPECT_EQ(reveal.type, EventType::SmtpConnect);
    EXPECT_EQ(reveal.station, "smtp.sender.test");
    // The wait is read from the run: from the refused knock to the next one, the nearest choice 10m.
    ASSERT_TRUE(first.progress.answer);
    EXPECT_EQ(first.progress.answer->wait.micros(), reveal.time.micros() - stop.time.micros());
    EXPECT_EQ(first.progress.answer->choice, 2);
    const LessonStopPlace& second = lesson.run[1];
    ASSERT_TRUE(second.stopCursor);
    EXPECT_FALSE(second.revealCursor);
    EXPECT_EQ(records[*second.stopCursor - 1].type, EventType::MailboxStored);
    EXPECT_EQ(lesson.run.stopAt(*first.stopCursor - 1), std::nullopt);
    EXPECT_EQ(lesson.run.stopAt(*first.stopCursor), 0u);
    EXPECT_EQ(lesson.run.stopAt(*second.stopCursor + 3), 1u);
}

TEST(LessonVotes, HaltAtStopsAndRevealsAndForgetWhatPlaybackSteppedBackBefore)
{
    OpenLesson lesson;
    ASSERT_NO_FATAL_FAILURE(open(lesson));
    const LessonRun& run = lesson.run;
    const std::size_t stop1 = *run[0].stopCursor, reveal1 = *run[0].revealCursor, stop2 = *run[1].stopCursor;
    LessonVotes votes;
    votes.reset(run.size());
    EXPECT_EQ(votes.nextHalt(0, run), stop1);
    EXPECT_EQ(votes.nextHalt(stop1, run), reveal1);
    EXPECT_EQ(votes.nextHalt(reveal1, run), stop2);
    EXPECT_EQ(votes.nextHalt(stop2, run), std::nullopt);
    votes.vote(0, 1);
    EXPECT_FALSE(votes.forgetAfter(stop1, run));
    EXPECT_EQ(votes.choice(0), 1);
    EXPECT_TRUE(votes.forgetAfter(stop1 - 1, run));
    EXPECT_EQ(votes.choice(0), std::nullopt);
    // A skipped question does not halt at its reveal, nor show its answer.
    votes.skip(0);
    EXPECT_EQ(votes.nextHalt(stop1, run), stop2);
    EXPECT_FALSE(votes.revealedAt(0, reveal1, run));
}

QString lineOf(const LessonSheet& sheet)
{
    QStringList words;
    for (const auto& c : sheet.choices) words << c.letter + QLatin1Char(' ') + c.words;
    return words.join(QStringLiteral(", "));
}

TEST(LessonSheet, SaysTheGoalsThenTheQuestionThenTheAnswerInWordsThenTheRecap)
{
    OpenLesson lesson;
    ASSERT_NO_FATAL_FAILURE(open(lesson));
    const ScenarioSpec& spec = lesson.session.spec();
    const LessonRun& run = lesson.run;
    const std::size_t stop1 = *run[0].stopCursor, reveal1 = *run[0].revealCursor, stop2 = *run[1].stopCursor;
    LessonVotes votes;
    votes.reset(run.size());
    const QString en = QStringLiteral("en");

    const LessonSheet goals = LessonSheet::at(spec, run, votes, 0, false, en);
    EXPECT_EQ(goals.page, LessonSheet::Page::Goals);
    EXPECT_EQ(goals.items.value(0), QStringLiteral("A closed sorting station refuses the letter at the door."));

    LessonSheet asked = LessonSheet::at(spec, run, votes, stop1, false, en);
    EXPECT_EQ(asked.page, LessonSheet::Page::Stop);
    EXPECT_EQ(asked.question, QStringLiteral("How long until the post office tries again?"));
    EXPECT_EQ(lineOf(asked), QStringLiteral("A 1 min, B 5 min, C 10 min, D 1 h"));
    EXPECT_TRUE(asked.voting);
    EXPECT_TRUE(asked.answer.isEmpty()) << "not before the reveal";
    EXPECT_EQ(asked.tryWords, QStringLiteral("Open the sorting station now"));
    EXPECT_EQ(LessonSheet::at(spec, run, votes, stop1, false, QStringLiteral("de")).question,
              QStringLiteral("Wie lange dauert es, bis das Postamt es noch einmal versucht?"));

    votes.vote(0, 1);
    const LessonSheet shown = LessonSheet::at(spec, run, votes, reveal1, false, en);
    EXPECT_TRUE(shown.revealed);
    EXPECT_FALSE(shown.voting);
    EXPECT_EQ(shown.answer, QStringLiteral("10 min"));
    EXPECT_TRUE(shown.choices[2].right);
    EXPECT_TRUE(shown.choices[1].chosen);
    EXPECT_FALSE(shown.choices[1].right);
    EXPECT_EQ(shown.verdict, QStringLiteral("The class chose B: not this time."));
    EXPECT_FALSE(shown.why.isEmpty());

    const LessonSheet last = LessonSheet::at(spec, run, votes, stop2, false, en);
    EXPECT_EQ(last.heading, QStringLiteral("Stop 2 of 2"));
    EXPECT_TRUE(last.canContinue);
    const LessonSheet recap = LessonSheet::at(spec, run, votes, stop2 + 1, false, en);
    EXPECT_EQ(recap.page, LessonSheet::Page::Recap);
    EXPECT_EQ(recap.items.value(0), QStringLiteral("A closed station costs time, not the letter."));
    ASSERT_EQ(recap.results.size(), 1);
    EXPECT_EQ(recap.results[0].classAnswer, QStringLiteral("B: 5 min"));
    EXPECT_EQ(recap.results[0].rightAnswer, QStringLiteral("C: 10 min"));
    EXPECT_EQ(recap.results[0].correct, false);
}

} // namespace
} // namespace postie::gui
