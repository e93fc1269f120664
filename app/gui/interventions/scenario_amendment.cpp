#include "interventions/scenario_amendment.h"

#include "scenario/scenario_editor.h"
#include "scenario/units.h"

namespace postie::gui {
namespace {

constexpr const char* kMark = "# added in the app";

} // namespace

std::string ScenarioAmendment::incidentEntry(const IncidentSpec& incident)
{
    std::vector<EntryField> fields{{"at", {formatDuration(incident.at)}}};
    if (!incident.station.empty()) fields.push_back({"station", {incident.station}});
    else fields.push_back({"road", {incident.road.first, incident.road.second}, true});
    fields.push_back({"go", {incident.goDown ? "down" : "up"}});
    if (incident.duration) fields.push_back({"for", {formatDuration(*incident.duration)}});
    return flowEntry(fields);
}

std::string ScenarioAmendment::letterEntry(const LetterSpec& letter)
{
    std::vector<EntryField> fields{{"at", {formatDuration(letter.at)}}, {"from", {letter.from}}, {"to", letter.to, true}};
    if (!letter.cc.empty()) fields.push_back({"cc", letter.cc, true});
    if (!letter.bcc.empty()) fields.push_back({"bcc", letter.bcc, true});
    if (!letter.subject.empty()) fields.push_back({"subject", {letter.subject}});
    fields.push_back({"size", {formatSize(letter.sizeBytes)}});
    return flowEntry(fields);
}

std::optional<std::string> ScenarioAmendment::amend(std::string_view text, const std::vector<Intervention>& interventions)
{
    ScenarioEditor editor{std::string(text)};
    // The letters first, then the incidents, each list in the order the changes were made.
    for (const auto& i : interventions)
        if (i.letter && !editor.append("mail", letterEntry(*i.letter), kMark).empty()) return std::nullopt;
    for (const auto& i : interventions)
        if (i.incident && !editor.append("incidents", incidentEntry(*i.incident), kMark).empty()) return std::nullopt;
    return editor.text();
}

} // namespace postie::gui
