#include "lesson/lesson_dock.h"

#include "shell/classroom_style.h"
#include "shell/dock_column.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace postie::gui {
namespace {

// The caption's type (CaptionBar): what the class reads from the back row.
constexpr double kReadScale = 1.45;
constexpr double kAnswerScale = 2.2;

// Asks for no more width than the narrowest dock: the dock column decides, the words wrap.
class NarrowScrollArea : public QScrollArea {
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override { return {DockColumn::kMinWidth, QScrollArea::sizeHint().height()}; }
};

QString bullets(const QStringList& items)
{
    QString html;
    for (const QString& item : items) html += QStringLiteral("<p style='margin:0 0 6px 0'>• %1</p>").arg(item.toHtmlEscaped());
    return html;
}

// Green for the right answer, red for the class's wrong one, blue for a vote: with a mark in
// words too (✓, ✗, ●), so colour is never the only sign.
QString buttonStyle(const QString& background)
{
    return QStringLiteral("QPushButton { background: %1; color: white; border: 2px solid %1; border-radius: 6px; "
                          "padding: 6px; text-align: left; }")
        .arg(background);
}

} // namespace

LessonDock::LessonDock(QWidget* parent) : QDockWidget(tr("Lesson"), parent), m_page(new QWidget)
{
    setObjectName(QStringLiteral("lessonDock"));
    setAccessibleName(tr("Lesson: the goals, the questions for the class and the recap"));
    auto* scroll = new NarrowScrollArea(this);
    scroll->setObjectName(QStringLiteral("lessonScroll"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_page);
    m_page->setObjectName(QStringLiteral("lessonPage"));
    setWidget(scroll);

    auto* layout = new QVBoxLayout(m_page);
    layout->setSpacing(8);
    m_heading = addLabel("lessonHeading");
    m_items = addLabel("lessonItems");
    m_items->setTextFormat(Qt::RichText);
    m_say = addLabel("lessonSay");
    m_question = addLabel("lessonQuestion");
    m_choiceBox = new QWidget(m_page);
    m_choiceGrid = new QGridLayout(m_choiceBox);
    m_choiceGrid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < kMaxChoices; ++i) {
        auto* button = new QPushButton(m_choiceBox);
        button->setObjectName(QStringLiteral("lessonChoice%1").arg(i));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        m_choiceGrid->addWidget(button, i, 0);
        connect(button, &QPushButton::clicked, this, [this, i] { emit choiceMade(i); });
        m_choices << button;
        // Keys 1 to 6 vote too, wherever the focus is in the window, while the question is open.
        auto* key = new QAction(tr("Choose answer %1").arg(QChar(u'A' + i)), this);
        key->setObjectName(QStringLiteral("lessonChoiceKey%1").arg(i));
        key->setShortcut(QKeySequence(Qt::Key_1 + i));
        key->setShortcutContext(Qt::WindowShortcut);
        key->setEnabled(false);
        connect(key, &QAction::triggered, this, [this, i] { emit choiceMade(i); });
        addAction(key);
        m_choiceKeys << key;
    }
    layout->addWidget(m_choiceBox);
    m_voteRow = new QWidget(m_page);
    auto* row = new QHBoxLayout(m_voteRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_skip = new QPushButton(tr("Skip"), m_voteRow);
    m_skip->setObjectName(QStringLiteral("lessonSkip"));
    m_skip->setToolTip(tr("Play on without showing the answer"));
    m_reveal = new QPushButton(tr("Reveal"), m_voteRow);
    m_reveal->setObjectName(QStringLiteral("lessonReveal"));
    m_reveal->setToolTip(tr("Play on to the moment that shows the answer"));
    m_reveal->setDefault(true);
    row->addWidget(m_skip);
    row->addWidget(m_reveal, 1);
    layout->addWidget(m_voteRow);
    connect(m_skip, &QPushButton::clicked, this, &LessonDock::skipRequested);
    connect(m_reveal, &QPushButton::clicked, this, &LessonDock::revealRequested);
    m_answer = addLabel("lessonAnswer");
    m_verdict = addLabel("lessonVerdict");
    m_why = addLabel("lessonWhy");
    m_try = addButton("lessonTry");
    m_try->setToolTip(tr("Make this change now: the run is worked out again with it"));
    connect(m_try, &QPushButton::clicked, this, &LessonDock::tryRequested);
    m_continue = addButton("lessonContinue");
    m_continue->setText(tr("Continue"));
    connect(m_continue, &QPushButton::clicked, this, &LessonDock::continueRequested);
    m_results = addLabel("lessonResults");
    m_results->setTextFormat(Qt::RichText);
    m_note = addLabel("lessonNote");
    layout->addStretch(1);
    applyFonts();
    showSheet({});
}

QLabel* LessonDock::addLabel(const char* name)
{
    auto* label = new QLabel(m_page);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    m_page->layout()->addWidget(label);
    return label;
}

QPushButton* LessonDock::addButton(const char* name)
{
    auto* button = new QPushButton(m_page);
    button->setObjectName(QLatin1String(name));
    m_page->layout()->addWidget(button);
    return button;
}

void LessonDock::changeEvent(QEvent* event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) applyFonts();  // presentation mode: larger type
}

void LessonDock::applyFonts()
{
    const QFont base = font();
    const QFont read = scaledFont(base, kReadScale, false);
    const QFont bold = scaledFont(base, kReadScale, true);
    m_heading->setFont(scaledFont(base, 1.1, true));
    for (QWidget* w : std::initializer_list<QWidget*>{m_items, m_say, m_verdict, m_why, m_results, m_note}) w->setFont(read);
    m_question->setFont(bold);
    for (QPushButton* b : m_choices) {
        b->setFont(bold);
        b->setMinimumHeight(QFontMetrics(bold).height() * 2);
    }
    for (QPushButton* b : {m_skip, m_reveal, m_try, m_continue}) {
        b->setFont(read);
        b->setMinimumHeight(QFontMetrics(read).height() * 2);
    }
    m_answer->setFont(scaledFont(base, kAnswerScale, true));
}

void LessonDock::showSheet(const LessonSheet& sheet)
{
    m_sheet = sheet;
    const auto put = [](QLabel* label, const QString& text) {
        label->setText(text);
        label->setVisible(!text.isEmpty());
    };
    put(m_heading, sheet.heading.toUpper());
    put(m_items, bullets(sheet.items));
    put(m_say, sheet.say);
    put(m_question, sheet.question);
    m_choiceBox->setVisible(!sheet.choices.isEmpty());
    for (int i = 0; i < kMaxChoices; ++i) {
        QPushButton* button = m_choices[i];
        const bool used = i < sheet.choices.size();
        button->setVisible(used);
        m_choiceKeys[i]->setEnabled(used && sheet.voting);
        if (!used) continue;
        const LessonSheet::Choice& c = sheet.choices[i];
        QString mark;
        QString style;
        if (c.right) {
            mark = QStringLiteral("  ✓");
            style = buttonStyle(QStringLiteral("#00785A"));
        } else if (c.chosen && sheet.revealed) {
            mark = QStringLiteral("  ✗");
            style = buttonStyle(QStringLiteral("#C62828"));
        } else if (c.chosen) {
            mark = QStringLiteral("  ●");
            style = buttonStyle(QStringLiteral("#0072B2"));
        }
        button->setText(QStringLiteral("%1   %2%3").arg(c.letter, c.words, mark));
        button->setStyleSheet(style);
        button->setEnabled(sheet.voting || c.right || c.chosen);
        button->setToolTip(sheet.voting ? tr("The class chooses %1 (key %2)").arg(c.letter).arg(i + 1) : QString());
        button->setAccessibleName(c.right ? tr("%1, the right answer").arg(button->text())
                                          : c.chosen ? tr("%1, the class's answer").arg(button->text()) : button->text());
    }
    m_voteRow->setVisible(sheet.voting);
    put(m_answer, sheet.answer.isEmpty() ? QString() : tr("Answer: %1").arg(sheet.answer));
    put(m_verdict, sheet.verdict);
    put(m_why, sheet.why);
    m_try->setText(sheet.tryWords);
    m_try->setVisible(!sheet.tryWords.isEmpty());
    m_continue->setVisible(sheet.canContinue);
    QString results;
    for (int i = 0; i < sheet.results.size(); ++i) {
        const LessonSheet::Result& r = sheet.results[i];
        const QString mark = !r.correct ? QString() : *r.correct ? QStringLiteral(" ✓") : QStringLiteral(" ✗");
        results += tr("<p style='margin:0 0 10px 0'><b>%1. %2</b><br>The class: %3%4<br>Right: %5</p>")
                       .arg(i + 1)
                       .arg(r.question.toHtmlEscaped(), r.classAnswer.toHtmlEscaped(), mark, r.rightAnswer.toHtmlEscaped());
    }
    put(m_results, results);
    put(m_note, sheet.note);
}

QStringList LessonDock::lines() const
{
    QStringList out;
    for (QWidget* w : m_page->findChildren<QWidget*>()) {
        if (w->isHidden() || w->parentWidget()->isHidden()) continue;
        if (auto* l = qobject_cast<QLabel*>(w)) {
            QString text = l->text();
            if (l->textFormat() == Qt::RichText) {
                text.replace(QStringLiteral("<br>"), QStringLiteral("\n"));
                text.replace(QStringLiteral("</p>"), QStringLiteral("\n"));
                text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
            }
            out << text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        } else if (auto* b = qobject_cast<QPushButton*>(w)) {
            out << b->text();
        }
    }
    return out;
}

} // namespace postie::gui
