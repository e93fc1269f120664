#pragma once
// Holds the open scenario (its session and timeline) and the playback clock, and turns every
// move of the clock into one TownFrame for whoever draws. Opening another file replaces the
// scenario only when that file is good: a broken file leaves everything as it was.
#include "replay/intervention.h"
#include "replay/playback_clock.h"
#include "replay/playback_source.h"
#include "replay/town_frame.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>


namespace postie::gui {

class ScenarioSession;
class TownTimeline;

class ScenarioPlayer : public QObject, public PlaybackSource {
    Q_OBJECT
public:
    explicit ScenarioPlayer(QObject* parent = nullptr);
    ~ScenarioPlayer() override;

    // Empty on success; else every error as FILE:LINE:COL: error: TEXT, and nothing changed.
    // A good file sets the clock's pace and speed from its `pace:` and `speed:`.
    QStringList open(const QString& path);
    // Plays a spec already read (the town editor's draft); `path` is where it will be saved
    // (empty: not yet), and names it as open() would.
    void openSpec(const QString& path, ScenarioSpec spec);
    bool hasScenario() const { return m_session != nullptr; }
    const ScenarioSession* session() const { return m_session.get(); }
    PlaybackClock& clock() { return m_clock; }
    TownFrame frame();  // what is on screen now
    // The narration's words for this and every later scenario (View > Email words): the
    // caption, the event log and the timeline's marks all tell the run in them.
    void setWords(NarrationWords words);
    NarrationWords words() const { return m_words; }

    // Interventions: each one re-runs the scenario from the start with it (the engine is
    // deterministic, so everything before it comes out the same) and the playback comes back
    // to the moment it was made. Until the new run has got there, the old one stays on screen.
    const std::vector<Intervention>& interventions() const { return m_interventions; }
    // When an intervention made now acts: the clock's time, or 1 µs later when a record shown
    // is at that very time (so that nothing already on screen changes).
    SimTime interventionTime() const;
    void intervene(Intervention intervention);
    void undoIntervention();
    bool rerunning() const { return m_pending != nullptr; }

    // PlaybackSource
    std::size_t recordCount() const override;
    std::int64_t recordTimeUs(std::size_t index) const override;
    bool complete() const override;
    std::int64_t endUs() const override;
    bool movingAt(std::size_t cursor, std::int64_t timeUs) override;
    bool told(std::size_t index) override;
    bool toldAlone(std::size_t index) override;

signals:
    void opened(const postie::ScenarioSpec& spec);
    void frameChanged(const postie::gui::TownFrame& frame);
    void progressed(std::size_t records, bool complete);
    void interventionsChanged();
    // Another run is on screen: a new town, or the same one run again after an intervention.
    void runChanged();
    void wordsChanged();  // setWords: what is told in sentences, tell it again

private:
    void showFrame();
    std::string jumpSentence();
    void onRecordsAdded();
    void rerun(std::int64_t returnToUs);
    void onRerunProgress();
    void adopt(std::unique_ptr<ScenarioSession> session);
    // Makes a session just started the open scenario, with no interventions yet.
    void play(std::unique_ptr<ScenarioSession> session);

    PlaybackClock m_clock;
    std::unique_ptr<ScenarioSession> m_session;
    std::unique_ptr<TownTimeline> m_timeline;
    ScenarioSpec m_fileSpec;  // the scenario as the file has it
    std::vector<Intervention> m_interventions;
    std::unique_ptr<ScenarioSession> m_pending;  // the run with the latest interventions
    std::int64_t m_returnToUs = 0;               // where the playback goes once it is there
    struct JumpText {
        std::int64_t fromUs = 0, toUs = 0;
        std::string text;
    } m_jumpText;  // the sentence of the jump under way
    NarrationWords m_words = NarrationWords::Postal;
};

} // namespace postie::gui
