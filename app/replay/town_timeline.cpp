#include "replay/town_timeline.h"

#include "replay/lesson_words.h"
#include "replay/scenario_session.h"

#include <algorithm>

namespace postie::gui {
namespace {

// How far back the caption looks for a record worth a sentence.
constexpr std::size_t kCaptionLookBack = 64;
// At most this many sentences of one moment are told; the rest are counted.
constexpr std::size_t kSentencesAtOnce = 4;

} // namespace

TownTimeline::TownTimeline(const ScenarioSession& session) : m_session(session) {}

const TownState& TownTimeline::stateAt(std::size_t cursor)
{
    const auto& records = m_session.records();
    cursor = std::min(cursor, records.size());
    const std::size_t k = std::min(cursor / kKeyframeEvery, m_session.keyframeCount() - 1);
    const std::size_t nearest = k * kKeyframeEvery;
    if (cursor < m_current.applied || nearest > m_current.applied) m_current = m_session.keyframe(k);
    while (m_current.applied < cursor) m_current.apply(records[m_current.applied]);
    return m_current;
}

std::string TownTimeline::captionAt(std::size_t cursor, std::size_t& more) const
{
    more = 0;
    const auto& records = m_session.records();
    const std::size_t stop = cursor > kCaptionLookBack ? cursor - kCaptionLookBack : 0;
    // The last told record, then every told record of that same moment before it.
    std::vector<std::string> told;
    std::int64_t moment = 0;
    bool newerAlone = false;  // a record told alone is a caption of its own, within its moment too
    for (std::size_t i = cursor; i > stop; --i) {
        if (!told.empty() && records.timeUs(i - 1) != moment) break;
        std::string text = m_session.narrator().tell(records[i - 1]);
        if (text.empty()) continue;
        const bool alone = toldAlone(i - 1);
        if (!told.empty() && (alone || newerAlone)) break;
        if (told.empty()) moment = records.timeUs(i - 1);
        told.push_back(std::move(text));
        newerAlone = alone;
        if (!m_tellMoments) break;
    }
    if (told.empty()) return LessonWords::summary(m_session.spec()).toStdString();  // in the app's language
    std::reverse(told.begin(), told.end());
    std::string out;
    const std::size_t shown = std::min(told.size(), kSentencesAtOnce);
    for (std::size_t i = 0; i < shown; ++i) {
        if (i > 0) out += ". ";
        out += told[told.size() - shown + i];  // the latest ones
    }
    more = told.size() - shown;  // the caption bar says so, in the UI language
    return out;
}

bool TownTimeline::told(std::size_t index) const
{
    return !m_session.narrator().tell(m_session.records()[index]).empty();
}

// The checks of who sent a letter are the longest sentence of a run and come at the moment of
// the reply that follows from them: they get a caption of their own.
bool TownTimeline::toldAlone(std::size_t index) const
{
    return m_session.records().type(index) == EventType::AuthChecked && told(index);
}

TownFrame TownTimeline::frame(std::size_t cursor, std::int64_t timeUs, std::int64_t flashWindowUs,
                              std::int64_t markWindowUs)
{
    const TownState& state = stateAt(cursor);
    TownFrame f;
    f.cursor = state.applied;
    f.recordCount = m_session.records().size();
    f.timeUs = timeUs;
    for (const auto& [id, trip] : state.trips) {
        if (trip.kind == Trip::Kind::Wire && trip.arriveUs <= timeUs) continue;
        const double span = double(trip.arriveUs - trip.departUs);
        const double progress = span > 0 ? std::clamp(double(timeUs - trip.departUs) / span, 0.0, 1.0) : 1.0;
        f.trips.push_back(TripView{trip, progress, m_session.notice(trip.message)});
    }
    f.queues = state.queues;
    f.boxes = state.boxes;
    f.closedStations = state.closedStations;
    f.closedRoads = state.closedRoads;
    f.tally = state.tally;
    for (const auto& [station, times] : state.retries) {
        const auto ahead = std::upper_bound(times.begin(), times.end(), timeUs);
        if (ahead != times.end()) f.retries[station] = RetryView{times.end() - ahead, *ahead, m_session.narrator().clock(SimTime::fromMicros(*ahead))};
    }
    f.flashes = flashesAt(m_session.records(), f.cursor, timeUs, flashWindowUs);
    f.trouble = state.trouble;
    for (const auto& [station, mark] : state.failures) {
        const std::int64_t age = timeUs - mark.atUs;
        if (age < 0 || age >= markWindowUs) continue;
        FailureMark& shown = f.failures[station] = mark;
        shown.age = double(age) / double(markWindowUs);
    }
    f.caption = captionAt(f.cursor, f.captionMore);
    f.clock = m_session.narrator().clock(SimTime::fromMicros(timeUs));
    f.dateAndTime = m_session.narrator().dateAndTime(SimTime::fromMicros(timeUs));
    return f;
}

bool TownTimeline::movingAt(std::size_t cursor, std::int64_t timeUs)
{
    for (const auto& [id, trip] : stateAt(cursor).trips)
        if (trip.arriveUs > timeUs) return true;
    return false;
}

} // namespace postie::gui
