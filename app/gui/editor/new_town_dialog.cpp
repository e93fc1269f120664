#include "editor/new_town_dialog.h"

#include "scenario/town_draft.h"
#include "shell/lesson_catalog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace postie::gui {

NewTownDialog::NewTownDialog(QWidget* parent) : QDialog(parent), m_choices(new QListWidget)
{
    setObjectName(QStringLiteral("newTownDialog"));
    setWindowTitle(tr("New town"));
    m_choices->setObjectName(QStringLiteral("newTownChoices"));
    m_choices->setWordWrap(true);
    //: File > New town: the first choice, a town with nothing in it.
    auto* empty = new QListWidgetItem(tr("An empty town\nStart from nothing: drag stations from the palette onto the map."));
    m_choices->addItem(empty);
    for (const Lesson& start : LessonCatalog::lessonsIn(LessonCatalog::bundledFolder() + QStringLiteral("/templates"))) {
        auto* item = new QListWidgetItem(start.title + QLatin1Char('\n') + start.summary);
        item->setData(Qt::UserRole, start.path);
        m_choices->addItem(item);
    }
    m_choices->setCurrentRow(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Which town do you want to start from?")));
    layout->addWidget(m_choices, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choices, &QListWidget::itemActivated, this, &QDialog::accept);
    resize(520, 380);
}

std::string NewTownDialog::chosenText() const
{
    const QListWidgetItem* item = m_choices->currentItem();
    const QString path = item ? item->data(Qt::UserRole).toString() : QString();
    if (path.isEmpty()) return TownDraft::emptyTown();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return TownDraft::emptyTown();
    return file.readAll().toStdString();
}

} // namespace postie::gui
