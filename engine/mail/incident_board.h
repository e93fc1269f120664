#pragma once
// Faults on a timeline: stations and roads going down and coming back up at set times.
#include "mail/incident.h"
#include "sim/simulation.h"

#include <vector>

namespace postie {

class World;

class IncidentBoard : public EventHandler {
public:
    IncidentBoard(World& world, std::vector<Incident> incidents);
    void start();
    void handleEvent(const Event& event) override;

private:
    struct Change {
        Incident what;
        bool up = false;
    };
    void apply(const Change& change);

    World& m_world;
    std::uint32_t m_handler;
    std::vector<Change> m_changes;
};

} // namespace postie
