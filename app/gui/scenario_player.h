#pragma once
// Holds the open scenario (its session and timeline) and the playback clock, and turns every
// move of the clock into one TownFrame for whoever draws. Opening another file replaces the
// scenario only when that file is good: a broken file leaves everything as it was.
#include "playback_clock.h"
#include "playback_source.h"
#include "town_frame.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace postie {
struct ScenarioSpec;
}

namespace postie::gui {

class ScenarioSession;
class TownTimeline;

class ScenarioPlayer : public QObject, public PlaybackSource {
    Q_OBJECT
public:
    explicit ScenarioPlayer(QObject* parent = nullptr);
    ~ScenarioPlayer() override;

    // Empty on success; else every error as FILE:LINE:COL: error: TEXT, and nothing changed.
    QStringList open(const QString& path);
    bool hasScenario() const { return m_session != nullptr; }
    const ScenarioSession* session() const { return m_session.get(); }
    PlaybackClock& clock() { return m_clock; }
    TownFrame frame();  // what is on screen now

    // PlaybackSource
    std::size_t recordCount() const override;
    std::int64_t recordTimeUs(std::size_t index) const override;
    bool complete() const override;
    std::int64_t endUs() const override;
    bool movingAt(std::size_t cursor, std::int64_t timeUs) override;

signals:
    void opened(const postie::ScenarioSpec& spec);
    void frameChanged(const postie::gui::TownFrame& frame);
    void progressed(std::size_t records, bool complete);

private:
    void showFrame();
    void onRecordsAdded();

    PlaybackClock m_clock;
    std::unique_ptr<ScenarioSession> m_session;
    std::unique_ptr<TownTimeline> m_timeline;
};

} // namespace postie::gui
