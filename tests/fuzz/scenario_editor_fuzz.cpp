// Any text given to the editors (postie-cli edit, the town editor mending a broken file) gives
// an edit or a reason, never a crash, a hang or an exception: the scenario editor's set, setIn,
// remove and rename, and the town draft's sketch, fields and edits. The first byte chooses the
// edit; the rest is the text.
#include "scenario/entry_fields.h"
#include "scenario/list_entry_places.h"
#include "scenario/scenario_editor.h"
#include "scenario/town_draft.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) return 0;
    const unsigned choice = data[0];
    const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
    static const char* const kLists[] = {"stations", "roads", "dns", "mail", "incidents", "lesson.stops", "lesson.goals", "lesson.recap"};
    static const char* const kValues[] = {"1", "[a.test, b.test]", "{protocol: pop3, every: 10m}", "[, x]", "{en: A, de: B}", "x?"};
    const char* list = kLists[choice % 8];
    const char* value = kValues[(choice / 8) % 6];

    {
        postie::ScenarioEditor editor(text);
        (void)editor.set("", "seed", value);
        (void)editor.setIn(list, choice % 3, "latency", value);
        (void)editor.setIn(list, 0, "say", value);
        (void)editor.setIn(list, 0, "goals", value);
        (void)editor.leaveOutIn(list, 0, "latency");
        (void)editor.leaveOut("", "seed");
        (void)editor.remove(list, choice % 2);
        (void)editor.renameStation("a", "b");
        (void)editor.append(list, "{id: z, kind: router}");
    }
    {
        postie::TownDraft draft(text, "fuzz.yaml");
        const postie::ScenarioSpec sketch = draft.sketch();
        (void)postie::scenarioFields(text);
        (void)postie::entryFields(text, list, 0);
        if (!sketch.stations.empty()) {
            const std::string& id = sketch.stations.front().id;
            (void)postie::stationFields(text, id);
            (void)draft.setStationKey(id, "label", value);
            (void)draft.setStationKey(id, "label", std::nullopt);
            (void)draft.moveStation(id, 10, 20);
            (void)draft.giveAddress(id);
            (void)draft.removeStation(id);
            (void)draft.undo();
        }
    }
    return 0;
}
