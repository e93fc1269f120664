#include "lesson/lesson_watcher.h"

#include "scenario/units.h"

#include <cmath>

namespace postie {
namespace {

// The station an event is "at" for a lesson: where a road trip goes, whom a knock, a line said
// or a question is for, else where it happens.
const std::string& placeOf(const TraceRecord& r)
{
    switch (r.type) {
    case EventType::RoadDepart:
    case EventType::RoadArrive: return r.to.empty() ? r.station : r.to;
    case EventType::SmtpConnect:
    case EventType::ConnectFailed:
    case EventType::SmtpCommand:
    case EventType::DnsQuery:
    case EventType::MailboxCheck: return r.peer.empty() ? r.station : r.peer;
    default: return r.station;
    }
}

} // namespace

double RevealedAnswer::number() const
{
    switch (kind) {
    case AnswerKind::Code: return code;
    case AnswerKind::Wait: return double(wait.micros());
    case AnswerKind::Count:
    case AnswerKind::MaxQueue: return double(count);
    default: return 0;
    }
}

std::string RevealedAnswer::value() const
{
    switch (kind) {
    case AnswerKind::Station: return station;
    case AnswerKind::Outcome: return outcome ? outcomeName(*outcome) : "";
    case AnswerKind::Code: return std::to_string(code);
    case AnswerKind::Wait: return formatDuration(wait);
    case AnswerKind::Count:
    case AnswerKind::MaxQueue: return std::to_string(count);
    }
    return {};
}

int matchingChoice(const RevealedAnswer& answer, const std::vector<ChoiceSpec>& choices)
{
    const bool nearest = answer.kind == AnswerKind::Wait || answer.kind == AnswerKind::Count ||
                         answer.kind == AnswerKind::MaxQueue;
    if (!nearest) {
        const std::string value = answer.value();
        for (std::size_t i = 0; i < choices.size(); ++i)
            if (answer.kind == AnswerKind::Code ? choices[i].number == answer.code : choices[i].value == value)
                return int(i);
        return -1;
    }
    int best = -1;
    double bestGap = 0;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        const double gap = std::fabs(choices[i].number - answer.number());
        if (best < 0 || gap < bestGap) {
            best = int(i);
            bestGap = gap;
        }
    }
    return best;
}

LessonWatcher::LessonWatcher(const ScenarioSpec& spec)
    : m_lesson(spec.lesson), m_counts(spec.lesson.stops.size(), 0), m_progress(spec.lesson.stops.size())
{
    for (const auto& s : spec.stations) m_kinds[s.id] = stationKindName(s.kind);
}

bool LessonWatcher::matches(const MomentSpec& m, const TraceRecord& r) const
{
    if (r.type != m.event) return false;
    if (!m.message.empty()) {
        // A notice's records name the letter it returns as `original`: "when m1 is stamped".
        const bool ofOriginal = (r.type == EventType::BounceCreated || r.type == EventType::MessageCreated) &&
                                r.original == m.message;
        if (r.message != m.message && !ofOriginal) return false;
    }
    if (!m.station.empty() && r.station != m.station) return false;
    if (!m.to.empty() && r.to != m.to) return false;
    if (!m.peer.empty() && r.peer != m.peer) return false;
    if (!m.kind.empty()) {
        const auto it = m_kinds.find(placeOf(r));
        if (it == m_kinds.end() || it->second != m.kind) return false;
    }
    if (m.code != 0 && r.code != m.code) return false;
    if (m.outcome && r.outcome != m.outcome) return false;
    if (m.notice && (m_notices.count(r.message) != 0) != *m.notice) return false;
    return true;
}

RevealedAnswer LessonWatcher::readAnswer(const QuestionSpec& q, std::size_t stop, const TraceRecord& r) const
{
    RevealedAnswer a;
    a.kind = q.answer;
    switch (q.answer) {
    case AnswerKind::Station: a.station = placeOf(r); break;
    case AnswerKind::Outcome: a.outcome = r.outcome; break;
    case AnswerKind::Code: a.code = r.code; break;
    case AnswerKind::Wait: a.wait = r.time - m_progress[stop].reached->time; break;
    case AnswerKind::Count: a.count = m_counts[stop]; break;
    case AnswerKind::MaxQueue: {
        const auto it = m_maxQueue.find(q.queueOf);
        a.count = it == m_maxQueue.end() ? 0 : it->second;
        break;
    }
    }
    a.where = a.kind == AnswerKind::Station ? a.station : a.kind == AnswerKind::MaxQueue ? q.queueOf : r.station;
    a.choice = matchingChoice(a, q.choices);
    return a;
}

void LessonWatcher::record(const TraceRecord& r)
{
    if (r.type == EventType::MessageCreated && !r.original.empty()) m_notices.insert(r.message);
    if (r.type == EventType::QueueEnter && r.queueLength >= 0) {
        std::int64_t& most = m_maxQueue[r.station];
        most = std::max(most, r.queueLength);
    }
    // Counts run from the start of the run until their question is revealed.
    for (std::size_t i = 0; i < m_counts.size(); ++i) {
        const auto& q = m_lesson.stops[i].question;
        if (q && q->count && !m_progress[i].revealed && matches(*q->count, r)) ++m_counts[i];
    }
    if (done()) return;
    const StopSpec& stop = m_lesson.stops[m_stop];
    const MomentSpec& sought = m_awaitingReveal ? stop.question->reveal : stop.when;
    if (!matches(sought, r) || ++m_matches < sought.nth) return;
    m_matches = 0;
    const LessonMoment moment{r.seq, r.time, r.message};
    const std::size_t index = m_stop;
    if (!m_awaitingReveal) {
        m_progress[index].reached = moment;
        if (stop.question) m_awaitingReveal = true;
        else ++m_stop;
        if (onReached) onReached(index, r);
        return;
    }
    m_progress[index].revealed = moment;
    m_progress[index].answer = readAnswer(*stop.question, index, r);
    m_awaitingReveal = false;
    ++m_stop;
    if (onRevealed) onRevealed(index, r);
}

} // namespace postie
