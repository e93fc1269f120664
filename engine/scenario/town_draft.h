#pragma once
// A town being built: a scenario's text edited station by station and road by road through
// the ScenarioEditor, so the file stays the teacher's (comments, order, layout), with undo and
// redo. Between edits the town may be unfinished (a sorting station without its domains): the
// draft keeps it and says what the loader finds. A value typed for a key is refused with the
// loader's own words when the loader finds that very value wrong, so it never reaches the file.
#include "scenario/scenario_editor.h"
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
    // What the map draws while the town may still be unfinished: every station that has an id
    // and a kind (with its label, group, device and position) and every road between two of
    // them, read without the loader's checks; when the town loads, the loader's own reading.
    ScenarioSpec sketch() const;

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
    // One key of a station (an empty id: of the scenario itself), as `postie-cli edit --set`;
    // no value leaves the key out, to have its default.
    std::string setStationKey(const std::string& id, std::string_view key, std::optional<std::string_view> value);
    // A new id for a station, everywhere the town names it (ScenarioEditor::renameStation).
    std::string renameStation(const std::string& from, const std::string& to);

    // The entries of the lists dns, mail and incidents: one added at the end (its fields as
    // flowEntry writes them), one key of entry `index` (from 0) set, one removed.
    std::string addEntry(std::string_view list, const std::vector<EntryField>& fields);
    // Adds a text to a list of texts (lesson.goals, lesson.recap).
    std::string addText(std::string_view list, std::string_view text);
    std::string setEntryKey(std::string_view list, std::size_t index, std::string_view key,
                            std::optional<std::string_view> value);
    std::string removeEntry(std::string_view list, std::size_t index);

    // The DNS helpers a beginner needs. The sorting station `id` becomes an MX of `domain`
    // (preference 10, or 10 more than the domain's last MX: a backup), and accepts it.
    std::string makeMx(const std::string& id, const std::string& domain);
    // An A record for the host `id` with an address no other record has (from 192.0.2.10).
    std::string giveAddress(const std::string& id);

    // A host name no station has yet, in the style of the bundled towns: mx1.example.org.
    std::string proposeId(StationKind kind) const;

    // Where a station or a road stands in its list (from 0), as setEntryKey takes it.
    std::optional<std::size_t> stationIndex(const std::string& id) const;
    std::optional<std::size_t> roadIndex(const std::string& a, const std::string& b) const;
    // Several stations moved as one edit (one undo step): pins a town laid out by the app.
    std::string moveStations(const std::vector<std::pair<std::string, std::pair<double, double>>>& places);

    bool canUndo() const { return !m_undo.empty(); }
    bool canRedo() const { return !m_redo.empty(); }
    bool undo();
    bool redo();

private:
    // `loaded`: the loader's reading of `text`, when the caller has it already.
    void commit(std::string text, std::optional<LoadResult> loaded = std::nullopt);
    // Commits `edited` unless the loader finds an error in it on the line the edit changed that
    // the text before had not: the value typed is wrong, and that error is returned.
    std::string commitChecked(std::string edited);

    std::string m_text;
    std::string m_fileName;
    std::vector<std::string> m_undo;  // the texts before each edit, the latest last
    std::vector<std::string> m_redo;
    mutable std::optional<LoadResult> m_loaded;
};

} // namespace postie
