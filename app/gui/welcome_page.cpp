#include "welcome_page.h"

#include "lesson_card.h"

#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace postie::gui {
namespace {

constexpr int kColumns = 2;

} // namespace

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent), m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/art/postie.svg")).pixmap(80, 80));
    auto* title = new QLabel(tr("Postie"), this);
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 2.2);
    big.setBold(true);
    title->setFont(big);
    auto* subtitle = new QLabel(tr("See how email travels: every letter a truck, every server a station in town."),
                                this);
    QFont medium = font();
    medium.setPointSizeF(font().pointSizeF() * 1.25);
    subtitle->setFont(medium);
    subtitle->setWordWrap(true);

    auto* heading = new QHBoxLayout;
    heading->addWidget(icon);
    auto* words = new QVBoxLayout;
    words->addWidget(title);
    words->addWidget(subtitle);
    heading->addLayout(words, 1);

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

    auto* open = new QPushButton(tr("Open another scenario file…"), this);
    open->setFont(medium);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openFileRequested);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 16, 40, 16);
    layout->setSpacing(12);
    layout->addLayout(heading);
    layout->addWidget(scroll, 1);
    layout->addWidget(open, 0, Qt::AlignLeft);
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

} // namespace postie::gui
