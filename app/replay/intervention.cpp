#include "replay/intervention.h"

#include "scenario/units.h"

#include <QCoreApplication>

namespace postie::gui {

Intervention Intervention::station(SimTime at, const std::string& id, bool goDown)
{
    IncidentSpec spec;
    spec.at = at;
    spec.station = id;
    spec.goDown = goDown;
    return Intervention{spec, std::nullopt};
}

Intervention Intervention::road(SimTime at, const std::string& a, const std::string& b, bool goDown)
{
    IncidentSpec spec;
    spec.at = at;
    spec.road = {a, b};
    spec.goDown = goDown;
    return Intervention{spec, std::nullopt};
}

Intervention Intervention::write(LetterSpec letter) { return Intervention{std::nullopt, std::move(letter)}; }

// In the context "Intervention", written out at each call so that lupdate finds it there too.
QString Intervention::describe() const
{
    const QString when = QString::fromStdString(formatDuration(at()));
    if (letter) {
        const QString to = letter->to.empty() ? QString() : QString::fromStdString(letter->to.front());
        return QCoreApplication::translate("Intervention", "at %1: a letter from %2 to %3")
            .arg(when, QString::fromStdString(letter->from), to);
    }
    if (!incident->station.empty())
        return (incident->goDown ? QCoreApplication::translate("Intervention", "at %1: %2 taken down")
                                 : QCoreApplication::translate("Intervention", "at %1: %2 brought up"))
            .arg(when, QString::fromStdString(incident->station));
    const QString road = QStringLiteral("%1 – %2").arg(QString::fromStdString(incident->road.first),
                                                        QString::fromStdString(incident->road.second));
    return (incident->goDown ? QCoreApplication::translate("Intervention", "at %1: road %2 cut")
                             : QCoreApplication::translate("Intervention", "at %1: road %2 mended"))
        .arg(when, road);
}

ScenarioSpec withInterventions(ScenarioSpec base, const std::vector<Intervention>& interventions)
{
    for (const auto& i : interventions) {
        if (i.incident) base.incidents.push_back(*i.incident);
        if (i.letter) base.letters.push_back(*i.letter);
    }
    return base;
}

} // namespace postie::gui
