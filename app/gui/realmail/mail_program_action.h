#pragma once
// File > Open in a mail program: starts the live IMAP view (ImapView) on the town on screen the
// first time, and shows how to connect (MailProgramDialog). The view follows the player: a new
// town, or the same one run again after an intervention, is served in place of the old one.
#include <QAction>

class QWidget;

namespace postie::gui {

class ImapView;
class MailProgramDialog;
class ScenarioPlayer;

class MailProgramAction : public QAction {
    Q_OBJECT
public:
    MailProgramAction(QWidget& window, ScenarioPlayer& player);

    ImapView& view() const { return *m_view; }
    MailProgramDialog* dialog() const { return m_dialog; }  // null until first shown

signals:
    // The view could not listen: why, for the status line.
    void problem(const QString& text);

private:
    void open();

    QWidget& m_window;
    ScenarioPlayer& m_player;
    ImapView* m_view;
    MailProgramDialog* m_dialog = nullptr;
};

} // namespace postie::gui
