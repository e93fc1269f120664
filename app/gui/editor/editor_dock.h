#pragma once
// Edit mode's side panel: whether the town is ready to play (or the loader's first word on why
// not), the directory, the letters, the incidents and the lesson as tabs, and under them
// the keys of what is selected.
#include <QDockWidget>

class QLabel;
class QTabWidget;

namespace postie::gui {

class EntryTable;
class PropertiesPanel;
class TownEditor;

class EditorDock : public QDockWidget {
    Q_OBJECT
public:
    explicit EditorDock(TownEditor& editor, QWidget* parent = nullptr);

    PropertiesPanel* properties() const { return m_properties; }
    QTabWidget* tabs() const { return m_tabs; }
    // Shows a refused edit or a town that does not load yet, until the next edit.
    void showProblem(const QString& text);

private:
    void showReadiness();

    TownEditor& m_editor;
    QLabel* m_readiness;
    QTabWidget* m_tabs;
    QTabWidget* m_lesson;  // the lesson's goals, stops and recap
    PropertiesPanel* m_properties;
};

} // namespace postie::gui
