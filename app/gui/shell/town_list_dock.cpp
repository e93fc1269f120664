#include "shell/town_list_dock.h"

#include "replay/device_kind.h"
#include "replay/station_labels.h"
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
    const QString id = QString::fromStdString(station.id);
    const QString label = stationLabel(station);  // in the app's language
    const QString postal = Vocabulary::headline(Vocabulary::word(k, Words::Postal));
    const QString email = Vocabulary::word(k, Words::Email);
    const QString name = label.isEmpty() ? id : label;
    //: A station in the list of the town: its kind in the postal picture, in email words, and its
    //: name: "Post office, outgoing SMTP server (MSA): Sender's post office".
    QString line = tr("%1, %2: %3").arg(postal, email, name);
    //: After a station's name, its host name when the name is another: "…: Sender's post office, smtp.sender.test".
    if (!label.isEmpty() && label != id) line += tr(", %1").arg(id);
    //: After a writer's station, what device it is: "… alice (a laptop)".
    if (k == StationKind::Client) line += tr(" (%1)").arg(Devices::words(Devices::fromKey(station.device)));
    return line;
}

void TownListDock::showTown(const ScenarioSpec& spec)
{
    m_list->clear();
    addHeading(*m_list, tr("%Ln station(s)", nullptr, int(spec.stations.size())));
    for (const StationSpec& s : spec.stations) addLine(*m_list, stationLine(s));
    addHeading(*m_list, tr("%Ln road(s)", nullptr, int(spec.roads.size())));
    for (const RoadSpec& r : spec.roads)
        //: A road in the list of the town; the time is written as the scenario file writes it ("20ms").
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
