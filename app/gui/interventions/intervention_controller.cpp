#include "interventions/intervention_controller.h"

#include "interventions/letter_dialog.h"
#include "interventions/scenario_amendment.h"
#include "map/road_item.h"
#include "map/station_item.h"
#include "map/town_view.h"
#include "replay/scenario_player.h"
#include "replay/scenario_session.h"
#include "scenario/scenario_loader.h"
#include "scenario/units.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QMenu>
#include <QMessageBox>

namespace postie::gui {

InterventionController::InterventionController(ScenarioPlayer& player, TownView& view, QWidget* window)
    : QObject(window),
      m_player(player),
      m_view(view),
      m_window(window),
      m_writeLetter(new QAction(tr("&Write a letter…"), this)),
      m_undo(new QAction(tr("&Undo intervention"), this)),
      m_save(new QAction(tr("&Save with my changes…"), this))
{
    setObjectName(QStringLiteral("interventions"));
    m_writeLetter->setShortcut(QKeySequence::New);
    m_undo->setShortcut(QKeySequence::Undo);
    connect(m_writeLetter, &QAction::triggered, this, &InterventionController::writeLetter);
    connect(m_undo, &QAction::triggered, &m_player, &ScenarioPlayer::undoIntervention);
    connect(m_save, &QAction::triggered, this, &InterventionController::chooseSaveFile);
    connect(&m_player, &ScenarioPlayer::interventionsChanged, this, &InterventionController::update);
    m_view.setContextMenuPolicy(Qt::CustomContextMenu);
    connect(&m_view, &QWidget::customContextMenuRequested, this, &InterventionController::showMenuAt);
    update();
}

void InterventionController::update()
{
    const bool open = m_player.hasScenario();
    const auto& made = m_player.interventions();
    m_writeLetter->setEnabled(open);
    m_save->setEnabled(open);
    m_undo->setEnabled(!made.empty());
    //: "Undo" and what it undoes: "Undo at 2m: mx1.example.org taken down".
    m_undo->setStatusTip(made.empty() ? QString() : tr("Undo %1").arg(made.back().describe()));
}

QMenu* InterventionController::menuFor(QGraphicsItem* item, QWidget* parent)
{
    while (item && item->type() != StationItem::Type && item->type() != RoadItem::Type) item = item->parentItem();
    if (!item || !m_player.hasScenario()) return nullptr;
    auto* menu = new QMenu(parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const SimTime at = m_player.interventionTime();
    if (auto* station = qgraphicsitem_cast<StationItem*>(item)) {
        const std::string id = station->id().toStdString();
        menu->addSection(station->name());
        //: A station's menu on the map: close the station now (it refuses letters).
        QAction* down = menu->addAction(tr("Take down"), this, [this, at, id] {
            m_player.intervene(Intervention::station(at, id, true));
        });
        //: A station's menu on the map: open the closed station again.
        QAction* up = menu->addAction(tr("Bring up"), this, [this, at, id] {
            m_player.intervene(Intervention::station(at, id, false));
        });
        down->setEnabled(!station->closed());
        up->setEnabled(station->closed());
        return menu;
    }
    auto* road = qgraphicsitem_cast<RoadItem*>(item);
    const std::string a = road->a()->id().toStdString();
    const std::string b = road->b()->id().toStdString();
    menu->addSection(tr("Road %1 – %2").arg(road->a()->id(), road->b()->id()));
    //: A road's menu on the map: cut the road now (nothing gets through).
    QAction* cut = menu->addAction(tr("Cut road"), this, [this, at, a, b] {
        m_player.intervene(Intervention::road(at, a, b, true));
    });
    //: A road's menu on the map: mend the cut road.
    QAction* mend = menu->addAction(tr("Mend road"), this, [this, at, a, b] {
        m_player.intervene(Intervention::road(at, a, b, false));
    });
    cut->setEnabled(!road->closed());
    mend->setEnabled(road->closed());
    return menu;
}

void InterventionController::showMenuAt(const QPoint& viewPos)
{
    if (QMenu* menu = menuFor(m_view.itemAt(viewPos), &m_view)) menu->popup(m_view.viewport()->mapToGlobal(viewPos));
}

void InterventionController::writeLetter()
{
    const ScenarioSession* session = m_player.session();
    if (!session) return;
    m_player.clock().pause();
    if (m_dialog) m_dialog->close();
    const SimTime at = m_player.interventionTime();
    const QString clock = m_player.frame().clock.empty() ? QString::fromStdString(formatDuration(at))
                                                         : QString::fromStdString(m_player.frame().clock);
    m_dialog = new LetterDialog(session->spec(), at, clock, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (m_dialog) m_player.intervene(Intervention::write(m_dialog->letter()));
    });
    m_dialog->open();
}

QString InterventionController::saveWithChanges(const QString& path) const
{
    const ScenarioSession* session = m_player.session();
    if (!session) return tr("No scenario is open.");
    QFile original(session->path());
    if (!original.open(QIODevice::ReadOnly)) return tr("%1 cannot be read.").arg(session->path());
    const std::optional<std::string> text =
        ScenarioAmendment::amend(original.readAll().toStdString(), m_player.interventions());
    if (!text) return tr("The file's incidents: or mail: list is written in a way that cannot be extended.");
    // The saved file must load and hold exactly the run on screen.
    const LoadResult check = loadScenarioText(*text, path.toStdString());
    const ScenarioSpec& shown = session->spec();
    if (!check.ok() || check.spec->incidents.size() != shown.incidents.size() ||
        check.spec->letters.size() != shown.letters.size())
        return tr("The changes could not be written into this file's text.");
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) return tr("%1 cannot be written.").arg(path);
    out.write(QByteArray::fromStdString(*text));
    return out.error() == QFileDevice::NoError ? QString() : out.errorString();
}

void InterventionController::chooseSaveFile()
{
    const ScenarioSession* session = m_player.session();
    if (!session) return;
    const QFileInfo info(session->path());
    //: Added to a file's name for the copy saved with the changes: "lesson-changed.yaml". No spaces.
    const QString suggested = info.dir().filePath(info.completeBaseName() + tr("-changed") + QStringLiteral(".yaml"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save with my changes"), suggested,
                                                      tr("Scenario files (*.yaml *.yml)"));
    if (path.isEmpty()) return;
    const QString problem = saveWithChanges(path);
    if (!problem.isEmpty()) QMessageBox::warning(m_window, tr("Cannot save"), problem);
}

} // namespace postie::gui
