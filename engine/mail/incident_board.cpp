#include "mail/incident_board.h"

#include "mail/world.h"

namespace postie {

IncidentBoard::IncidentBoard(World& world, std::vector<Incident> incidents)
    : m_world(world), m_handler(world.sim().addHandler(this))
{
    for (auto& inc : incidents) {
        m_changes.push_back({inc, !inc.goDown});
        if (inc.duration) {  // `for:` undoes the change later
            Incident back = inc;
            back.at = inc.at + *inc.duration;
            back.goDown = !inc.goDown;
            back.duration.reset();
            m_changes.push_back({back, inc.goDown});
        }
    }
}

void IncidentBoard::start()
{
    for (std::size_t i = 0; i < m_changes.size(); ++i)
        m_world.sim().schedule(m_changes[i].what.at, m_handler, 0, i, EventPriority::Incident);
}

void IncidentBoard::handleEvent(const Event& e) { apply(m_changes[e.arg]); }

void IncidentBoard::apply(const Change& c)
{
    if (!c.what.station.empty()) {
        if (Station* s = m_world.findStation(c.what.station)) m_world.setStationUp(*s, c.up);
        return;
    }
    Station* a = m_world.findStation(c.what.road.first);
    Station* b = m_world.findStation(c.what.road.second);
    if (!a || !b) return;
    if (auto road = m_world.roads().findRoad(a->index(), b->index())) m_world.setRoadUp(*road, c.up);
}

} // namespace postie
