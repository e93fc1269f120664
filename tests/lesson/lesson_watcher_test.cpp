// The lesson's stops found in a run, and each answer read from the records at the reveal:
// what the run did, never what the file says (lesson/lesson_watcher.h).
#include "lesson/lesson_watcher.h"
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"

#include <gtest/gtest.h>

#include <string>

namespace postie {
namespace {

// mx1 is closed for 40 minutes; mx2, the backup, is open unless a case closes it. The post
// office follows Postfix (queue scans every 5 minutes). Two letters: m1 to bob, m2 to nobody.
std::string town(const std::string& incidents, const std::string& lesson)
{
    return R"(format: postie/1
dns:
  - {name: example.org, type: MX, preference: 10, host: mx1.example.org}
  - {name: example.org, type: MX, preference: 20, host: mx2.example.org}
  - {name: mx1.example.org, type: A, address: 203.0.113.25}
  - {name: mx2.example.org, type: A, address: 203.0.113.26}
stations:
  - {id: alice, kind: client, user: alice@sender.test, submit_to: smtp.sender.test}
  - {id: smtp.sender.test, kind: outgoing, resolver: dns.sender.test, retry: postfix}
  - {id: dns.sender.test, kind: resolver}
  - {id: backbone, kind: router}
  - {id: mx1.example.org, kind: incoming, accepts: [example.org], deliver_to: box.example.org}
  - {id: mx2.example.org, kind: incoming, accepts: [example.org], deliver_to: box.example.org}
  - {id: box.example.org, kind: mailbox, users: [bob@example.org]}
roads:
  - {between: [alice, smtp.sender.test], latency: 20ms}
  - {between: [smtp.sender.test, dns.sender.test], latency: 1ms}
  - {between: [smtp.sender.test, backbone], latency: 15ms}
  - {between: [backbone, mx1.example.org], latency: 25ms}
  - {between: [backbone, mx2.example.org], latency: 40ms}
  - {between: [mx1.example.org, box.example.org], latency: 1ms}
  - {between: [mx2.example.org, box.example.org], latency: 1ms}
mail:
  - {at: 0s, from: alice@sender.test, to: [bob@example.org]}
  - {at: 2h, from: alice@sender.test, to: [nobody@example.org]}
incidents:
  - {at: 0s, station: mx1.example.org, go: down, for: 40m}
)" + incidents + lesson;
}

struct Watched {
    std::vector<StopProgress> progress;
    std::vector<TraceRecord> records;
    std::vector<std::size_t> reachedOrder;  // stops as onReached told them
};

Watched watch(const std::string& text)
{
    const LoadResult loaded = loadScenarioText(text, "watch.yaml");
    if (!loaded.ok()) {
        ADD_FAILURE() << loaded.errors.front().format();
        return {};
    }
    Watched w;
    ScenarioRun run(*loaded.spec);
    LessonWatcher watcher(*loaded.spec);
    MemoryRecorder recorder;
    watcher.onReached = [&](std::size_t stop, const TraceRecord&) { w.reachedOrder.push_back(stop); };
    run.world().addSink(&recorder);
    run.world().addSink(&watcher);
    run.start();
    run.runToEnd();
    w.progress = watcher.progress();
    w.records = recorder.records();
    return w;
}

const TraceRecord& at(const Watched& w, const LessonMoment& m) { return w.records.at(m.seq); }

TEST(LessonWatcher, TheStationAnswerIsWhereTheRunTakesTheLetterAndPicksTheRightChoice)
{
    const Watched w = watch(town("", R"(lesson:
  stops:
    - when: {event: connect.failed, message: m1, peer: mx1.example.org}
      ask: Where does the letter go now?
      answer: station
      reveal: {event: road.arrive, message: m1, kind: incoming}
      choices: [mx1.example.org, mx2.example.org, box.example.org]
)"));
    ASSERT_EQ(w.progress.size(), 1u);
    const StopProgress& p = w.progress[0];
    ASSERT_TRUE(p.reached && p.revealed && p.answer);
    EXPECT_EQ(at(w, *p.reached).type, EventType::ConnectFailed);
    EXPECT_EQ(at(w, *p.reached).peer, "mx1.example.org");
    EXPECT_EQ(p.reached->message, "m1");
    EXPECT_EQ(p.answer->station, "mx2.example.org");
    EXPECT_EQ(p.answer->choice, 1);
    EXPECT_GT(p.revealed->seq, p.reached->seq);
}

TEST(LessonWatcher, WithTheBackupClosedTooTheSameQuestionRevealsTheRetryAtTheFirstStation)
{
    // The answer follows the run: close mx2 as well and the letter waits, then reaches mx1.
    const Watched w = watch(town("  - {at: 0s, station: mx2.example.org, go: down, for: 3h}\n", R"(lesson:
  stops:
    - when: {event: connect.failed, message: m1, peer: mx1.example.org}
      ask: Where does the letter arrive?
      answer: station
      reveal: {event: road.arrive, message: m1, kind: incoming}
      choices: [mx1.example.org, mx2.example.org]
)"));
    ASSERT_TRUE(w.progress.at(0).answer);
    EXPECT_EQ(w.progress[0].answer->station, "mx1.example.org");
    EXPECT_EQ(w.progress[0].answer->where, "mx1.example.org");  // ringed on the map
    EXPECT_EQ(w.progress[0].answer->choice, 0);
}

TEST(LessonWatcher, AWaitIsTheTimeFromTheStopToTheRevealAndTheNearestChoiceIsRight)
{
    const Watched w = watch(town("  - {at: 0s, station: mx2.example.org, go: down, for: 3h}\n", R"(lesson:
  stops:
    - when: {event: delivery.deferred, message: m1}
      ask: When does the post office knock again?
      answer: wait
      reveal: {event: smtp.connect, message: m1, station: smtp.sender.test}
      choices: [1m, 5m, 10m, 1h]
)"));
    const StopProgress& p = w.progress.at(0);
    ASSERT_TRUE(p.answer);
    EXPECT_EQ(p.answer->wait, at(w, *p.revealed).time - at(w, *p.reached).time);
    // Postfix: due 5 minutes after the first try, picked up at the 10-minute queue scan.
    EXPECT_GT(p.answer->wait.micros(), 9LL * 60 * 1000000);
    EXPECT_LT(p.answer->wait.micros(), 11LL * 60 * 1000000);
    EXPECT_EQ(p.answer->choice, 2);
    EXPECT_EQ(p.answer->where, "smtp.sender.test");  // the one that knocks again
}

TEST(LessonWatcher, ACodeIsTheReplysAndItShowsAtTheStationThatGaveIt)
{
    const Watched w = watch(town("", R"(lesson:
  stops:
    - when: {event: message.created, message: m2}
      ask: What does the sorting station answer when asked for nobody?
      answer: code
      reveal: {event: smtp.reply, message: m2, code: 550}
      choices: [250, 451, 550]
)"));
    const StopProgress& p = w.progress.at(0);
    ASSERT_TRUE(p.answer);
    EXPECT_EQ(p.answer->code, 550);
    EXPECT_EQ(p.answer->choice, 2);
    EXPECT_EQ(p.answer->where, at(w, *p.revealed).station);
    EXPECT_EQ(p.answer->where, "mx1.example.org");  // its stamp carries the code
}

TEST(LessonWatcher, CountsRunFromTheStartAndQueuesKeepTheirMostUpToTheReveal)
{
    const Watched w = watch(town("  - {at: 0s, station: mx2.example.org, go: down, for: 3h}\n", R"(lesson:
  stops:
    - when: {event: delivery.deferred, message: m1}
      ask: How many times is the letter put off before it gets through?
      answer: count
      count: {event: delivery.deferred, message: m1}
      reveal: {event: mailbox.stored, message: m1}
      choices: [1, 3, 10]
    - when: {event: message.final, message: m1}
      ask: How many letters waited at once in the post office's depot?
      answer: max_queue
      queue_of: smtp.sender.test
      reveal: {event: message.final, message: m2}
      choices: [1, 2, 5]
)"));
    ASSERT_TRUE(w.progress.at(0).answer && w.progress.at(1).answer);
    int deferrals = 0;
    for (const auto& r : w.records)
        if (r.type == EventType::DeliveryDeferred && r.message == "m1" && r.seq <= w.progress[0].revealed->seq) ++deferrals;
    EXPECT_EQ(w.progress[0].answer->count, deferrals);
    EXPECT_GE(deferrals, 3);  // tries at 0, 10, 20 and 40 minutes: three put off
    std::int64_t most = 0;
    for (const auto& r : w.records)
        if (r.type == EventType::QueueEnter && r.station == "smtp.sender.test" && r.seq <= w.progress[1].revealed->seq)
            most = std::max(most, r.queueLength);
    EXPECT_EQ(w.progress[1].answer->count, most);
    EXPECT_EQ(w.progress[1].answer->where, "smtp.sender.test");  // the depot that held the queue
}

TEST(LessonWatcher, EachStopIsSoughtAfterThePreviousOneEndsAndNthCountsFromThere)
{
    // Both stations closed for hours: the letter is put off again and again.
    const Watched w = watch(town("  - {at: 0s, station: mx2.example.org, go: down, for: 3h}\n"
                                 "  - {at: 40m, station: mx1.example.org, go: down, for: 2h}\n",
                                 R"(lesson:
  stops:
    - when: {event: delivery.deferred, message: m1}
    - when: {event: delivery.deferred, message: m1}
    - when: {event: delivery.deferred, message: m1, nth: 2}
)"));
    std::vector<std::uint64_t> deferrals;
    for (const auto& r : w.records)
        if (r.type == EventType::DeliveryDeferred && r.message == "m1") deferrals.push_back(r.seq);
    ASSERT_GE(deferrals.size(), 4u);
    ASSERT_TRUE(w.progress.at(0).reached && w.progress.at(1).reached && w.progress.at(2).reached);
    EXPECT_EQ(w.progress[0].reached->seq, deferrals[0]);
    EXPECT_EQ(w.progress[1].reached->seq, deferrals[1]);
    EXPECT_EQ(w.progress[2].reached->seq, deferrals[3]);
    EXPECT_EQ(w.reachedOrder, (std::vector<std::size_t>{0, 1, 2}));
}

TEST(LessonWatcher, ANoticeIsToldApartFromTheLetterItReturns)
{
    const Watched w = watch(town("", R"(lesson:
  stops:
    - when: {event: smtp.reply, message: m2, code: 550}
      ask: What happens to the letter to nobody?
      answer: outcome
      reveal: {event: message.final, message: m2}
      choices: [delivered, bounced]
    - when: {event: message.final, notice: true}
)"));
    ASSERT_TRUE(w.progress.at(0).answer);
    EXPECT_EQ(w.progress[0].answer->outcome, Outcome::Bounced);
    EXPECT_EQ(w.progress[0].answer->choice, 1);
    ASSERT_TRUE(w.progress.at(1).reached);
    // Alice has no PO box in this town, so the notice m3 ends without being delivered.
    EXPECT_EQ(at(w, *w.progress[1].reached).message, "m3");
}

TEST(LessonWatcher, AStopTheRunNeverReachesStaysEmpty)
{
    const Watched w = watch(town("", R"(lesson:
  stops:
    - when: {event: message.final, message: m1}
    - when: {event: smtp.reply, code: 421}
)"));
    EXPECT_TRUE(w.progress.at(0).reached);
    EXPECT_FALSE(w.progress.at(1).reached);
}

TEST(LessonWatcher, NumbersTakeTheNearestChoiceAndTheFirstOfTwoAsNear)
{
    std::vector<ChoiceSpec> choices(3);
    choices[0].number = 1;
    choices[1].number = 3;
    choices[2].number = 10;
    RevealedAnswer a;
    a.kind = AnswerKind::Count;
    a.count = 2;
    EXPECT_EQ(matchingChoice(a, choices), 0);
    a.count = 6;
    EXPECT_EQ(matchingChoice(a, choices), 1);
    a.count = 7;
    EXPECT_EQ(matchingChoice(a, choices), 2);
    a.count = 9;
    EXPECT_EQ(matchingChoice(a, choices), 2);
    a.kind = AnswerKind::Code;
    a.code = 3;
    EXPECT_EQ(matchingChoice(a, choices), 1);
    a.code = 4;
    EXPECT_EQ(matchingChoice(a, choices), -1) << "a code is right or wrong, never near";
}

} // namespace
} // namespace postie
