// The lesson: section of a scenario file: read into the spec, and every mistake reported at
// its place with what to write instead (docs/scenarios.md, Lessons).
#include "scenario/scenario_loader.h"

#include <gtest/gtest.h>

#include <string>

namespace postie {
namespace {

// Lesson 2's town in small: mx1 is closed, mx2 is the backup. The lesson goes last.
const std::string kTown = R"(format: postie/1
dns:
  - {name: example.org, type: MX, preference: 10, host: mx1.example.org}
  - {name: example.org, type: MX, preference: 20, host: mx2.example.org}
  - {name: mx1.example.org, type: A, address: 203.0.113.25}
  - {name: mx2.example.org, type: A, address: 203.0.113.26}
stations:
  - {id: alice, kind: client, user: alice@sender.test, submit_to: smtp.sender.test}
  - {id: smtp.sender.test, kind: outgoing, resolver: dns.sender.test}
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
incidents:
  - {at: 0s, station: mx1.example.org, go: down, for: 1h}
)";
constexpr int kTownLines = 26;  // the lesson starts on line 27

LoadResult load(const std::string& lesson) { return loadScenarioText(kTown + lesson, "lesson.yaml"); }

std::string firstError(const LoadResult& r) { return r.errors.empty() ? "(no error)" : r.errors.front().format(); }

std::string at(int lessonLine, int column)
{
    return "lesson.yaml:" + std::to_string(kTownLines + lessonLine) + ":" + std::to_string(column) + ": error: ";
}

TEST(LessonSection, ReadsGoalsStopsQuestionsChoicesTriesAndTheRecap)
{
    const LoadResult r = load(R"(lesson:
  goals:
    - The first sorting station is closed.
    - {en: "The backup takes the letter.", de: "Die Ersatzstation nimmt den Brief.", fr: "Le secours prend la lettre."}
  stops:
    - when: {event: connect.failed, message: m1, peer: mx1.example.org}
      say: Nobody opens the door.
      ask: Where does the letter go now?
      answer: station
      reveal: {event: road.arrive, message: m1, kind: incoming}
      choices: [mx1.example.org, {value: mx2.example.org, say: {en: the backup, de: die Ersatzstation}}]
      why: The next MX by preference.
      try: {close: mx2.example.org, for: 20m, say: Close the backup too.}
    - when: {event: mailbox.stored, message: m1}
      ask: How long did it take?
      answer: wait
      reveal: {event: message.final, message: m1, outcome: delivered}
      choices: [1s, 5m]
  recap: [Two MX records make a backup.]
)");
    ASSERT_TRUE(r.ok()) << firstError(r);
    const LessonSpec& lesson = r.spec->lesson;
    ASSERT_EQ(lesson.goals.size(), 2u);
    EXPECT_EQ(lesson.goals[1].in("de"), "Die Ersatzstation nimmt den Brief.");
    EXPECT_EQ(lesson.goals[1].in("fr"), "Le secours prend la lettre.");
    EXPECT_EQ(lesson.goals[0].in("de"), "The first sorting station is closed.");  // only one version: that one
    ASSERT_EQ(lesson.stops.size(), 2u);
    const StopSpec& first = lesson.stops[0];
    EXPECT_EQ(first.when.event, EventType::ConnectFailed);
    EXPECT_EQ(first.when.message, "m1");
    EXPECT_EQ(first.when.peer, "mx1.example.org");
    EXPECT_EQ(first.line, kTownLines + 6);
    ASSERT_TRUE(first.question);
    EXPECT_EQ(first.question->answer, AnswerKind::Station);
    EXPECT_EQ(first.question->reveal.kind, "incoming");
    ASSERT_EQ(first.question->choices.size(), 2u);
    EXPECT_EQ(first.question->choices[1].value, "mx2.example.org");
    EXPECT_EQ(first.question->choices[1].say.in("de"), "die Ersatzstation");
    EXPECT_EQ(first.question->why.in(), "The next MX by preference.");
    ASSERT_TRUE(first.tryChange);
    EXPECT_EQ(first.tryChange->kind, TrySpec::Kind::Close);
    EXPECT_EQ(first.tryChange->station, "mx2.example.org");
    EXPECT_EQ(first.tryChange->duration, SimTime::fromMicros(20LL * 60 * 1000000));
    const QuestionSpec& second = *lesson.stops[1].question;
    EXPECT_EQ(second.answer, AnswerKind::Wait);
    EXPECT_EQ(second.choices[1].number, 5.0 * 60 * 1e6);
    EXPECT_EQ(second.reveal.outcome, Outcome::Delivered);
    ASSERT_EQ(lesson.recap.size(), 1u);
}

TEST(LessonSection, AFileWithoutALessonHasAnEmptyOne)
{
    const LoadResult r = load("");
    ASSERT_TRUE(r.ok()) << firstError(r);
    EXPECT_TRUE(r.spec->lesson.stops.empty());
    EXPECT_TRUE(r.spec->lesson.goals.empty());
}

struct BadLesson {
    const char* name;
    const char* lesson;
    std::string expected;  // the first error, with its place
};

TEST(LessonSection, EachMistakeIsReportedAtItsPlaceWithWhatToWrite)
{
    const BadLesson cases[] = {
        {"unknown event", "lesson:\n  stops:\n    - when: {event: delivery.deferd}\n",
         at(3, 21) + "there is no event 'delivery.deferd' in the trace; did you mean 'delivery.deferred'?"},
        {"not a letter id", "lesson:\n  stops:\n    - when: {event: road.arrive, message: 1}\n",
         at(3, 43) + "a letter is named m1, m2, ... in the order the letters are written, but this is '1'"},
        {"unknown station", "lesson:\n  stops:\n    - when: {event: road.arrive, to: mx3.example.org}\n",
         at(3, 38) + "station 'mx3.example.org' is not defined; did you mean 'mx1.example.org'?"},
        {"a choice that is no station",
         "lesson:\n  stops:\n    - when: {event: connect.failed}\n      ask: Where?\n      answer: station\n"
         "      reveal: {event: road.arrive}\n      choices: [mx2.example.org, mx9.example.org]\n",
         at(7, 34) + "station 'mx9.example.org' is not defined; did you mean 'mx1.example.org'?"},
        {"a question without a reveal",
         "lesson:\n  stops:\n    - when: {event: connect.failed}\n      ask: Where?\n      answer: station\n"
         "      choices: [mx1.example.org, mx2.example.org]\n",
         at(4, 7) + "a question needs reveal, like reveal: {event: smtp.connect, message: m1}"},
        {"a wait without a unit",
         "lesson:\n  stops:\n    - when: {event: connect.failed}\n      ask: When?\n      answer: wait\n"
         "      reveal: {event: smtp.connect}\n      choices: [5, 10m]\n",
         at(7, 17) + "a wait is a duration, like 5m or 1h: duration '5' has no unit; write for example 5s or 5ms"},
        {"one choice", "lesson:\n  stops:\n    - when: {event: connect.failed}\n      ask: Which?\n      answer: code\n"
                       "      reveal: {event: smtp.reply}\n      choices: [250]\n",
         at(7, 16) + "a question offers 2 to 6 choices, but this one has 1"},
        {"a choice twice", "lesson:\n  stops:\n    - when: {event: connect.failed}\n      ask: Which?\n      answer: outcome\n"
                           "      reveal: {event: message.final}\n      choices: [bounced, delivered, bounced]\n",
         at(7, 37) + "the choice 'bounced' is offered twice; keep one"},
        {"an unknown language", "lesson:\n  goals:\n    - {en: Hello, es: Hola}\n",
         at(3, 19) + "'es' is not a language a lesson text may be given in; use en, de or fr, like goals: {en: \"Hello\", "
                     "de: \"Hallo\", fr: \"Bonjour\"}"},
        {"a reveal without a question", "lesson:\n  stops:\n    - when: {event: connect.failed}\n      reveal: {event: smtp.reply}\n",
         at(4, 7) + "reveal belongs to a question; add ask: \"...\" to this stop, or remove it"},
        {"two changes to try", "lesson:\n  stops:\n    - when: {event: connect.failed}\n      try: {close: mx2.example.org, open: mx1.example.org}\n",
         at(4, 37) + "a try makes one change: close, open, cut, mend or write, like try: {close: mx2.example.org}"},
        {"a road that is not there", "lesson:\n  stops:\n    - when: {event: connect.failed}\n      try: {cut: [alice, backbone]}\n",
         at(4, 18) + "there is no road between 'alice' and 'backbone'; a try can only cut a road listed under roads:"},
        {"code on another event", "lesson:\n  stops:\n    - when: {event: road.arrive, code: 250}\n",
         at(3, 34) + "code belongs to an smtp.reply moment; remove it or write event: smtp.reply"},
        {"a letter from nobody", "lesson:\n  stops:\n    - when: {event: connect.failed}\n"
                                 "      try: {write: {from: carol@sender.test, to: bob@example.org}}\n",
         at(4, 27) + "no client station has the user 'carol@sender.test'; the clients' users are alice@sender.test (alice)"},
        {"an unknown key", "lesson:\n  stops:\n    - when: {event: connect.failed}\n      asks: Where?\n",
         at(4, 7) + "unknown key 'asks' in a lesson stop; did you mean 'ask'?"},
        {"count for another answer",
         "lesson:\n  stops:\n    - when: {event: connect.failed}\n      ask: Which?\n      answer: code\n"
         "      reveal: {event: smtp.reply}\n      count: {event: smtp.reply}\n      choices: [250, 550]\n",
         at(7, 7) + "count belongs to answer: count; remove it"},
    };
    for (const BadLesson& c : cases) {
        SCOPED_TRACE(c.name);
        const LoadResult r = load(c.lesson);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(firstError(r), c.expected);
    }
}

TEST(LessonSection, ALessonNeverChangesTheRunsSpecOtherwise)
{
    const LoadResult bare = load("");
    const LoadResult taught = load("lesson:\n  goals: [Watch.]\n  stops:\n    - when: {event: connect.failed}\n");
    ASSERT_TRUE(bare.ok() && taught.ok());
    EXPECT_EQ(bare.spec->stations.size(), taught.spec->stations.size());
    EXPECT_EQ(bare.spec->incidents.size(), taught.spec->incidents.size());
    EXPECT_EQ(bare.spec->letters.size(), taught.spec->letters.size());
}

} // namespace
} // namespace postie
