#include "editor/town_editor.h"

#include "map/station_item.h"
#include "map/town_scene.h"
#include "map/town_view.h"
#include "scenario/list_entry_places.h"
#include "scenario/scenario_loader.h"
#include "scenario/yaml_guard.h"

#include <QAction>
#include <QGraphicsSimpleTextItem>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QWidget>

#include <cmath>

namespace postie::gui {
namespace {

std::string str(const QString& s) { return s.toStdString(); }

} // namespace

TownEditor::TownEditor(QWidget& window, TownScene& scene, TownView& view)
    : QObject(&window), m_window(window), m_scene(scene), m_view(view)
{
    setObjectName(QStringLiteral("townEditor"));
    m_edit = new QAction(tr("&Edit the town"), this);
    m_edit->setObjectName(QStringLiteral("editTownAction"));
    m_edit->setCheckable(true);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_edit->setToolTip(tr("Build or change the town: add stations, lay roads, set their keys (Ctrl+Shift+E); "
                          "press it again to play the town"));
    m_edit->setEnabled(false);
    connect(m_edit, &QAction::triggered, this, [this](bool on) {
        if (on == m_editing) return;
        if (!on) {
            QStringList errors;
            if (!finish(&errors)) emit problem(errors.join(QLatin1Char('\n')));
        }
        // Turning it on is the window's: it knows which file is open (beginFile).
    });

    //: Edit menu, in edit mode: undo the last change to the town.
    m_undo = new QAction(tr("&Undo town edit"), this);
    m_undo->setObjectName(QStringLiteral("undoTownEditAction"));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    connect(m_undo, &QAction::triggered, this, [this] { undo(); });
    m_redo = new QAction(tr("&Redo town edit"), this);
    m_redo->setObjectName(QStringLiteral("redoTownEditAction"));
    m_redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    connect(m_redo, &QAction::triggered, this, [this] { redo(); });
    m_delete = new QAction(tr("&Delete from the town"), this);
    m_delete->setObjectName(QStringLiteral("deleteFromTownAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    // Delete in a field of the panel deletes a character, not the station.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_delete, &QAction::triggered, this, [this] {
        if (const QString error = removeSelected(); !error.isEmpty()) emit problem(error);
    });
    m_save = new QAction(tr("&Save the town"), this);
    m_save->setObjectName(QStringLiteral("saveTownAction"));
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, [this] {
        if (m_path.isEmpty()) saveWithDialog();
        else if (QString error; !saveTo(m_path, &error)) emit problem(error);
    });
    m_saveAs = new QAction(tr("Save the town &as…"), this);
    m_saveAs->setObjectName(QStringLiteral("saveTownAsAction"));
    m_saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAs, &QAction::triggered, this, &TownEditor::saveWithDialog);
    updateActions();
}

TownEditor::~TownEditor() = default;

void TownEditor::begin(const std::string& text, const QString& path)
{
    m_path = path;
    m_savedText = path.isEmpty() ? std::string() : text;
    m_draft = std::make_unique<TownDraft>(text, str(path.isEmpty() ? QStringLiteral("new-town.yaml") : QFileInfo(path).fileName()));
    m_selection = EditTarget::scenario();
    setEditing(true);
    redraw();
    m_view.fitTown();
    emit draftChanged();
    emit selectionChanged(m_selection);
}

void TownEditor::resume()
{
    if (!m_draft) return;
    setEditing(true);
    redraw();
    m_view.fitTown();
    emit draftChanged();
    emit selectionChanged(m_selection);
}

void TownEditor::stop()
{
    if (m_editing) setEditing(false);
}

bool TownEditor::beginFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit problem(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    // A file far too large for a scenario (2 GB, say) is not read into memory to be edited:
    // the loader's own words say why.
    if (file.size() > qint64(kMaxScenarioBytes)) {
        emit problem(QStringLiteral("%1: %2").arg(path, QString::fromStdString(scenario_reading::tooLarge(std::uintmax_t(file.size())))));
        return false;
    }
    const QByteArray bytes = file.read(qint64(kMaxScenarioBytes) + 1);
    begin(bytes.toStdString(), path);
    return true;
}

bool TownEditor::finish(QStringList* errors)
{
    if (!m_draft) return false;
    const LoadResult& read = m_draft->loaded();
    if (!read.ok()) {
        if (errors)
            for (const auto& d : read.errors) *errors << QString::fromStdString(d.format());
        m_edit->setChecked(true);
        return false;
    }
    setEditing(false);
    emit playRequested(m_path, *read.spec);
    return true;
}

bool TownEditor::modified() const { return m_draft && m_draft->text() != m_savedText; }

void TownEditor::setEditing(bool on)
{
    m_editing = on;
    m_scene.setEditing(on);
    m_edit->setEnabled(true);
    m_edit->setChecked(on);
    updateActions();
    emit editingChanged(on);
}

void TownEditor::updateActions()
{
    const bool on = m_editing && m_draft;
    m_undo->setEnabled(on && m_draft->canUndo());
    m_redo->setEnabled(on && m_draft->canRedo());
    m_delete->setEnabled(on && m_selection.kind != EditTarget::Kind::None && m_selection.kind != EditTarget::Kind::Scenario);
    m_save->setEnabled(on);
    m_saveAs->setEnabled(on);
}

void TownEditor::redraw()
{
    if (!m_draft) return;
    const ScenarioSpec sketch = m_draft->sketch();
    m_scene.buildTown(sketch);
    if (m_selection.kind == EditTarget::Kind::Station) m_scene.highlight({}, m_selection.id);
    if (sketch.stations.empty()) {
        // An empty sheet says what to do with it.
        //: On the empty map of a new town, in large type.
        QGraphicsSimpleTextItem* hint = m_scene.addSimpleText(tr("Drag a station from the palette onto the map"));
        QFont font = hint->font();
        font.setPointSizeF(font.pointSizeF() * 2);
        hint->setFont(font);
        hint->setBrush(m_view.palette().color(QPalette::PlaceholderText));
        hint->setPos(m_scene.sceneRect().center() - hint->boundingRect().center());
    }
}

void TownEditor::select(const EditTarget& target)
{
    m_selection = target;
    m_scene.highlight({}, target.kind == EditTarget::Kind::Station ? target.id : QString());
    updateActions();
    emit selectionChanged(target);
}

QString TownEditor::made(const std::string& error)
{
    if (!error.empty()) return QString::fromStdString(error);
    // A selection that is gone (undone, deleted, renamed) falls back to the town itself.
    if (m_selection.kind == EditTarget::Kind::Station && !m_draft->stationIndex(str(m_selection.id)))
        m_selection = EditTarget::scenario();
    if (m_selection.kind == EditTarget::Kind::Road && !m_draft->roadIndex(str(m_selection.id), str(m_selection.other)))
        m_selection = EditTarget::scenario();
    redraw();
    updateActions();
    emit draftChanged();
    emit selectionChanged(m_selection);
    return {};
}

QString TownEditor::pinLayout()
{
    const ScenarioSpec sketch = m_draft->sketch();
    std::vector<std::pair<std::string, std::pair<double, double>>> places;
    bool laidOut = false;
    for (const auto& s : sketch.stations) {
        laidOut = laidOut || !s.position;
        if (const StationItem* item = m_scene.station(QString::fromStdString(s.id)))
            places.push_back({s.id, {std::round(item->pos().x()), std::round(item->pos().y())}});
    }
    if (!laidOut) return {};
    return QString::fromStdString(m_draft->moveStations(places));
}

QString TownEditor::addStation(StationKind kind, const QPointF& at, QString* id)
{
    if (!m_draft) return {};
    if (QString error = pinLayout(); !error.isEmpty()) return error;
    std::string made_id;
    const std::string error = m_draft->addStation(kind, std::round(at.x()), std::round(at.y()), made_id);
    if (error.empty()) {
        m_selection = EditTarget::station(QString::fromStdString(made_id));
        if (id) *id = QString::fromStdString(made_id);
    }
    return made(error);
}

QString TownEditor::moveStation(const QString& id, const QPointF& at)
{
    if (!m_draft) return {};
    if (QString error = pinLayout(); !error.isEmpty()) return error;
    return made(m_draft->moveStation(str(id), std::round(at.x()), std::round(at.y())));
}

QString TownEditor::addRoad(const QString& a, const QString& b)
{
    if (!m_draft) return {};
    const std::string error = m_draft->addRoad(str(a), str(b), kNewRoadLatency);
    if (error.empty()) m_selection = EditTarget::road(a, b);
    return made(error);
}

namespace {

// One key of the target set in `draft` (an empty value leaves it out); why not, in the loader's words.
std::string applyKey(TownDraft& draft, const EditTarget& target, const QString& key, const QString& text)
{
    const std::string written = str(text);
    const std::optional<std::string_view> value =
        text.isEmpty() ? std::nullopt : std::optional<std::string_view>(written);
    switch (target.kind) {
    case EditTarget::Kind::Scenario: return draft.setStationKey({}, str(key), value);
    case EditTarget::Kind::Station:
        if (key == QLatin1String("id")) return draft.renameStation(str(target.id), written);
        return draft.setStationKey(str(target.id), str(key), value);
    case EditTarget::Kind::Road:
        if (const auto index = draft.roadIndex(str(target.id), str(target.other)))
            return draft.setEntryKey("roads", *index, str(key), value);
        return {};
    case EditTarget::Kind::Entry: return draft.setEntryKey(str(target.list), std::size_t(target.index), str(key), value);
    case EditTarget::Kind::None: break;
    }
    return {};
}

} // namespace

QString TownEditor::setKey(const EditTarget& target, const QString& key, const QString& value)
{
    if (!m_draft) return {};
    if (target.kind == EditTarget::Kind::Station && key == QLatin1String("id")) return renameStation(target.id, value);
    return made(applyKey(*m_draft, target, key, value));
}

QString TownEditor::check(const EditTarget& target, const QString& key, const QString& value) const
{
    if (!m_draft) return {};
    TownDraft trial(m_draft->text(), m_draft->fileName());  // the same edit on a copy, thrown away
    return QString::fromStdString(applyKey(trial, target, key, value));
}

QString TownEditor::renameStation(const QString& from, const QString& to)
{
    if (!m_draft) return {};
    const std::string error = m_draft->renameStation(str(from), str(to));
    if (error.empty() && m_selection == EditTarget::station(from)) m_selection = EditTarget::station(to);
    return made(error);
}

QString TownEditor::makeMx(const QString& id, const QString& domain)
{
    return m_draft ? made(m_draft->makeMx(str(id), str(domain))) : QString();
}

QString TownEditor::giveAddress(const QString& id) { return m_draft ? made(m_draft->giveAddress(str(id))) : QString(); }

QString TownEditor::addEntry(const QString& list, const std::vector<EntryField>& fields)
{
    if (!m_draft) return {};
    const std::string error = m_draft->addEntry(str(list), fields);
    if (error.empty())  // the new entry is the list's last: its keys show at once
        m_selection = EditTarget::entry(list, int(topLevelEntries(m_draft->text(), str(list)).size()) - 1);
    return made(error);
}

QString TownEditor::addText(const QString& list, const QString& text)
{
    if (!m_draft) return {};
    const std::string error = m_draft->addText(str(list), str(text));
    if (error.empty()) m_selection = EditTarget::entry(list, int(topLevelEntries(m_draft->text(), str(list)).size()) - 1);
    return made(error);
}

QString TownEditor::removeSelected()
{
    if (!m_draft || !m_editing) return {};
    const EditTarget target = m_selection;
    m_selection = EditTarget::scenario();
    switch (target.kind) {
    case EditTarget::Kind::Station: return made(m_draft->removeStation(str(target.id)));
    case EditTarget::Kind::Road: return made(m_draft->removeRoad(str(target.id), str(target.other)));
    case EditTarget::Kind::Entry: return made(m_draft->removeEntry(str(target.list), std::size_t(target.index)));
    default: m_selection = target; return {};
    }
}

QString TownEditor::undo() { return m_draft && m_draft->undo() ? made({}) : QString(); }

QString TownEditor::redo() { return m_draft && m_draft->redo() ? made({}) : QString(); }

bool TownEditor::saveTo(const QString& path, QString* error)
{
    if (!m_draft) return false;
    // Written beside the file and renamed over it: a full disk never leaves half a town.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    const std::string& text = m_draft->text();
    file.write(text.data(), qint64(text.size()));
    if (!file.commit()) {
        if (error) *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    m_path = path;
    m_savedText = text;
    emit draftChanged();  // the title's mark of unsaved changes goes
    return true;
}

bool TownEditor::saveWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("Save the town"),
                                                      m_path.isEmpty() ? QStringLiteral("my-town.yaml") : m_path,
                                                      tr("Scenario files (*.yaml *.yml)"));
    if (path.isEmpty()) return false;
    QString error;
    if (!saveTo(path, &error)) {
        emit problem(error);
        return false;
    }
    return true;
}

} // namespace postie::gui
