#pragma once
// Turns (cursor, time) into a TownFrame. Folding the records forward is incremental; going
// back, or far forward, restarts from the nearest keyframe (a copy of the state every
// kKeyframeEvery records, made by the session's worker as the run goes), so a step back or a
// jump costs at most that many folds however long the run.
#include "replay/scenario_session.h"
#include "replay/town_frame.h"
#include "replay/town_state.h"

#include <vector>

namespace postie::gui {

class TownTimeline {
public:
    static constexpr std::size_t kKeyframeEvery = ScenarioSession::kKeyframeEvery;

    explicit TownTimeline(const ScenarioSession& session);

    // `flashWindowUs`: how long, in simulated time, a station's flash stays on (0: none);
    // `markWindowUs` the same for a failure's mark.
    TownFrame frame(std::size_t cursor, std::int64_t timeUs, std::int64_t flashWindowUs = 0,
                    std::int64_t markWindowUs = 0);
    // Anything on its way at that moment (the playback clock skips idle time otherwise).
    bool movingAt(std::size_t cursor, std::int64_t timeUs);
    // Whether the caption tells every sentence of the moment (the story pace) or only the
    // last one (at the continuous pace the caption changes too fast for more).
    void setTellMoments(bool on) { m_tellMoments = on; }
    // Whether the record has a sentence in the caption.
    bool told(std::size_t index) const;
    // Whether the story pace gives the record a caption of its own (PlaybackSource::toldAlone).
    bool toldAlone(std::size_t index) const;

private:
    const TownState& stateAt(std::size_t cursor);
    // The latest sentences of the moment at `cursor`; `more`: how many of it are not told.
    std::string captionAt(std::size_t cursor, std::size_t& more) const;

    const ScenarioSession& m_session;
    TownState m_current;
    bool m_tellMoments = true;
};

} // namespace postie::gui
