#pragma once
// One of the town's lists as a table: the directory's records (dns), the letters and streams of
// letters (mail), the incidents, sorted by when they happen, or a lesson's goals, stops or
// recap. A row selected shows its keys in the properties panel; Add puts a new entry at the end
// with values to change, Remove takes the selected one out.
#include <QWidget>

class QTableWidget;
class QMenu;

namespace postie::gui {

class TownEditor;

class EntryTable : public QWidget {
    Q_OBJECT
public:
    // `list`: "dns", "mail", "incidents", "lesson.goals", "lesson.stops" or "lesson.recap".
    EntryTable(TownEditor& editor, const QString& list, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // The Add button's menu: one entry for each kind of entry the list holds.
    QMenu* addMenu() const { return m_addMenu; }

private:
    void refill();
    QStringList columns() const;

    TownEditor& m_editor;
    QString m_list;
    QTableWidget* m_table;
    QMenu* m_addMenu;
    bool m_filling = false;
};

} // namespace postie::gui
