#pragma once
// File > New town: an empty town or one of the starting towns (share/postie/scenarios/templates),
// each with its title and summary, to build on in edit mode.
#include <QDialog>

#include <string>

class QListWidget;

namespace postie::gui {

class NewTownDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewTownDialog(QWidget* parent = nullptr);

    QListWidget* choices() const { return m_choices; }
    // The chosen town's text (the empty town when nothing else was chosen).
    std::string chosenText() const;

private:
    QListWidget* m_choices;
};

} // namespace postie::gui
