#pragma once
// File > Open in a mail program: how to point Thunderbird (or any IMAP program) at the PO boxes
// the app serves (ImapView): server, port, security, the user names and the password, in
// large selectable text a teacher reads out or copies, and how many programs are connected.
#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace postie::gui {

class ImapView;

class MailProgramDialog : public QDialog {
    Q_OBJECT
public:
    MailProgramDialog(ImapView& view, QWidget* parent = nullptr);

    // The settings as one text, for the clipboard.
    QString settingsText() const;
    // Shows the view as it is now: its port, the town's users, connections.
    void refresh();

private:
    void showState();

    ImapView& m_view;
    QLabel* m_port;
    QListWidget* m_users;
    QLabel* m_state;
    QPushButton* m_stop;
};

} // namespace postie::gui
