#pragma once
// The way words of a dialogue travel between two stations that are not neighbours: the path
// of least latency over the scenario's roads, as the engine routes (ties go to the station
// first in the file). Drawing only: the engine decides, this follows.
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace postie {
struct ScenarioSpec;
}

namespace postie::gui {

class RoutePlanner {
public:
    RoutePlanner() = default;
    explicit RoutePlanner(const ScenarioSpec& spec);

    // Station ids from `from` to `to`, both included; empty when no road leads there.
    QStringList route(const QString& from, const QString& to) const;
    // One-way latency of the road between two neighbours, in microseconds (0 when none).
    qint64 latencyUs(const QString& a, const QString& b) const;

private:
    struct Road {
        int to;
        qint64 latencyUs;
    };
    QStringList compute(int from, int to) const;

    QStringList m_ids;
    QHash<QString, int> m_index;
    std::vector<std::vector<Road>> m_roads;
    mutable QHash<QString, QStringList> m_cache;
};

} // namespace postie::gui
