#pragma once
// The keys of what the town editor has selected, one field each, straight from the key table
// (`postie-cli keys`): the key's name and type, its default or whether it is required, its help
// as the tooltip, and the value as the file writes it. A value is written when the field is
// left or Enter is pressed; one the loader finds wrong stays in the field with the loader's
// message under it and never reaches the file. A key added to the engine appears here by itself.
#include "editor/edit_target.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace postie::gui {

class TownEditor;

class PropertiesPanel : public QWidget {
    Q_OBJECT
public:
    explicit PropertiesPanel(TownEditor& editor, QWidget* parent = nullptr);

    // The field of `key` (for tests and the keyboard), null when the selection has none.
    QLineEdit* field(const QString& key) const;
    // The message under the field of `key`, empty when its value was taken.
    QString problemAt(const QString& key) const;

private:
    void rebuild();
    void addHelpers(QVBoxLayout& layout);
    void take(const QString& key, QLineEdit& field, QLabel& problem, const QString& shown);
    void reveal(QWidget& widget);

    TownEditor& m_editor;
    QLabel* m_heading;
    QWidget* m_form = nullptr;  // made anew for each selection and after each edit
    QVBoxLayout* m_layout;
};

} // namespace postie::gui
