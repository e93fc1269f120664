#include "realmail/mail_program_dialog.h"

#include "realmail/imap_view.h"
#include "imap/imap_session.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace postie::gui {
namespace {

// A setting's value: bold, to be read out from the front of the class and selected to copy.
QLabel* selectable(const QString& text)
{
    auto* label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setMinimumHeight(label->sizeHint().height());
    return label;
}

} // namespace

MailProgramDialog::MailProgramDialog(ImapView& view, QWidget* parent) : QDialog(parent), m_view(view)
{
    setObjectName(QStringLiteral("mailProgramDialog"));
    //: The title of File > Open in a mail program.
    setWindowTitle(tr("Open in a mail program"));
    auto* layout = new QVBoxLayout(this);
    //: File > Open in a mail program: what the dialog is for.
    auto* lead = new QLabel(tr("Postie shows the PO boxes of this town to a real mail program, over IMAP, as the "
                               "moment on screen has them: letters appear there as the playback delivers them. "
                               "Add a mail account with these settings (in Thunderbird: Account Settings > Account "
                               "Actions > Add Mail Account, then Configure manually)."));
    lead->setWordWrap(true);
    layout->addWidget(lead);

    auto* form = new QFormLayout;
    form->setVerticalSpacing(10);
    form->setLabelAlignment(Qt::AlignRight);
    //: File > Open in a mail program: the kind of incoming server.
    form->addRow(tr("Incoming server:"), selectable(tr("IMAP, 127.0.0.1 (this computer only)")));
    m_port = selectable(QString());
    m_port->setObjectName(QStringLiteral("mailProgramPort"));
    form->addRow(tr("Port:"), m_port);
    //: File > Open in a mail program: no TLS, which is safe since nothing leaves the computer.
    form->addRow(tr("Connection security:"), selectable(tr("None (nothing leaves this computer)")));
    form->addRow(tr("Authentication:"), selectable(tr("Normal password")));
    form->addRow(tr("Password:"), selectable(QString::fromLatin1(imap::kPassword)));
    m_users = new QListWidget;
    m_users->setObjectName(QStringLiteral("mailProgramUsers"));
    //: File > Open in a mail program: above the list of PO box addresses.
    form->addRow(tr("User name (one per account):"), m_users);
    layout->addLayout(form);

    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("mailProgramState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    //: File > Open in a mail program: puts the settings on the clipboard.
    QPushButton* copy = buttons->addButton(tr("&Copy settings"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(settingsText()); });
    //: File > Open in a mail program: closes every connection and stops listening.
    m_stop = buttons->addButton(tr("&Stop serving"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("mailProgramStop"));
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_view.stop();
        showState();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(&view, &ImapView::connectionsChanged, this, &MailProgramDialog::showState);
    refresh();
}

QString MailProgramDialog::settingsText() const
{
    //: File > Open in a mail program: the settings copied to the clipboard; %1 the port, %2 the users.
    return tr("IMAP server 127.0.0.1, port %1, connection security none, normal password.\n"
              "User name: one of %2\nPassword: %3")
        .arg(m_view.port())
        .arg(m_view.users().join(QStringLiteral(", ")), QString::fromLatin1(imap::kPassword));
}

void MailProgramDialog::refresh()
{
    m_users->clear();
    m_users->addItems(m_view.users());
    m_users->setFixedHeight(m_users->sizeHintForRow(0) * std::min(6, std::max(1, m_users->count())) + 2 * m_users->frameWidth());
    showState();
}

void MailProgramDialog::showState()
{
    m_stop->setEnabled(m_view.serving());
    m_port->setText(m_view.serving() ? QString::number(m_view.port()) : QStringLiteral("-"));
    if (!m_view.serving()) {
        //: File > Open in a mail program, after Stop serving (or when it could not listen).
        m_state->setText(tr("Not serving. Choose File > Open in a mail program again to start."));
    } else if (m_view.connections() == 0) {
        m_state->setText(tr("Waiting for a mail program to connect."));
    } else {
        //: File > Open in a mail program: how many IMAP connections are open now.
        m_state->setText(tr("%n mail program connection(s) open.", nullptr, m_view.connections()));
    }
}

} // namespace postie::gui
