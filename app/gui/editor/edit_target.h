#pragma once
// What the town editor has selected: the scenario itself, a station, a road, or an entry of one
// of the lists dns, mail and incidents. The properties panel shows its keys; Delete removes it.
#include <QString>

namespace postie::gui {

struct EditTarget {
    enum class Kind { None, Scenario, Station, Road, Entry };
    Kind kind = Kind::None;
    QString id;     // the station; a road's first end
    QString other;  // a road's second end
    QString list;   // an entry's list: "dns", "mail", "incidents"
    int index = -1; // an entry's place in its list, from 0

    static EditTarget scenario() { return {Kind::Scenario, {}, {}, {}, -1}; }
    static EditTarget station(const QString& id) { return {Kind::Station, id, {}, {}, -1}; }
    static EditTarget road(const QString& a, const QString& b) { return {Kind::Road, a, b, {}, -1}; }
    static EditTarget entry(const QString& list, int index) { return {Kind::Entry, {}, {}, list, index}; }

    bool operator==(const EditTarget&) const = default;
};

} // namespace postie::gui
