#include "shell/town_list_dock.h"

#include "replay/device_kind.h"
#include "replay/vocabulary.h"
#include "scenario/scenario_spec.h"
#include "scenario/units.h"

#include <QListWidget>

namespace postie::gui {
namespace {

// A heading line: read out, but not a thing to choose.
void addHeading(QListWidget& list, const QString& text)
{
    auto* item = new QListWidgetItem(text, &list);
    QFont bold = list.font();
    bold.setBold(true);
    item->setFont(bold);
    item->setFlags(Qt::ItemIsEnabled);
    item->setData(Qt::AccessibleTextRole, text);
}

void addLine(QListWidget& list, const QString& text)
{
    auto* item = new QListWidgetItem(text, &list);
    item->setData(Qt::AccessibleTextRole, text);
}

} // namespace

TownListDock::TownListDock(QWidget* parent) : QDockWidget(tr("Stations and roads"), parent), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("townListDock"));
    setAccessibleName(tr("Stations and roads"));
    m_list->setObjectName(QStringLiteral("townList"));
    m_list->setAccessibleName(tr("Stations and roads of the town"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    setWidget(m_list);
}

QString TownListDock::stationLine(const StationSpec& station)
{
    const StationKind k = station.kind;
    const std::string& id = station.id;
    const std::string& label = station.label;
    const QString postal = Vocabulary::headline(Vocabulary::word(k, Words::Postal));
    const QString email = Vocabulary::word(k, Words::Email);
    const QString name = QString::fromStdString(label.empty() ? id : label);
    QString line = tr("%1, %2: %3").arg(postal, email, name);
    if (!label.empty() && label != id) line += tr(", %1").arg(QString::fromStdString(id));
    if (k == StationKind::Client) line += tr(" (%1)").arg(Devices::words(Devices::fromKey(station.device)));
    return line;
}

void TownListDock::showTown(const ScenarioSpec& spec)
{
    m_list->clear();
    addHeading(*m_list, spec.stations.size() == 1 ? tr("1 station") : tr("%1 stations").arg(spec.stations.size()));
    for (const StationSpec& s : spec.stations) addLine(*m_list, stationLine(s));
    addHeading(*m_list, spec.roads.size() == 1 ? tr("1 road") : tr("%1 roads").arg(spec.roads.size()));
    for (const RoadSpec& r : spec.roads)
        addLine(*m_list, tr("Road from %1 to %2: %3 each way")
                             .arg(QString::fromStdString(r.a), QString::fromStdString(r.b),
                                  QString::fromStdString(formatDuration(r.latency))));
}

QStringList TownListDock::lines() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) out << m_list->item(i)->text();
    return out;
}

} // namespace postie::gui
