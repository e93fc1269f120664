#pragma once
// Finds a lesson's stops in a run and reads each question's answer from the records as they
// come, so the answer is what the run did, never what someone typed. The CLI listens while it
// runs and tells the stops between its lines; the app runs it over the stored trace.
//
// Where each search starts (docs/scenarios.md, Lessons): a stop's moment is looked for after
// the previous stop's end (its reveal, or its own moment when it asks nothing); a reveal after
// its stop's moment. Counts and queues are watched from the start of the run.
#include "scenario/scenario_spec.h"
#include "trace/trace_sink.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace postie {

struct RevealedAnswer {
    AnswerKind kind = AnswerKind::Station;
    std::string station;             // Station
    std::optional<Outcome> outcome;  // Outcome
    int code = 0;                    // Code
    SimTime wait;                    // Wait
    std::int64_t count = 0;          // Count, MaxQueue
    int choice = -1;                 // the choice it matches (for numbers, the nearest); -1: none
    // Where the answer shows on the map: the station answered, the one whose stamp has the
    // code, the one that knocks again after the wait, the one whose depot holds the queue.
    std::string where;

    // What the choices' numbers are compared with: the code, the wait in microseconds, the count.
    double number() const;
    // Written as a choice's value is: "mx2.example.org", "bounced", "450", "10m", "3".
    std::string value() const;
};

// A record a stop found: where and when, and its letter (for "where does it go next?").
struct LessonMoment {
    std::uint64_t seq = 0;
    SimTime time;
    std::string message;
};

struct StopProgress {
    std::optional<LessonMoment> reached;
    std::optional<LessonMoment> revealed;
    std::optional<RevealedAnswer> answer;
};

// The choice `answer` matches among `choices`: the equal one for stations, outcomes and codes,
// the nearest one for waits, counts and queues (the first of two as near); -1 when none is.
int matchingChoice(const RevealedAnswer& answer, const std::vector<ChoiceSpec>& choices);

class LessonWatcher : public TraceSink {
public:
    explicit LessonWatcher(const ScenarioSpec& spec);

    void record(const TraceRecord& record) override;

    // One entry per stop of the lesson, filled as the run reaches it.
    const std::vector<StopProgress>& progress() const { return m_progress; }
    // The stop being looked for (or waiting for its reveal); the number of stops when all are done.
    std::size_t current() const { return m_stop; }
    bool done() const { return m_stop >= m_progress.size(); }

    // Told as it happens, after the progress is updated.
    std::function<void(std::size_t stop, const TraceRecord&)> onReached;
    std::function<void(std::size_t stop, const TraceRecord&)> onRevealed;

    // Whether `record` is the moment `m` describes, its nth aside.
    bool matches(const MomentSpec& m, const TraceRecord& record) const;

private:
    RevealedAnswer readAnswer(const QuestionSpec& q, std::size_t stop, const TraceRecord& record) const;

    LessonSpec m_lesson;
    std::map<std::string, std::string> m_kinds;  // station id -> kind name
    std::set<std::string> m_notices;
    std::map<std::string, std::int64_t> m_maxQueue;  // station -> most letters waiting so far
    std::vector<std::int64_t> m_counts;             // per stop: events matching its count so far
    std::vector<StopProgress> m_progress;
    std::size_t m_stop = 0;
    bool m_awaitingReveal = false;
    int m_matches = 0;  // of the current search
};

} // namespace postie
