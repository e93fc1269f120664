#pragma once
// File > Trace a real email: a real message's Received lines read as its journey. The class
// pastes the headers of an email ("Show original" in a mail program) or opens a message file;
// the table shows the hops oldest first, who handed the letter to whom, with what, how long each
// took (clock skew in red), and which lines the receiver can trust (the others marked "may be
// forged"). Play the journey turns it into a town (journeyTown) and plays it at once.
#include "scenario/scenario_spec.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace postie::gui {

class TraceEmailDialog : public QDialog {
    Q_OBJECT
public:
    explicit TraceEmailDialog(QWidget* parent = nullptr);

    // Reads `text` as a message or its headers, as if pasted.
    void setMessage(const QString& text, const QString& name = {});
    // Reads a message file (its first MiB); false, and the reason shown, when it cannot.
    bool openFile(const QString& path);
    // The town of the journey shown, as scenario text; empty without one.
    const QString& town() const { return m_town; }

signals:
    // Play the journey: the town, named for where the message came from.
    void playRequested(const QString& name, const postie::ScenarioSpec& spec);

private:
    void read();
    void play();

    QPlainTextEdit* m_paste;
    QTableWidget* m_hops;
    QLabel* m_summary;
    QPushButton* m_play;
    QString m_name;  // the file the message came from, or empty when pasted
    QString m_town;
};

} // namespace postie::gui
