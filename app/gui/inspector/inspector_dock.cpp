#include "inspector/inspector_dock.h"

#include "inspector/message_inspector.h"
#include "inspector/station_inspector.h"
#include "replay/message_story.h"
#include "replay/record_index.h"
#include "replay/scenario_player.h"
#include "replay/scenario_session.h"
#include "replay/station_story.h"
#include "replay/town_frame.h"

#include <QLabel>
#include <QStackedWidget>

namespace postie::gui {

InspectorDock::InspectorDock(ScenarioPlayer& player, QWidget* parent)
    : QDockWidget(tr("Inspector"), parent),
      m_player(player),
      m_stack(new QStackedWidget(this)),
      m_hint(new QLabel(tr("Click a truck to open its letter: envelope, header lines, what was said on each hop "
                           "and its journey.\n\nClick a station to see its depot, its DNS cache, its PO boxes "
                           "and its counters."))),
      m_message(new MessageInspector),
      m_station(new StationInspector),
      m_index(std::make_unique<RecordIndex>())
{
    setObjectName(QStringLiteral("inspectorDock"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_hint->setMargin(16);
    m_stack->addWidget(m_hint);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_station);
    setWidget(m_stack);
    setMinimumWidth(420);
    // A new run after an intervention has other records from its moment on.
    connect(&m_player, &ScenarioPlayer::interventionsChanged, this, [this] {
        m_session = nullptr;
        m_index->reset();
        m_shownCursor = SIZE_MAX;
        m_stationStory.reset();
    });
}

InspectorDock::~InspectorDock() = default;

void InspectorDock::forget()
{
    m_target = Target::None;
    m_targetId.clear();
    m_session = nullptr;
    m_index->reset();
    m_stationStory.reset();
    m_shownCursor = SIZE_MAX;
    m_stack->setCurrentWidget(m_hint);
}

void InspectorDock::inspectMessage(const QString& id)
{
    m_target = Target::Message;
    m_targetId = id;
    m_shownCursor = SIZE_MAX;
    m_stack->setCurrentWidget(m_message);
    show();
    raise();
    refresh(m_player.clock().cursor(), m_player.clock().timeUs());
}

void InspectorDock::inspectStation(const QString& id)
{
    m_target = Target::Station;
    m_targetId = id;
    m_shownCursor = SIZE_MAX;
    m_stationStory.reset();
    m_stack->setCurrentWidget(m_station);
    show();
    raise();
    refresh(m_player.clock().cursor(), m_player.clock().timeUs());
}

void InspectorDock::showFrame(const TownFrame& frame)
{
    if (m_target == Target::None || isHidden()) return;
    refresh(frame.cursor, frame.timeUs);
}

void InspectorDock::refresh(std::size_t cursor, std::int64_t timeUs)
{
    const ScenarioSession* session = m_player.session();
    if (!session || m_target == Target::None) return;
    if (session != m_session) {
        m_index->reset();
        m_stationStory.reset();
        m_shownCursor = SIZE_MAX;
        m_session = session;
    }
    m_index->update(session->records());
    cursor = std::min(cursor, session->records().size());
    if (m_target == Target::Message) showMessageAt(*session, cursor, timeUs);
    else showStationAt(*session, cursor, timeUs);
}

void InspectorDock::showMessageAt(const ScenarioSession& session, std::size_t cursor, std::int64_t timeUs)
{
    const std::string id = m_targetId.toStdString();
    MessageStory story(id, session.narrator());
    const auto& records = session.records();
    const auto& positions = m_index->message(id);
    std::size_t applied = 0;
    for (std::uint32_t p : positions) {
        const auto& record = records[p];
        if (p < cursor) {
            story.apply(record);
            ++applied;
        }
        story.learnWording(record);
    }
    // The words change only when one of the letter's own records comes or goes (or a copy's
    // wording arrives); otherwise only the truck on the timeline moves.
    const std::size_t shown = applied * 2 + (story.headersKnown() ? 1 : 0);
    if (shown != m_shownCursor) m_message->showStory(story, timeUs, session.narrator());
    else m_message->showTime(story, timeUs, session.narrator());
    m_shownCursor = shown;
}

void InspectorDock::showStationAt(const ScenarioSession& session, std::size_t cursor, std::int64_t timeUs)
{
    const std::string id = m_targetId.toStdString();
    if (!m_stationStory || cursor < m_stationCursor) {
        // A step back: fold again from the start (a station's records only).
        m_stationStory = std::make_unique<StationStory>(id);
        m_stationApplied = 0;
    }
    const auto& positions = m_index->station(id);
    const auto& records = session.records();
    while (m_stationApplied < positions.size() && positions[m_stationApplied] < cursor) {
        const auto& record = records[positions[m_stationApplied]];
        m_stationStory->apply(record);
        ++m_stationApplied;
    }
    m_stationCursor = cursor;
    // Redrawn when the records shown change, or each simulated second (TTLs count down).
    const std::int64_t second = timeUs / 1000000;
    if (cursor == m_shownCursor && second == m_shownSecond) return;
    m_shownCursor = cursor;
    m_shownSecond = second;
    const StationSpec* spec = nullptr;
    for (const auto& s : session.spec().stations)
        if (s.id == id) spec = &s;
    m_station->showStory(*m_stationStory, spec, timeUs, session.narrator());
}

} // namespace postie::gui
