#pragma once
// Edit mode: the town on the map becomes a TownDraft the teacher changes with the mouse and the
// properties panel, never seeing YAML. Every edit goes through the draft (so through the
// engine's one scenario editor) and is one undo step; the map is drawn again from the draft
// after each. Leaving edit mode plays the edited town at once, or says what keeps it from
// loading, in the loader's words, and stays.
#include "editor/edit_target.h"
#include "scenario/scenario_spec.h"
#include "scenario/town_draft.h"

#include <QObject>
#include <QPointF>
#include <QStringList>

#include <memory>
#include <optional>

class QAction;
class QWidget;

namespace postie::gui {

class TownScene;
class TownView;

class TownEditor : public QObject {
    Q_OBJECT
public:
    TownEditor(QWidget& window, TownScene& scene, TownView& view);
    ~TownEditor() override;

    // Edit > Edit the town (Ctrl+Shift+E; Ctrl+E is "end of line" in a field): checked while editing.
    QAction* editAction() const { return m_edit; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QAction* deleteAction() const { return m_delete; }
    QAction* saveAction() const { return m_save; }
    QAction* saveAsAction() const { return m_saveAs; }

    bool editing() const { return m_editing; }
    // Starts editing `text`, to be saved to `path` (empty: a new town, saved with Save As).
    void begin(const std::string& text, const QString& path);
    // Starts editing the file at `path`.
    bool beginFile(const QString& path);
    // Goes back to the draft last edited (played since), its undo history and all.
    void resume();
    // Leaves edit mode without playing (another file was opened).
    void stop();
    // Leaves edit mode and asks for the town to be played; false (and still editing) when it
    // does not load, with `errors` in the loader's words.
    bool finish(QStringList* errors = nullptr);

    const TownDraft* draft() const { return m_draft.get(); }
    const QString& path() const { return m_path; }
    bool modified() const;

    const EditTarget& selection() const { return m_selection; }
    void select(const EditTarget& target);

    // The edits. Each returns why it was not made, in the loader's words (empty: made); a made
    // edit draws the map again and tells draftChanged.
    QString addStation(StationKind kind, const QPointF& at, QString* id = nullptr);
    QString moveStation(const QString& id, const QPointF& at);
    QString addRoad(const QString& a, const QString& b);
    QString setKey(const EditTarget& target, const QString& key, const QString& value);
    QString renameStation(const QString& from, const QString& to);
    // What setKey would say of this value, without making the edit (checked as it is typed).
    QString check(const EditTarget& target, const QString& key, const QString& value) const;
    QString makeMx(const QString& id, const QString& domain);
    QString giveAddress(const QString& id);
    QString addEntry(const QString& list, const std::vector<EntryField>& fields);
    // Adds a text at the end of a list of texts (lesson.goals, lesson.recap) and selects it.
    QString addText(const QString& list, const QString& text);
    QString removeSelected();
    QString undo();
    QString redo();

    // Writes the draft to its file (byte for byte what the draft holds); false when it cannot.
    bool saveTo(const QString& path, QString* error = nullptr);

    // A new road's latency until the teacher sets it.
    static constexpr const char* kNewRoadLatency = "10ms";

signals:
    void editingChanged(bool on);
    void draftChanged();
    void selectionChanged(const postie::gui::EditTarget& target);
    // The edited town, read by the loader, to play now; `path`: where it is saved (or empty).
    void playRequested(const QString& path, const postie::ScenarioSpec& spec);
    // Something the teacher should read: an edit refused, a town that does not load yet.
    void problem(const QString& text);
    // The field of `key` of what is selected is the next to fill (a new road's latency).
    void fieldWanted(const QString& key);

private:
    void setEditing(bool on);
    void redraw();
    void updateActions();
    QString made(const std::string& error);
    // A town the app laid out (not every station has a position): every station gets the
    // place it has on the map, so that one moved or added keeps the others where they are.
    QString pinLayout();
    bool saveWithDialog();

    QWidget& m_window;
    TownScene& m_scene;
    TownView& m_view;
    std::unique_ptr<TownDraft> m_draft;
    QString m_path;
    std::string m_savedText;
    EditTarget m_selection;
    bool m_editing = false;
    QAction* m_edit;
    QAction* m_undo;
    QAction* m_redo;
    QAction* m_delete;
    QAction* m_save;
    QAction* m_saveAs;
};

} // namespace postie::gui
