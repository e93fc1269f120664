#pragma once
// A change the class makes while watching: a station or road taken down or brought back, or a
// letter written, at one moment of the run. The engine is deterministic, so an intervention is
// simply one more incident or letter in the scenario, and the run is worked out again with it.
#include "scenario/scenario_spec.h"

#include <QString>

#include <optional>
#include <vector>

namespace postie::gui {

struct Intervention {
    std::optional<IncidentSpec> incident;  // exactly one of the two
    std::optional<LetterSpec> letter;

    static Intervention station(SimTime at, const std::string& id, bool goDown);
    static Intervention road(SimTime at, const std::string& a, const std::string& b, bool goDown);
    static Intervention write(LetterSpec letter);

    SimTime at() const { return incident ? incident->at : letter->at; }
    QString describe() const;  // "12:00:03 mx1.example.org taken down"
};

// The file's scenario with the interventions added after its own incidents and letters, in
// the order they were made: the same order a saved file gives them (ScenarioAmendment).
ScenarioSpec withInterventions(ScenarioSpec base, const std::vector<Intervention>& interventions);

} // namespace postie::gui
