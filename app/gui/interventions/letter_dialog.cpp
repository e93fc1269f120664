#include "interventions/letter_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace postie::gui {
namespace {

constexpr int kMaxWriters = 500;  // a pattern of 5000 pupils is not a list to choose from

bool isPattern(const std::string& address) { return address.find('{') != std::string::npos; }

} // namespace

LetterDialog::LetterDialog(const ScenarioSpec& spec, SimTime at, const QString& clock, QWidget* parent)
    : QDialog(parent),
      m_at(at),
      m_from(new QComboBox),
      m_to(new QLineEdit),
      m_subject(new QLineEdit),
      m_sizeKb(new QSpinBox),
      m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("letterDialog"));
    setWindowTitle(tr("Write a letter"));
    m_from->addItems(writersIn(spec));
    m_to->setPlaceholderText(tr("someone@example.org"));
    //: The subject a new letter starts with, which the class may change.
    m_subject->setText(tr("Hello"));
    m_sizeKb->setRange(1, 50 * 1024);
    m_sizeKb->setValue(4);
    //: After the letter's size in kilobytes (1 KB = 1024 bytes); keep the space before it.
    m_sizeKb->setSuffix(tr(" KB"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    //: The button that sends the letter written by hand.
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Send"));

    auto* intro = new QLabel(tr("The letter is written at %1, the moment on the clock, and the run is "
                                "worked out again with it.").arg(clock));
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Size:"), m_sizeKb);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_to, &QLineEdit::textChanged, this, &LetterDialog::checkAddress);
    checkAddress();
}

QStringList LetterDialog::writersIn(const ScenarioSpec& spec)
{
    QStringList writers;
    for (const auto& s : spec.stations) {
        if (s.kind != StationKind::Client) continue;
        if (!s.user.empty() && !isPattern(s.user)) writers << QString::fromStdString(s.user);
        for (const auto& u : s.users)
            if (!isPattern(u) && writers.size() < kMaxWriters) writers << QString::fromStdString(u);
    }
    writers.removeDuplicates();
    return writers;
}

// The loader's own rules check the file once saved; here only what makes a letter at all.
void LetterDialog::checkAddress()
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString to = m_to->text().trimmed();
    const bool ok = address.match(to).hasMatch() && m_from->count() > 0;
    m_problem->setText(to.isEmpty() || ok ? QString() : tr("Write an address such as bob@example.org."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

LetterSpec LetterDialog::letter() const
{
    LetterSpec l;
    l.at = m_at;
    l.from = m_from->currentText().toStdString();
    l.to = {m_to->text().trimmed().toStdString()};
    l.subject = m_subject->text().toStdString();
    l.sizeBytes = std::uint64_t(m_sizeKb->value()) * 1024;
    return l;
}

} // namespace postie::gui
