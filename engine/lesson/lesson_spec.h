#pragma once
// A scenario's `lesson:` section read into plain values: the goals, the stops and the recap
// (docs/scenarios.md, "Lessons"). A stop is tied to an event of the run, never to a clock time,
// so it survives changes to the town; a question's answer is read from the run's records at
// the moment of the reveal (lesson_watcher.h), never typed in by hand. Nothing here changes a
// run: the engine reads the section only to find the stops in the trace.
#include "sim/sim_time.h"
#include "trace/event_type.h"
#include "trace/trace_words.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace postie {

// A text of the lesson, in one language or several: `say: "..."` or
// `say: {en: "...", de: "...", fr: "..."}`. A plain string is the file's own language.
struct LessonText {
    // (language, text) in file order; the language is empty for a plain string.
    std::vector<std::pair<std::string, std::string>> versions;

    bool empty() const { return versions.empty(); }
    // The text in `language` ("de"), else the plain or English one, else the first given.
    std::string in(std::string_view language = "en") const;
};

// The languages a lesson text may be given in: those the app speaks.
inline constexpr std::string_view kLessonLanguages[] = {"en", "de", "fr"};

// An event of the run: the `nth` record (from 1) of type `event` that matches every filter
// given, counted from where the search starts (lesson_watcher.h says where).
struct MomentSpec {
    EventType event = EventType::MessageCreated;
    std::string message;             // "m1"
    std::string station;             // where it happens (the record's station)
    std::string to;                  // road trips: where the truck is going
    std::string peer;                // the other side of a dialogue
    std::string kind;                // at a station of this kind ("incoming"), as AnswerKind::Station places it
    int code = 0;                    // smtp.reply: the reply code
    std::optional<Outcome> outcome;  // message.final
    std::optional<bool> notice;      // about a "return to sender" notice (true) or a letter (false)
    int nth = 1;
    int line = 0;  // where the file gives it, for messages about it
    int column = 0;
};

// What a question asks, and so what the reveal reads from the records.
enum class AnswerKind {
    Station,   // where the reveal's event is: a road trip's end, the station knocked at, spoken or
               // asked (smtp.connect, connect.failed, smtp.command, dns.query, mailbox.check), else
               // the station where it happens
    Outcome,   // the outcome of the reveal's message.final
    Code,      // the reply code of the reveal's smtp.reply
    Wait,      // how long from the stop to the reveal
    Count,     // how many events match `count` from the start of the run up to the reveal
    MaxQueue,  // the most letters that waited at once in `queue_of`'s depot, up to the reveal
};
std::string_view answerKindName(AnswerKind kind);  // "station", "max_queue"

struct ChoiceSpec {
    std::string value;  // as written: a station id, an outcome, a code, a duration, a number
    LessonText say;     // the choice in the lesson's words; empty: the app words the value
    // The value as a number, for Code (the code), Wait (microseconds), Count and MaxQueue.
    double number = 0;
    int line = 0;
    int column = 0;
};

struct QuestionSpec {
    LessonText ask;
    AnswerKind answer = AnswerKind::Station;
    MomentSpec reveal;
    std::optional<MomentSpec> count;  // AnswerKind::Count
    std::string queueOf;              // AnswerKind::MaxQueue: a station id
    std::vector<ChoiceSpec> choices;
    LessonText why;  // said after the reveal
};

// A change the class may make at a stop with one click: close or open a station, cut or mend
// a road (for a while, or until told otherwise), or write a letter.
struct TrySpec {
    enum class Kind { Close, Open, Cut, Mend, Write };
    Kind kind = Kind::Close;
    std::string station;                       // Close, Open
    std::pair<std::string, std::string> road;  // Cut, Mend
    std::optional<SimTime> duration;           // Close, Cut: `for`
    std::string from;                          // Write
    std::vector<std::string> to;               // Write
    std::string subject;                       // Write
    LessonText say;
};

struct StopSpec {
    MomentSpec when;
    LessonText say;
    std::optional<QuestionSpec> question;
    std::optional<TrySpec> tryChange;
    int line = 0;
    int column = 0;
};

struct LessonSpec {
    std::vector<LessonText> goals;
    std::vector<StopSpec> stops;
    std::vector<LessonText> recap;
};

} // namespace postie
