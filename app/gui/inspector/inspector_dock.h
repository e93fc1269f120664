#pragma once
// The Inspector: shows what was clicked last on the map, a letter (MessageInspector) or a
// station (StationInspector), as it is at the playback moment, and follows the playback. It
// indexes the records once, as they arrive, so each frame folds only the clicked thing's own
// records.
#include <QDockWidget>

#include <cstdint>
#include <memory>

class QLabel;
class QStackedWidget;

namespace postie::gui {

class MessageInspector;
class RecordIndex;
class ScenarioPlayer;
class ScenarioSession;
class StationInspector;
class StationStory;
struct TownFrame;

class InspectorDock : public QDockWidget {
    Q_OBJECT
public:
    explicit InspectorDock(ScenarioPlayer& player, QWidget* parent = nullptr);
    ~InspectorDock() override;

    void inspectMessage(const QString& id);
    void inspectStation(const QString& id);
    void showFrame(const TownFrame& frame);
    // A new scenario (or a new run of it): forget what was clicked and what was indexed.
    void forget();

    enum class Target { None, Message, Station };
    Target target() const { return m_target; }
    QString targetId() const { return m_targetId; }
    MessageInspector& messageInspector() { return *m_message; }
    StationInspector& stationInspector() { return *m_station; }
    const RecordIndex& index() const { return *m_index; }

private:
    void refresh(std::size_t cursor, std::int64_t timeUs);
    void showMessageAt(const ScenarioSession& session, std::size_t cursor, std::int64_t timeUs);
    void showStationAt(const ScenarioSession& session, std::size_t cursor, std::int64_t timeUs);

    ScenarioPlayer& m_player;
    QStackedWidget* m_stack;
    QLabel* m_hint;
    MessageInspector* m_message;
    StationInspector* m_station;

    Target m_target = Target::None;
    QString m_targetId;
    const ScenarioSession* m_session = nullptr;  // the run indexed (compared, never followed)
    std::unique_ptr<RecordIndex> m_index;
    std::size_t m_shownCursor = SIZE_MAX;  // what is shown (a cursor, a count), to redo only what changed
    std::int64_t m_shownSecond = -1;
    std::unique_ptr<StationStory> m_stationStory;  // folded up to m_stationApplied positions
    std::size_t m_stationApplied = 0;
    std::size_t m_stationCursor = 0;
};

} // namespace postie::gui
