#pragma once
// "Write a letter…": who writes (any client's user), to whom, the subject and the size. The
// letter is sent at the moment the playback shows; the dialog only gathers the fields.
#include "scenario/scenario_spec.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace postie::gui {

class LetterDialog : public QDialog {
    Q_OBJECT
public:
    LetterDialog(const ScenarioSpec& spec, SimTime at, const QString& clock, QWidget* parent = nullptr);

    // The writers a scenario has: every client's user, and the users it stands for.
    static QStringList writersIn(const ScenarioSpec& spec);

    QComboBox* fromBox() const { return m_from; }
    QLineEdit* toEdit() const { return m_to; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QSpinBox* sizeBox() const { return m_sizeKb; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    LetterSpec letter() const;

private:
    void checkAddress();

    SimTime m_at;
    QComboBox* m_from;
    QLineEdit* m_to;
    QLineEdit* m_subject;
    QSpinBox* m_sizeKb;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace postie::gui
