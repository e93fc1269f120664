#include "shell/welcome_page.h"

#include "shell/classroom_style.h"

#include "shell/lesson_card.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace postie::gui {
namespace {

constexpr int kColumns = 2;
constexpr int kRecentColumns = 4;

} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent),
      m_grid(new QGridLayout),
      m_title(new QLabel(tr("Postie"), this)),
      m_subtitle(new QLabel(tr("See how email travels: every letter a truck, every server a station in town."), this)),
      m_open(new QPushButton(tr("Open another scenario file…"), this)),
      m_recent(new QWidget(this)),
      m_recentGrid(new QGridLayout)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/art/postie.svg")).pixmap(80, 80));
    m_subtitle->setWordWrap(true);

    auto* heading = new QHBoxLayout;
    heading->addWidget(icon);
    auto* words = new QVBoxLayout;
    words->addWidget(m_title);
    words->addWidget(m_subtitle);
    heading->addLayout(words, 1);

    // Recently opened files: a row of buttons above the lessons, hidden while there are none.
    auto* recentLayout = new QVBoxLayout(m_recent);
    recentLayout->setContentsMargins(0, 0, 0, 0);
    recentLayout->setSpacing(6);
    recentLayout->addWidget(new QLabel(tr("Opened lately:"), m_recent));
    recentLayout->addLayout(m_recentGrid);
    m_recentGrid->setSpacing(8);
    m_recentGrid->setColumnStretch(kRecentColumns, 1);  // buttons as wide as their names
    m_recent->hide();

    auto* list = new QWidget;
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(m_grid);
    listLayout->addStretch(1);
    m_grid->setSpacing(12);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openFileRequested);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 16, 40, 16);
    layout->setSpacing(12);
    layout->addLayout(heading);
    layout->addWidget(m_recent);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_open, 0, Qt::AlignLeft);
    applyFonts();
}

void WelcomePage::applyFonts()
{
    m_title->setFont(scaledFont(font(), 2.2, true));
    m_subtitle->setFont(scaledFont(font(), 1.25, false));
    m_open->setFont(scaledFont(font(), 1.25, false));
    for (QPushButton* b : recentButtons()) b->setFont(scaledFont(font(), 1.1, false));
}

void WelcomePage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) applyFonts();  // presentation mode's larger type
}

void WelcomePage::setLessons(const QList<Lesson>& lessons)
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_lessons = lessons;
    for (int i = 0; i < lessons.size(); ++i) {
        auto* card = new LessonCard(lessons[i]);
        connect(card, &LessonCard::clicked, this, [this, path = lessons[i].path] { emit lessonChosen(path); });
        m_grid->addWidget(card, i / kColumns, i % kColumns);
    }
}

void WelcomePage::setRecentFiles(const QStringList& files)
{
    while (QLayoutItem* item = m_recentGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < files.size(); ++i) {
        auto* button = new QPushButton(QFileInfo(files[i]).fileName(), m_recent);
        button->setObjectName(QStringLiteral("recentFile"));
        button->setToolTip(QDir::toNativeSeparators(files[i]));
        button->setIcon(QIcon(QStringLiteral(":/art/postie.svg")));
        button->setIconSize(QSize(24, 24));
        // Long names never make the window wider than the screen: the button may shrink, and
        // the whole path is in its tooltip.
        button->setMinimumWidth(120);
        button->setFont(scaledFont(font(), 1.1, false));
        connect(button, &QPushButton::clicked, this, [this, path = files[i]] { emit recentChosen(path); });
        m_recentGrid->addWidget(button, i / kRecentColumns, i % kRecentColumns);
    }
    m_recent->setVisible(!files.isEmpty());
}

void WelcomePage::focusFirstLesson()
{
    if (QLayoutItem* first = m_grid->itemAtPosition(0, 0); first && first->widget()) first->widget()->setFocus(Qt::OtherFocusReason);
}

QList<QPushButton*> WelcomePage::recentButtons() const
{
    QList<QPushButton*> out;
    for (int i = 0; i < m_recentGrid->count(); ++i)
        if (auto* b = qobject_cast<QPushButton*>(m_recentGrid->itemAt(i)->widget())) out << b;
    return out;
}

} // namespace postie::gui
