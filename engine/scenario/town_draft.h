#pragma once
// A town being built: a scenario's text edited station by station and road by road through
// the ScenarioEditor, so the file stays the teacher's (comments, order, layout), with undo and
// redo. Between edits the town may be unfinished (a sorting station without its domains): the
// draft keeps it and says what the loader finds. A value typed for a key is refused with the
// loader's own words when the loader finds that very value wrong, so it never reaches the file.
#include "scenario/scenario_loader.h"
#include "scenario/scenario_spec.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace postie {

class TownDraft {
public:
    TownDraft(std::string text, std::string fileName);

    // A town with nothing in it yet, as File > New starts one.
    static std::string emptyTown();

    const std::string& text() const { return m_text; }
    const std::string& fileName() const { return m_fileName; }
    // The text as the loader reads it (kept until the next edit).
    const LoadResult& loaded() const;

    // Each edit returns why it cannot be made, or nothing; a refused edit changes nothing and
    // is not an undo step.
    // A new station of `kind` at (x, y) on the map, with an id proposed for it (`id`).
    std::string addStation(StationKind kind, double x, double y, std::string& id);
    std::string moveStation(const std::string& id, double x, double y);
    // The station and every road to it.
    std::string removeStation(const std::string& id);
    std::string addRoad(const std::string& a, const std::string& b, std::string_view latency);
    std::string setRoadLatency(const std::string& a, const std::string& b, std::string_view latency);
    std::string removeRoad(const std::string& a, const std::string& b);
    // One key of a station (an empty id: of the scenario itself), as `postie-cli edit --set`.
    std::string setStationKey(const std::string& id, std::string_view key, std::string_view value);

    // A host name no station has yet, in the style of the bundled towns: mx1.example.org.
    std::string proposeId(StationKind kind) const;

    bool canUndo() const { return !m_undo.empty(); }
    bool canRedo() const { return !m_redo.empty(); }
    bool undo();
    bool redo();

private:
    void commit(std::string text);
    // Refuses `edited` when the loader finds an error in it on the line the edit changed that
    // the text before had not: the value typed is wrong.
    std::string checkValue(const std::string& edited) const;
    std::optional<std::size_t> stationIndex(const std::string& id) const;
    std::optional<std::size_t> roadIndex(const std::string& a, const std::string& b) const;

    std::string m_text;
    std::string m_fileName;
    std::vector<std::string> m_undo;  // the texts before each edit, the latest last
    std::vector<std::string> m_redo;
    mutable std::optional<LoadResult> m_loaded;
};

} // namespace postie
