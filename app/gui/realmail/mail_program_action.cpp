#include "realmail/mail_program_action.h"

#include "realmail/imap_view.h"
#include "realmail/mail_program_dialog.h"
#include "replay/scenario_player.h"
#include "replay/scenario_session.h"

#include <QWidget>

namespace postie::gui {

MailProgramAction::MailProgramAction(QWidget& window, ScenarioPlayer& player)
    //: File menu: serves the PO boxes over IMAP so that Thunderbird shows them as the playback runs.
    : QAction(tr("Open in a &mail program…"), &window), m_window(window), m_player(player),
      m_view(new ImapView([&player] { return SimTime::fromMicros(player.clock().timeUs()); }, this))
{
    setObjectName(QStringLiteral("openInMailProgramAction"));
    setEnabled(false);
    connect(&player, &ScenarioPlayer::opened, this, [this] { setEnabled(true); });
    connect(&player, &ScenarioPlayer::runChanged, this, [this] {
        if (m_view->serving() && m_player.session()) m_view->setTown(m_player.session()->spec());
    });
    connect(this, &QAction::triggered, this, &MailProgramAction::open);
}

void MailProgramAction::open()
{
    if (!m_player.session()) return;
    if (!m_view->serving()) {
        if (!m_view->start()) {
            //: The status line when File > Open in a mail program cannot listen; %1 says why.
            emit problem(tr("The PO boxes cannot be served over IMAP: %1").arg(m_view->errorString()));
            return;
        }
        m_view->setTown(m_player.session()->spec());
    }
    if (!m_dialog) m_dialog = new MailProgramDialog(*m_view, &m_window);
    m_dialog->refresh();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

} // namespace postie::gui
