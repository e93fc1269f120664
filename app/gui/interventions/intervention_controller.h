#pragma once
// The class's hand on the run: right-click a station to take it down or bring it up, a road to
// cut or mend it, write a letter, undo the last change, and save the scenario with the changes.
// Every change goes to the ScenarioPlayer as an Intervention at the moment on the clock.
#include "interventions/letter_dialog.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QGraphicsItem;
class QMenu;
class QPoint;
class QWidget;

namespace postie::gui {

class ScenarioPlayer;
class TownView;

class InterventionController : public QObject {
    Q_OBJECT
public:
    InterventionController(ScenarioPlayer& player, TownView& view, QWidget* window);

    QAction* writeLetterAction() const { return m_writeLetter; }
    QAction* undoAction() const { return m_undo; }
    QAction* saveAction() const { return m_save; }

    // The menu for a station or road under the mouse (its parts count too); null elsewhere.
    QMenu* menuFor(QGraphicsItem* item, QWidget* parent);
    // Opens "Write a letter…" (not modal: the town stays visible); sending it intervenes.
    void writeLetter();
    LetterDialog* letterDialog() const { return m_dialog; }
    // Writes the scenario with the interventions added. Empty on success, else why not.
    QString saveWithChanges(const QString& path) const;

private:
    void showMenuAt(const QPoint& viewPos);
    void chooseSaveFile();
    void update();

    ScenarioPlayer& m_player;
    TownView& m_view;
    QWidget* m_window;
    QAction* m_writeLetter;
    QAction* m_undo;
    QAction* m_save;
    QPointer<LetterDialog> m_dialog;
};

} // namespace postie::gui
