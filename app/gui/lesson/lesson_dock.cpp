#include "lesson/lesson_dock.h"

#include "lesson/fit_words.h"
#include "lesson/line_breaks.h"
#include "lesson/wrap_button.h"

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
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace postie::gui {
namespace {

// Larger than the app's type, a little smaller than the caption's (1.45): the panel is a third
// of the window wide, and a question with its choices must fit beside the map at 1024x700 in
// presentation mode without leaving the map a strip.
constexpr double kReadScale = 1.2;
constexpr double kAnswerScale = 1.7;

// Asks for the lesson's share of the window: the dock column keeps it there, the words wrap.
class ShareScrollArea : public QScrollArea {
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override
    {
        return {DockColumn::widthFor(window()->width(), LessonDock::kShare), QScrollArea::sizeHint().height()};
    }
};

QString bullets(const QStringList& items)
{
    QString html;
    for (const QString& item : items)
        html += QStringLiteral("<p style='margin:0 0 6px 0'>• %1</p>").arg(withLineBreaks(item).toHtmlEscaped());
    return html;
}

// Green for the right answer, red for the class's wrong one, blue for a vote: with a mark in
// words too (✓, ✗, ●), so colour is never the only sign.
QString buttonStyle(const QString& background)
{
    return QStringLiteral("QPushButton { background: %1; border: 2px solid %1; border-radius: 6px; } "
                          "QLabel { color: white; background: transparent; }")
        .arg(background);
}

} // namespace

LessonDock::LessonDock(QWidget* parent) : QDockWidget(tr("Lesson"), parent), m_page(new QWidget)
{
    setObjectName(QStringLiteral("lessonDock"));
    setAccessibleName(tr("Lesson: the goals, the questions for the class and the recap"));
    auto* scroll = new ShareScrollArea(this);
    m_scroll = scroll;
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
        auto* button = new WrapButton(m_choiceBox);
        button->setObjectName(QStringLiteral("lessonChoice%1").arg(i));
        m_choiceGrid->addWidget(button, i, 0);
        connect(button, &QPushButton::clicked, this, [this, i] { emit choiceMade(i); });
        m_choices << button;
        // Keys 1 to 6 vote too, wherever the focus is in the window, while the question is open.
        //: A key (1 to 6) that votes for a lesson's choice A to F.
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
    // One above the other: side by side they would not fit a 240-pixel dock in presentation type.
    auto* row = new QVBoxLayout(m_voteRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_skip = addButton("lessonSkip", m_voteRow);
    //: At a lesson's question: play on without showing the answer (skip the question).
    m_skip->setWords(tr("Skip"));
    m_skip->setToolTip(tr("Play on without showing the answer"));
    m_reveal = addButton("lessonReveal", m_voteRow);
    //: At a lesson's question: play on to the moment that shows the answer.
    m_reveal->setWords(tr("Reveal"));
    m_reveal->setToolTip(tr("Play on to the moment that shows the answer"));
    m_reveal->setDefault(true);
    row->addWidget(m_reveal);
    row->addWidget(m_skip);
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
    //: After a lesson's stop: play on.
    m_continue->setWords(tr("Continue"));
    connect(m_continue, &QPushButton::clicked, this, &LessonDock::continueRequested);
    m_results = addLabel("lessonResults");
    m_results->setTextFormat(Qt::RichText);
    m_note = addLabel("lessonNote");
    layout->addStretch(1);
    scroll->installEventFilter(this);  // a narrower column may need smaller type for a long word
    applyFonts();
    showSheet({});
}

QLabel* LessonDock::addLabel(const char* name)
{
    auto* label = new QLabel(m_page);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // As wide as the column, never wider: a word longer than a line must not widen the page,
    // which would cut every line at the right and scroll sideways.
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    label->setSizePolicy(policy);
    m_page->layout()->addWidget(label);
    return label;
}

WrapButton* LessonDock::addButton(const char* name, QWidget* parent)
{
    auto* button = new WrapButton(parent ? parent : m_page);
    button->setObjectName(QLatin1String(name));
    if (!parent) m_page->layout()->addWidget(button);
    return button;
}

void LessonDock::changeEvent(QEvent* event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) applyFonts();  // presentation mode: larger type
}

bool LessonDock::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll && event->type() == QEvent::Resize) fitWords();
    return QDockWidget::eventFilter(watched, event);
}

void LessonDock::applyFonts()
{
    const QFont base = font();
    const QFont read = scaledFont(base, kReadScale, false);
    const QFont bold = scaledFont(base, kReadScale, true);
    m_designed.clear();
    m_designed.insert(m_heading, scaledFont(base, 1.1, true));
    for (QLabel* l : {m_items, m_say, m_verdict, m_why, m_results, m_note}) m_designed.insert(l, read);
    m_designed.insert(m_question, bold);
    m_designed.insert(m_answer, scaledFont(base, kAnswerScale, true));
    for (WrapButton* b : m_choices) b->setFont(read);
    for (WrapButton* b : {m_skip, m_reveal, m_try, m_continue}) b->setFont(read);
    fitWords();
}

// Each label in its designed type, or a little smaller where a word would not fit the column.
void LessonDock::fitWords()
{
    const QMargins margins = m_page->layout()->contentsMargins();
    // The room beside the vertical scroll bar, whether it shows yet or not.
    const int bar = m_scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll->verticalScrollBar());
    const int width = m_scroll->width() - bar - margins.left() - margins.right();
    for (auto it = m_designed.cbegin(); it != m_designed.cend(); ++it) {
        QLabel* label = it.key();
        const QFont font = fittedFont(*label, it.value(), width - label->contentsMargins().left() - label->contentsMargins().right());
        if (label->font() != font) label->setFont(font);
    }
}

void LessonDock::showSheet(const LessonSheet& sheet)
{
    const LessonSheet before = m_sheet;
    m_sheet = sheet;
    const auto put = [](QLabel* label, const QString& text) {
        label->setText(label->textFormat() == Qt::RichText ? text : withLineBreaks(text));
        label->setVisible(!text.isEmpty());
    };
    put(m_heading, sheet.heading.toUpper());
    put(m_items, bullets(sheet.items));
    put(m_say, sheet.say);
    put(m_question, sheet.question);
    m_choiceBox->setVisible(!sheet.choices.isEmpty());
    for (int i = 0; i < kMaxChoices; ++i) {
        WrapButton* button = m_choices[i];
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
        button->setWords(QStringLiteral("%1   %2%3").arg(c.letter, c.words, mark));
        button->setStyleSheet(style);
        button->setEnabled(sheet.voting || c.right || c.chosen);
        button->setToolTip(sheet.voting ? tr("The class chooses %1 (key %2)").arg(c.letter).arg(i + 1) : QString());
        if (c.right) button->setAccessibleName(tr("%1, the right answer").arg(button->words()));
        else if (c.chosen) button->setAccessibleName(tr("%1, the class's answer").arg(button->words()));
    }
    m_voteRow->setVisible(sheet.voting);
    // The right choice's letter beside the answer: in sight even when the choices are scrolled away.
    QString right;
    for (const LessonSheet::Choice& c : sheet.choices)
        if (c.right) right = c.letter;
    put(m_answer, sheet.answer.isEmpty() ? QString()
                  : right.isEmpty()      ? tr("Answer: %1").arg(sheet.answer)
                                         : tr("Answer: %1 (%2)").arg(sheet.answer, right));
    put(m_verdict, sheet.verdict);
    put(m_why, sheet.why);
    //: A button that makes a change to the run now, to see what happens: "Try: Close the sorting station".
    m_try->setWords(tr("Try: %1").arg(sheet.tryWords));
    m_try->setVisible(!sheet.tryWords.isEmpty());
    m_continue->setVisible(sheet.canContinue);
    QString results;
    for (int i = 0; i < sheet.results.size(); ++i) {
        const LessonSheet::Result& r = sheet.results[i];
        const QString mark = !r.correct ? QString() : *r.correct ? QStringLiteral(" ✓") : QStringLiteral(" ✗");
        //: The class's answers at the end of a lesson: the question's number and words, the class's answer
        //: with ✓ or ✗, the right answer. Keep the HTML tags.
        results += tr("<p style='margin:0 0 10px 0'><b>%1. %2</b><br>The class: %3%4<br>Right: %5</p>")
                       .arg(i + 1)
                       .arg(withLineBreaks(r.question).toHtmlEscaped(), withLineBreaks(r.classAnswer).toHtmlEscaped(), mark,
                            withLineBreaks(r.rightAnswer).toHtmlEscaped());
    }
    put(m_results, results);
    put(m_note, sheet.note);
    fitWords();
    scrollToNews(before);
}

// What just changed is in sight without scrolling by hand: a new page from its top, a
// question with its choices, a revealed answer with its why and Continue.
void LessonDock::scrollToNews(const LessonSheet& before)
{
    const bool newPage = before.page != m_sheet.page || before.stop != m_sheet.stop;
    const bool newAnswer = m_sheet.revealed && !before.revealed;
    if (!newPage && !newAnswer) return;
    // After the layout has taken in the new words.
    // A question: its choices and Reveal in sight, then as much of the question as fits.
    QTimer::singleShot(0, this, [this, newAnswer] {
        m_scroll->verticalScrollBar()->setValue(0);
        if (newAnswer) {
            m_scroll->ensureWidgetVisible(m_continue, 0, 4);
            m_scroll->ensureWidgetVisible(m_answer, 0, 4);
        } else if (m_sheet.voting) {
            m_scroll->ensureWidgetVisible(m_voteRow, 0, 4);
            m_scroll->ensureWidgetVisible(m_question, 0, 4);
        }
    });
}

QStringList LessonDock::lines() const
{
    QStringList out;
    for (QLabel* l : m_page->findChildren<QLabel*>()) {
        if (!l->isVisibleTo(m_page)) continue;
        {
            QString text = withoutLineBreaks(l->text());
            if (l->textFormat() == Qt::RichText) {
                text.replace(QStringLiteral("<br>"), QStringLiteral("\n"));
                text.replace(QStringLiteral("</p>"), QStringLiteral("\n"));
                text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
            }
            out << text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        }
    }
    return out;
}

} // namespace postie::gui
