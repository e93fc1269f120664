#pragma once
// Edits a scenario file's own text: one value set (`postie-cli --set`), one entry added to a
// list (the app's "Save with my changes"). Only the edited place changes; the teacher's
// comments, order, spelling and layout stay as they were, and nothing is re-emitted. The result
// goes through the normal loader, so a bad value gets the same FILE:LINE:COL error as in a file.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace postie {

// The one quoting rule for values written into a scenario: as written when YAML reads that back
// as the same text anywhere (in a flow map too), else in double quotes with \-escapes.
std::string yamlScalar(std::string_view value);

struct ScenarioKey;
// Whether set() and setIn() can write the key: one value, or a list or map in brackets or
// braces for a key that holds one; not an id, a road's ends or a whole section.
bool editorCanSet(const ScenarioKey& key);

// One field of an entry added to a list: a key and its value, or a list of values.
struct EntryField {
    std::string key;
    std::vector<std::string> values;
    bool list = false;  // [a, b] even for one value
    bool raw = false;   // the one value written as given: a map in braces, {event: message.created}
};
// {key: value, key: [value, ...]} on one line, every value written by yamlScalar.
std::string flowEntry(const std::vector<EntryField>& fields);

class ScenarioEditor {
public:
    explicit ScenarioEditor(std::string text) : m_text(std::move(text)) {}

    const std::string& text() const { return m_text; }

    // Sets `key` of the station with id `station` (an empty id: a key of the scenario itself)
    // to `value`: where the value stands, or at the start of the station's map when the file
    // leaves the key out. The key must belong to the station's kind and hold one value, or a
    // list or map written in brackets or braces ("[a.test, b.test]", "{protocol: pop3}") for a
    // key that holds one; the value itself is left to the loader. Returns why it cannot, or nothing. `action` names the
    // edit in those messages ("--set").
    std::string set(std::string_view station, std::string_view key, std::string_view value,
                    std::string_view action = "set");

    // Adds `entry` (one line, like flowEntry gives) as the last item of the top-level list
    // `list` (mail, incidents), or of a list inside a top-level map that has entries already
    // (lesson.stops), followed on its line by `comment` when given. A top-level list the file
    // lacks is added at its end. Returns why it cannot (a list written in brackets), or nothing.
    std::string append(std::string_view list, std::string_view entry, std::string_view comment = {});

    // Sets `key` of entry `index` (from 0) of the top-level list `list` (dns, stations, roads,
    // mail, incidents) as set() does; the key must belong to that entry (a station's kind, a
    // letter or a generator). A `position` takes "[x, y]".
    std::string setIn(std::string_view list, std::size_t index, std::string_view key, std::string_view value,
                      std::string_view action = "set");

    // Takes `key` out of the station `station` (an empty id: the scenario itself), or of entry
    // `index` of `list`, so that the key has its default again; the loader says when it is
    // required. Nothing changes when the key is left out already.
    std::string leaveOut(std::string_view station, std::string_view key);
    std::string leaveOutIn(std::string_view list, std::size_t index, std::string_view key);

    // Removes entry `index` of the top-level list `list` with its lines. Comments and blank
    // lines around it stay: they may belong to its neighbours. A list in brackets is refused.
    std::string remove(std::string_view list, std::size_t index);

    // Renames the station `from` to `to` everywhere a station is named: its id, the roads, the
    // keys that name a station (submit_to, deliver_to, an incident's station, a lesson's
    // moments and choices) and the DNS records of that host name. Texts (labels, subjects, a
    // lesson's words) stay as written. The new id itself is left to the loader.
    std::string renameStation(std::string_view from, std::string_view to);

private:
    // set() and setIn(), or with no value leaveOut() and leaveOutIn().
    std::string edit(std::string_view station, std::string_view key, std::optional<std::string_view> value,
                     std::string_view action);
    std::string editIn(std::string_view list, std::size_t index, std::string_view key,
                       std::optional<std::string_view> value, std::string_view action);

    std::string m_text;
};

} // namespace postie
