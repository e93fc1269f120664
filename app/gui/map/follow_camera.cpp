#include "map/follow_camera.h"

#include "map/station_item.h"
#include "map/town_scene.h"
#include "map/town_view.h"
#include "map/truck_item.h"
#include "replay/scenario_player.h"
#include "replay/scenario_session.h"

#include <QAction>

namespace postie::gui {

FollowCamera::FollowCamera(ScenarioPlayer& player, TownScene& scene, TownView& view, QObject* parent)
    : QObject(parent),
      m_player(player),
      m_scene(scene),
      m_view(view),
      m_followAction(new QAction(tr("Follow the &letter"), this)),
      //: Stop keeping the followed letter in the middle of the map.
      m_stopAction(new QAction(tr("Stop following"), this))
{
    setObjectName(QStringLiteral("followCamera"));
    m_followAction->setCheckable(true);
    m_followAction->setShortcut(Qt::Key_C);
    m_followAction->setToolTip(tr("Keep the letter clicked last in the middle of the map (Esc or F stops)"));
    connect(m_followAction, &QAction::triggered, this, [this](bool on) {
        if (!on) stop();
        else if (!start()) m_followAction->setChecked(false);  // no letter to follow yet
    });
    connect(this, &FollowCamera::followingChanged, m_followAction, &QAction::setChecked);
    m_stopAction->setShortcut(Qt::Key_Escape);
    connect(m_stopAction, &QAction::triggered, this, &FollowCamera::stop);
    connect(&scene, &TownScene::messageClicked, this, [this](const QString& message) {
        m_clicked = message;
        if (following()) follow(message);  // while following, a click switches letters
    });
    connect(&player, &ScenarioPlayer::opened, this, [this] {
        m_clicked.clear();
        stop();
    });
}

QString FollowCamera::chosen() const
{
    if (!m_clicked.isEmpty()) return m_clicked;
    const ScenarioSession* session = m_player.session();
    const std::size_t cursor = m_player.clock().cursor();
    if (session && cursor > 0 && cursor <= session->records().size()) {
        const auto& record = session->records()[cursor - 1];
        if (!record.message.empty()) return QString::fromStdString(record.message);
    }
    const QList<TruckItem*> trucks = m_scene.trucks();
    return trucks.isEmpty() ? QString() : trucks.front()->message();
}

bool FollowCamera::start()
{
    const QString message = chosen();
    if (message.isEmpty()) return false;
    follow(message);
    return true;
}

void FollowCamera::follow(const QString& message)
{
    const bool was = following();
    m_message = message;
    m_stationCursor = std::size_t(-1);
    if (m_view.zoom() < kZoom) m_view.setZoom(kZoom);
    aim();
    if (!was) emit followingChanged(true);
}

void FollowCamera::stop()
{
    if (!following()) return;
    m_message.clear();
    emit followingChanged(false);
}

void FollowCamera::aim()
{
    if (!following()) return;
    for (TruckItem* truck : m_scene.trucks())
        if (truck->message() == m_message) {
            m_view.centerOn(truck->sceneBoundingRect().center());
            return;
        }
    if (StationItem* station = m_scene.station(lastStation(m_player.clock().cursor())))
        m_view.centerOn(station->sceneBoundingRect().center());
}

// Where the letter is while no truck carries it: the station it last arrived at or was
// written at, from the records before the cursor. Worked out once per cursor.
QString FollowCamera::lastStation(std::size_t cursor)
{
    if (cursor == m_stationCursor) return m_station;
    m_stationCursor = cursor;
    m_station.clear();
    const ScenarioSession* session = m_player.session();
    if (!session) return m_station;
    const std::string message = m_message.toStdString();
    const auto& records = session->records();
    for (std::size_t i = std::min(cursor, records.size()); i-- > 0;) {
        if (records.message(i) != message) continue;  // one field: this may look far back
        const auto& record = records[i];
        if (record.type == EventType::RoadArrive) {
            m_station = QString::fromStdString(record.to.empty() ? record.station : record.to);
            break;
        }
        if (record.type == EventType::MessageCreated || record.type == EventType::QueueEnter ||
            record.type == EventType::MailboxStored) {
            m_station = QString::fromStdString(record.station);
            break;
        }
    }
    return m_station;
}

} // namespace postie::gui
