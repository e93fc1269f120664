#pragma once
// Writes the class's interventions into a scenario file's own text through the engine's
// ScenarioEditor: each one becomes a line at the end of the file's `incidents:` or `mail:` block
// (a block is added when there is none), so the teacher's comments, order and spelling stay as
// they were. Nothing is re-emitted.
#include "replay/intervention.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace postie::gui {

class ScenarioAmendment {
public:
    // The text with the interventions added; nothing when a block is written in a way this
    // cannot extend (a flow list spread over several lines, say).
    static std::optional<std::string> amend(std::string_view text, const std::vector<Intervention>& interventions);

    // One flow-style entry, as docs/scenarios.md writes them, quoted by the editor's one rule.
    static std::string incidentEntry(const IncidentSpec& incident);
    static std::string letterEntry(const LetterSpec& letter);
};

} // namespace postie::gui
