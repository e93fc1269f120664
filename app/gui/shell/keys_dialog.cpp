#include "shell/keys_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace postie::gui {
namespace {

// "&Open…" reads "Open" in a list.
QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026))) text.chop(1);
    return text;
}

} // namespace

QList<QPair<QString, QString>> KeysDialog::rows(const QList<QAction*>& actions)
{
    QList<QPair<QString, QString>> out;
    QList<QKeySequence> seen;
    for (const QAction* a : actions) {
        if (!a || a->shortcuts().isEmpty()) continue;
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts()) {
            if (seen.contains(k)) continue;
            seen << k;
            keys << k.toString(QKeySequence::NativeText);
        }
        //: Between two keys that do the same: "+ or =".
        if (!keys.isEmpty()) out.append({keys.join(tr(" or ")), plain(a->text())});
    }
    return out;
}

KeysDialog::KeysDialog(const QList<QAction*>& actions, QWidget* parent) : QDialog(parent), m_rows(rows(actions))
{
    setObjectName(QStringLiteral("keysDialog"));
    // The lesson panel's choice buttons have keys of their own, not a menu's.
    //: The keys 1 to 6, as one row of the list of keys.
    m_rows.append({tr("1 to 6"), tr("At a lesson's question: the class's choice, A to F")});
    setWindowTitle(tr("Keys"));
    auto* table = new QWidget;
    auto* grid = new QGridLayout(table);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(6);
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < m_rows.size(); ++i) {
        auto* key = new QLabel(m_rows[i].first);
        key->setFont(bold);
        key->setTextFormat(Qt::PlainText);
        auto* what = new QLabel(m_rows[i].second);
        what->setTextFormat(Qt::PlainText);
        grid->addWidget(key, i, 0, Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(what, i, 1);
    }
    grid->setColumnStretch(1, 1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(table);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* intro = new QLabel(tr("These keys work wherever the focus is in the window."));
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(680, 700);
}

} // namespace postie::gui
