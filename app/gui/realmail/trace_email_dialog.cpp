#include "realmail/trace_email_dialog.h"

#include "realmail/journey_town.h"
#include "realmail/message_file.h"
#include "realmail/received_chain.h"
#include "scenario/scenario_loader.h"

#include <QDialogButtonBox>
#include <algorithm>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QScreen>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace postie::gui {
namespace {

QString text(const std::optional<std::string>& value)
{
    return value ? QString::fromStdString(*value) : QStringLiteral("-");
}

} // namespace

TraceEmailDialog::TraceEmailDialog(QWidget* parent)
    : QDialog(parent), m_paste(new QPlainTextEdit), m_hops(new QTableWidget(0, 6)), m_summary(new QLabel),
      m_play(new QPushButton)
{
    setObjectName(QStringLiteral("traceEmailDialog"));
    //: The title of File > Trace a real email.
    setWindowTitle(tr("Trace a real email"));
    auto* layout = new QVBoxLayout(this);
    //: File > Trace a real email: what to paste, and where a mail program shows it.
    auto* lead = new QLabel(tr("Paste the headers of a real email (in most mail programs: \"Show original\" or "
                               "\"View source\"), or open a message file. Each server it passed wrote a Received "
                               "line; read oldest first, they are its journey."));
    lead->setWordWrap(true);
    layout->addWidget(lead);
    m_paste->setObjectName(QStringLiteral("traceEmailPaste"));
    m_paste->setPlaceholderText(QStringLiteral("Received: from mail.example.net (mail.example.net [192.0.2.10])\n"
                                               "\tby mx.example.org (Postfix) with ESMTPS id 4AbC12xyz; ..."));
    m_paste->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_paste->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    connect(m_paste, &QPlainTextEdit::textChanged, this, [this] {
        m_name.clear();
        read();
    });
    layout->addWidget(m_paste);

    m_hops->setObjectName(QStringLiteral("traceEmailHops"));
    //: File > Trace a real email: the table's columns. "Took": how long the hop took.
    // The short columns a class reads first (how long, whether to believe it) come first, so the
    // long server names are the ones a narrow screen elides.
    m_hops->setHorizontalHeaderLabels({tr("Took"), tr("Trusted?"), tr("From"), tr("By"), tr("With"), tr("Line")});
    m_hops->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hops->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The sender takes the room that is left: the column a long name needs most.
    m_hops->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_hops->setWordWrap(false);
    m_hops->setTextElideMode(Qt::ElideMiddle);  // long provider host names keep both ends
    layout->addWidget(m_hops, 1);

    m_summary->setObjectName(QStringLiteral("traceEmailSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    //: File > Trace a real email: opens a .eml file instead of pasting.
    QPushButton* open = buttons->addButton(tr("&Open a message file…"), QDialogButtonBox::ActionRole);
    connect(open, &QPushButton::clicked, this, [this] {
        //: The file chooser of File > Trace a real email.
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a message"), QString(),
                                                          tr("Email messages (*.eml *.txt *.mbox);;All files (*)"));
        if (!path.isEmpty()) openFile(path);
    });
    //: File > Trace a real email: turns the journey into a town and plays it.
    m_play->setText(tr("&Play the journey"));
    m_play->setObjectName(QStringLiteral("traceEmailPlay"));
    m_play->setEnabled(false);
    buttons->addButton(m_play, QDialogButtonBox::AcceptRole);
    connect(m_play, &QPushButton::clicked, this, &TraceEmailDialog::play);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Wide enough for the table on a 1280-wide screen, never wider than the screen it opens on.
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(1120, screen.width() * 9 / 10), std::min(560, screen.height() * 9 / 10));
    read();
}

void TraceEmailDialog::setMessage(const QString& message, const QString& name)
{
    const QSignalBlocker quiet(m_paste);
    m_paste->setPlainText(message);
    m_name = name;
    read();
}

bool TraceEmailDialog::openFile(const QString& path)
{
    const MessageHead head = readMessageHead(path.toStdString());
    if (!head.error.empty()) {
        m_summary->setText(QString::fromStdString(head.error));
        return false;
    }
    setMessage(QString::fromUtf8(head.text.data(), qsizetype(head.text.size())), path);
    return true;
}

void TraceEmailDialog::read()
{
    const std::string message = m_paste->toPlainText().toStdString();
    const ReceivedChain chain = readReceivedChain(message);
    m_hops->setRowCount(int(chain.hops.size()));
    const QString receiver = QString::fromStdString(chain.receiverDomain);
    int skewed = 0, forged = 0;
    for (int row = 0; row < int(chain.hops.size()); ++row) {
        const ReceivedHop& hop = chain.hops[std::size_t(row)];
        const QString from = hop.sender().empty() ? QStringLiteral("-") : QString::fromStdString(hop.sender());
        //: File > Trace a real email, the Took column: the first hop, and a hop whose time is unknown.
        QString took = row == 0 ? tr("start") : hop.delaySeconds ? QString::fromStdString(hopTime(*hop.delaySeconds)) : tr("?");
        if (hop.skewed()) {
            //: File > Trace a real email: after a negative time.
            took += tr(" (clock skew)");
            ++skewed;
        }
        forged += hop.trusted ? 0 : 1;
        //: File > Trace a real email, the trust column, short (the tip says why).
        const QString trust = hop.trusted ? tr("yes") : tr("may be forged");
        //: File > Trace a real email, the trust column's tip; %1 the receiver's domain.
        const QString why = hop.trusted ? tr("yes: %1's own server wrote it").arg(receiver)
                                        : tr("may be forged: written outside %1").arg(receiver);
        const QStringList cells{took, trust, from, text(hop.by), text(hop.with), QString::number(hop.line)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column] + QLatin1Char('\n') + why);
            if (!hop.trusted) item->setForeground(QColor(0x9a, 0x4d, 0x00));  // dark orange: doubt, readable on white
            if (column == 0 && hop.skewed()) item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_hops->setItem(row, column, item);
        }
    }
    // Every column as wide as its words, but the server's name no more than a quarter of the table
    // and the protocol a sixth: Exchange's names run to forty characters, its protocol to three words.
    m_hops->resizeColumnsToContents();
    const int room = m_hops->viewport()->width();
    for (const auto& [column, share] : {std::pair{3, 4}, std::pair{4, 6}})
        m_hops->setColumnWidth(column, std::min(m_hops->columnWidth(column), room / share));
    const std::string name = m_name.isEmpty() ? std::string("pasted headers") : QFileInfo(m_name).fileName().toStdString();
    m_town = chain.hops.empty() ? QString() : QString::fromStdString(journeyTown(chain, name));
    m_play->setEnabled(!m_town.isEmpty());
    if (chain.hops.empty()) {
        //: File > Trace a real email, before anything readable is pasted.
        m_summary->setText(m_paste->toPlainText().trimmed().isEmpty()
                               ? QString()
                               : tr("No Received line yet: paste the whole header block, from its first line."));
        return;
    }
    //: File > Trace a real email, under the table: %n hops, %1 the receiver's domain.
    QString summary = tr("%n hop(s), oldest first. %1 can vouch only for the lines its own servers wrote (RFC 5321 "
                         "section 4.4).", nullptr, int(chain.hops.size()))
                          .arg(receiver);
    //: File > Trace a real email: %n lines written by other servers.
    if (forged > 0) summary += QLatin1Char(' ') + tr("The %n oldest line(s) could say anything: a sender can write false Received lines.", nullptr, forged);
    //: File > Trace a real email: %n hops dated before the hop before them.
    if (skewed > 0) summary += QLatin1Char(' ') + tr("%n hop(s) dated before the one before: the servers' clocks disagree.", nullptr, skewed);
    m_summary->setText(summary);
}

void TraceEmailDialog::play()
{
    const std::string name = m_name.isEmpty() ? std::string("journey.yaml") : QFileInfo(m_name).completeBaseName().toStdString() + ".yaml";
    const auto loaded = loadScenarioText(m_town.toStdString(), name);
    if (!loaded.ok()) {
        m_summary->setText(QString::fromStdString(loaded.errors.front().format()));
        return;
    }
    emit playRequested(QString::fromStdString(name), *loaded.spec);
    accept();
}

} // namespace postie::gui
